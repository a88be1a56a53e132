/**
 * The two-person rule for administrators (Vier-Augen-Prinzip): an administrator manages
 * accounts, so an administrator account that also holds a role opening case documents could
 * grant itself (or be granted by a fellow administrator) access to any case. Such a change
 * therefore only takes effect once a second person — the data protection officer — confirms
 * it. Declared here, as data derived from the access rules, so the server enforces and the
 * admin screen explains the same rule.
 */
import { RULES } from './access';
import type { Role } from './roles';

/** Roles that open case content: every role some rule lets read a `case/<id>` or confidential doc. */
export const CASE_ROLES: readonly Role[] = [
	...new Set(
		RULES.filter((rule) => (rule.resource === 'case' || rule.resource === 'confidential') && rule.action === 'read')
			.flatMap((rule) => rule.when)
			.flatMap((condition) => (condition.test === 'role' ? condition.roles : []))
	)
];

export function isCaseRole(role: string): boolean {
	return (CASE_ROLES as readonly string[]).includes(role);
}

export interface AccountShape {
	roles: readonly string[];
	agencyId: string;
}

/**
 * Whether turning `before` (null: a new account) into `after` needs the data protection
 * officer's confirmation: the result is an administrator with case roles, and the change adds
 * a case role, adds the administrator role, or moves such an account to another agency (whose
 * cases it would then open).
 */
export function needsSecondPerson(before: AccountShape | null, after: AccountShape): boolean {
	const caseRoles = after.roles.filter(isCaseRole);
	if (!after.roles.includes('admin') || caseRoles.length === 0) return false;
	if (!before) return true;
	if (!before.roles.includes('admin')) return true;
	return caseRoles.some((role) => !before.roles.includes(role)) || before.agencyId !== after.agencyId;
}
