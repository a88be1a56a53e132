/** What the browser learns about the signed-in user (no password hash, no session data). */
import type { User } from '../../../server/auth/accounts';
import { context } from '../../../server/context';
import * as docname from '$lib/shared/docname';

export interface Me {
	id: string;
	username: string;
	displayName: string;
	roles: string[];
	agency: { id: string; name: string; kind: string; canton: string; region: string };
	/** Docs the client opens at start: its agency's index. */
	indexDoc: string;
}

export function describeUser(user: User): Me {
	const agency = context().accounts.agency(user.agencyId);
	if (!agency) throw new Error(`user ${user.id} has no agency`);
	return {
		id: user.id,
		username: user.username,
		displayName: user.displayName,
		roles: user.roles,
		agency: { id: agency.id, name: agency.name, kind: agency.kind, canton: agency.canton, region: agency.region },
		indexDoc: docname.indexDoc(agency.id)
	};
}
