/**
 * Role grants waiting for the second person (two-person rule, src/lib/shared/grants.ts).
 * GET  → {grants}: the pending grants with names (administrators and the data protection officer)
 * POST {id, decision: 'confirm' | 'reject'} → the decided grant (data protection officer only;
 *      never the requester nor the account concerned). Both steps are audited.
 */
import { z } from 'zod';
import { context } from '../../../../../server/context';
import { answer, badRequest, jsonBody } from '$lib/server/outcome';
import type { RequestHandler } from './$types';

const Decision = z.object({ id: z.string().max(100), decision: z.enum(['confirm', 'reject']) });

export const GET: RequestHandler = async ({ locals }) => {
	const { admin, accounts } = context();
	// With names: the data protection officer's staff list holds only her own agency.
	const name = (id: string) => accounts.user(id)?.displayName ?? id;
	return answer(admin.pendingGrants(locals.user!), (grants) => ({
		grants: grants.map((g) => ({
			...g,
			userName: name(g.userId),
			requestedByName: name(g.requestedBy),
			agencyName: accounts.agency(g.agencyId)?.name ?? g.agencyId
		}))
	}));
};

export const POST: RequestHandler = async ({ locals, request }) => {
	const parsed = Decision.safeParse(await jsonBody(request));
	if (!parsed.success) return badRequest('body must be {"id", "decision": "confirm" | "reject"}');
	return answer(context().admin.decideGrant(locals.user!, parsed.data.id, parsed.data.decision), (grant) => ({
		grant
	}));
};
