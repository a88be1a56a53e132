/**
 * Roles and agency kinds. A user belongs to one agency and holds one or more roles there;
 * what they may open follows from both (see access.ts).
 */

export const ROLES = [
	'case_manager',
	'team_lead',
	'integration_officer',
	'partner_reader',
	'course_provider',
	'assessor',
	'admin',
	'dpo'
] as const;
export type Role = (typeof ROLES)[number];

export const AGENCY_KINDS = ['canton_office', 'social_region', 'municipality', 'rav', 'biz', 'provider'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isAgencyKind(value: unknown): value is AgencyKind {
	return typeof value === 'string' && (AGENCY_KINDS as readonly string[]).includes(value);
}
