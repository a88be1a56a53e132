/**
 * Turns stored doc changes into audit rows, at write time, attributed to the update's author
 * and their agency as they are at that moment (a later move to another agency does not
 * rewrite history). Index docs are the server's own projection and are not audited.
 */
import * as docname from '../../src/lib/shared/docname';
import type { Accounts } from '../auth/accounts';
import { SERVER_ORIGIN, type Peer } from '../sync/room';
import type { Audit } from './audit';

export function auditChange(
	audit: Audit,
	accounts: Accounts,
	doc: string,
	origin: Peer | typeof SERVER_ORIGIN,
	described: string[]
): void {
	const kind = docname.parse(doc)?.kind;
	if (kind === undefined || kind === 'index') return;
	const userId = origin === SERVER_ORIGIN ? null : origin.userId;
	const isLink = userId?.startsWith('link:') ?? false;
	const agencyId = userId && !isLink ? (accounts.user(userId)?.agencyId ?? null) : null;
	audit.append({
		at: Date.now(),
		userId,
		agencyId,
		doc,
		action: isLink ? 'assess' : 'change',
		summary: described.length > 0 ? described.join('; ') : 'Änderung'
	});
}
