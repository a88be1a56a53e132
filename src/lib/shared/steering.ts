/**
 * Who sees which steering figures (Kennzahlen), declared as data like access.ts. Figures are
 * aggregates over persons, so the scope is a set of agencies, not a doc:
 * - the canton integration office steers the whole canton (all agencies of its canton);
 * - a case-holding agency (social region, municipality) sees its own persons, so a team lead
 *   sees their team's figures, grouped by case manager;
 * - partner agencies (RAV, BIZ, providers) hold no cases and get no figures.
 * The persons behind a figure are listed only where the user may read the case doc itself.
 */
import type { StaffSubject } from './access';
import type { AgencyKind } from './roles';

export type SteeringScope = 'canton' | 'agency';

export interface SteeringRule {
	kinds: readonly AgencyKind[];
	scope: SteeringScope;
	because: string;
}

export const STEERING_RULES: readonly SteeringRule[] = [
	{ kinds: ['canton_office'], scope: 'canton', because: 'the canton integration office steers the whole canton' },
	{
		kinds: ['social_region', 'municipality'],
		scope: 'agency',
		because: 'case-holding agencies see the figures of their own persons'
	}
];

export function steeringScope(subject: Pick<StaffSubject, 'agencyKind'>): SteeringRule | null {
	return STEERING_RULES.find((rule) => rule.kinds.includes(subject.agencyKind)) ?? null;
}
