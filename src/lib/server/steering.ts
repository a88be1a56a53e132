/**
 * Server side of steering data: which persons' facts a user's figures are computed over
 * (src/lib/shared/steering.ts decides the scope), and the names for group keys.
 */
import { json } from '@sveltejs/kit';
import type { User } from '../../../server/auth/accounts';
import { context } from '../../../server/context';
import type { PersonFacts } from '$lib/model/facts';
import type { GroupBy } from '$lib/rules/groups';
import { steeringScope, type SteeringScope } from '$lib/shared/steering';

export interface Scoped {
	scope: SteeringScope;
	agencyIds: string[];
	facts: PersonFacts[];
}

/** The facts the user's figures cover, or a 403 response explaining why there are none. */
export function scopedFacts(user: User): Scoped | Response {
	const { accounts, facts } = context();
	const subject = accounts.subject(user);
	const rule = subject && steeringScope(subject);
	if (!subject || !rule)
		return json(
			{ error: 'steering figures are available to the canton office and to case-holding agencies only' },
			{ status: 403 }
		);
	const agencyIds =
		rule.scope === 'canton'
			? accounts
					.agencies()
					.filter((a) => a.canton === subject.canton)
					.map((a) => a.id)
			: [subject.agencyId];
	return { scope: rule.scope, agencyIds, facts: facts.of(new Set(agencyIds)) };
}

/** Display names for agency and case-manager keys; other keys are labelled by the screen. */
export function groupLabels(by: GroupBy | null, keys: readonly string[]): Record<string, string> {
	const { accounts } = context();
	const out: Record<string, string> = {};
	for (const key of keys) {
		if (by === 'agency') out[key] = accounts.agency(key)?.name ?? key;
		if (by === 'manager') out[key] = key ? (accounts.user(key)?.displayName ?? key) : '';
	}
	return out;
}

export function badRequest(message: string): Response {
	return json({ error: message }, { status: 400 });
}
