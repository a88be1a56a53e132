import { describe, expect, it } from 'vitest';
import * as db from '../db';
import { Consents } from './consents';
import { migrate } from './schema';

function setup() {
	const database = db.openMemory();
	migrate(database);
	database
		.prepare(
			"INSERT INTO agencies (id, name, kind, canton, region) VALUES ('rav', 'RAV', 'rav', 'so', 'r'), ('biz', 'BIZ', 'biz', 'so', 'r')"
		)
		.run();
	return new Consents(database);
}
const day = (iso: string) => new Date(`${iso}T12:00:00`).getTime();

describe('consent and shares', () => {
	it('refuses a share no consent covers, with the reason', () => {
		const consents = setup();
		const refused = consents.share('c-1', 'rav', ['case'], 'u', day('2025-03-01'));
		expect(refused).toEqual({ ok: false, status: 409, reason: 'no valid consent covers sharing case with rav' });
	});

	it('grants access only while the consent is valid: from, to (inclusive), revocation', () => {
		const consents = setup();
		const recorded = consents.record(
			'c-1',
			{
				kind: 'specific',
				agencies: ['rav'],
				parts: ['case'],
				validFrom: '2025-03-01',
				validTo: '2025-03-31',
				documentRef: 'F-1'
			},
			'u',
			day('2025-03-01')
		);
		expect(recorded.ok).toBe(true);
		expect(consents.share('c-1', 'biz', ['case'], 'u', day('2025-03-02')).ok).toBe(false); // another agency
		expect(consents.share('c-1', 'rav', ['case'], 'u', day('2025-03-02')).ok).toBe(true);
		expect(consents.consentedShare('c-1', 'rav', 'case', day('2025-02-28'))).toBe(false);
		expect(consents.consentedShare('c-1', 'rav', 'case', day('2025-03-31'))).toBe(true);
		expect(consents.consentedShare('c-1', 'rav', 'case', day('2025-04-01'))).toBe(false); // expired: no event needed
		if (!recorded.ok) return;
		consents.revokeConsent('c-1', recorded.value.id, 'u', day('2025-03-10'));
		expect(consents.consentedShare('c-1', 'rav', 'case', day('2025-03-10'))).toBe(false);
	});
});
