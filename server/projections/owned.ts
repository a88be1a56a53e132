/**
 * Server-owned fields of a case: the responsible agency, the manager of record and the ZEMIS
 * number (the registry key of the person register). They are stored in the case doc too, so
 * that every client shows them offline — but a client that may write the doc could write any
 * value there. Lotse takes the projection route (issue 10, point 10): updates are not inspected
 * for these keys; instead every projection (summaries and the registry, person facts for the
 * indicators and lists, offer bookings) takes them from here, and here they come from the
 * server's registry (the `cases` table), which only the server changes:
 *
 * - agency: the registry's, always. It changes by handover only (server/privacy/service.ts),
 *   which moves the registry first;
 * - manager: the doc's value if it is the registry's or an active case manager / team lead of
 *   the case's agency (reassignment is an ordinary edit by case staff), else the registry's;
 * - ZEMIS number: the registry's once set (by the import or the seed); the doc may fill it only
 *   while the registry has none and no other case holds that number.
 *
 * Where the doc says something else, `corrections` lists what the server writes back into the
 * doc (summaries.ts does, as a server change), so no screen shows a value the server does not
 * hold. A case the registry does not know (not yet registered by the import, or erased) has no
 * owned fields for facts and bookings.
 */
import type { Accounts } from '../auth/accounts';
import type { Cases } from '../cases';

export interface OwnedFields {
	agencyId: string;
	managerId: string;
	zemis: string;
}

export interface Resolved {
	owned: OwnedFields;
	/** Doc fields that differ from `owned`, to be written back by the server. */
	corrections: Partial<OwnedFields>;
	/** The registry knows the case. */
	registered: boolean;
}

/** What decides: the registry row, and who may be manager of record at an agency. */
export interface Authority {
	registry(caseId: string): OwnedFields | undefined;
	/** An active case manager or team lead of `agencyId`. */
	mayManage(userId: string, agencyId: string): boolean;
	/** The case holding this ZEMIS number, if any. */
	holderOf(zemis: string): string | undefined;
}

/** Pure: the owned values of a case from the registry and the doc's claims. */
export function resolve(caseId: string, doc: OwnedFields, authority: Authority): Resolved {
	const registry = authority.registry(caseId);
	const agencyId = registry?.agencyId || doc.agencyId;
	const managerOk =
		doc.managerId === '' || doc.managerId === registry?.managerId || authority.mayManage(doc.managerId, agencyId);
	const managerId = managerOk ? doc.managerId : (registry?.managerId ?? '');
	const holder = doc.zemis ? authority.holderOf(doc.zemis) : undefined;
	const zemis = registry?.zemis || (holder === undefined || holder === caseId ? doc.zemis : '');
	const owned = { agencyId, managerId, zemis };
	const corrections: Partial<OwnedFields> = {};
	for (const key of ['agencyId', 'managerId', 'zemis'] as const)
		if (doc[key] !== owned[key]) corrections[key] = owned[key];
	return { owned, corrections, registered: registry !== undefined };
}

const MANAGING_ROLES = new Set(['case_manager', 'team_lead']);

/** The authority over the server's tables. */
export function registryAuthority(cases: Cases, accounts: Accounts): Authority {
	return {
		registry: (caseId) => {
			const row = cases.get(caseId);
			return row && { agencyId: row.agencyId, managerId: row.managerId ?? '', zemis: row.summary.zemis ?? '' };
		},
		mayManage: (userId, agencyId) => {
			const user = accounts.user(userId);
			return !!user && !user.disabled && user.agencyId === agencyId && user.roles.some((r) => MANAGING_ROLES.has(r));
		},
		holderOf: (zemis) => cases.byZemis(zemis)?.id
	};
}
