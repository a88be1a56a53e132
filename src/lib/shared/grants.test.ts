import { describe, expect, it } from 'vitest';
import { CASE_ROLES, needsSecondPerson } from './grants';

describe('two-person rule for administrators', () => {
	it('derives the case roles from the access rules', () => {
		expect([...CASE_ROLES].sort()).toEqual(
			['case_manager', 'course_provider', 'integration_officer', 'partner_reader', 'team_lead'].sort()
		);
	});

	it('asks for a second person exactly when an administrator gains case access', () => {
		const admin = { roles: ['admin'], agencyId: 'ags' };
		expect(needsSecondPerson(admin, { roles: ['admin', 'case_manager'], agencyId: 'ags' })).toBe(true);
		expect(
			needsSecondPerson({ roles: ['case_manager'], agencyId: 'x' }, { roles: ['case_manager', 'admin'], agencyId: 'x' })
		).toBe(true);
		expect(needsSecondPerson(null, { roles: ['admin', 'partner_reader'], agencyId: 'rav' })).toBe(true);
		// Moving an administrator with case roles opens another agency's cases.
		expect(
			needsSecondPerson(
				{ roles: ['admin', 'team_lead'], agencyId: 'a' },
				{ roles: ['admin', 'team_lead'], agencyId: 'b' }
			)
		).toBe(true);
		// No case access gained: plain changes.
		expect(needsSecondPerson(admin, { roles: ['admin', 'dpo'], agencyId: 'ags' })).toBe(false);
		expect(needsSecondPerson(admin, { roles: ['admin'], agencyId: 'other' })).toBe(false);
		expect(needsSecondPerson({ roles: ['case_manager'], agencyId: 'a' }, { roles: ['team_lead'], agencyId: 'b' })).toBe(
			false
		);
		expect(
			needsSecondPerson({ roles: ['admin', 'team_lead'], agencyId: 'a' }, { roles: ['admin'], agencyId: 'a' })
		).toBe(false);
		expect(
			needsSecondPerson(
				{ roles: ['admin', 'team_lead', 'case_manager'], agencyId: 'a' },
				{ roles: ['admin', 'team_lead'], agencyId: 'a' }
			)
		).toBe(false);
	});
});
