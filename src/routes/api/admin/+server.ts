/**
 * The admin screen's API (role admin only, decided by the access function on `accounts`).
 * GET  → {users, agencies}
 * POST {op: 'createUser' | 'updateUser' | 'createAgency', …}
 *
 * createUser/updateUser answer {user, pending}: 200 when the change took effect, 202 when it
 * waits for the data protection officer (an administrator gaining case roles; see
 * /api/admin/grants). Changing one's own roles or agency is refused with 403.
 */
import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { context } from '../../../../server/context';
import type { Outcome } from '../../../../server/privacy/result';
import type { UserChange } from '../../../../server/privacy/admin';
import { answer, badRequest, jsonBody } from '$lib/server/outcome';
import type { RequestHandler } from './$types';

const Op = z.discriminatedUnion('op', [
	z.object({
		op: z.literal('createUser'),
		username: z.string().max(60),
		displayName: z.string().max(100),
		agencyId: z.string(),
		roles: z.array(z.string()).max(8),
		password: z.string().max(1000)
	}),
	z.object({
		op: z.literal('updateUser'),
		id: z.string(),
		agencyId: z.string().optional(),
		roles: z.array(z.string()).max(8).optional(),
		disabled: z.boolean().optional()
	}),
	z.object({
		op: z.literal('createAgency'),
		id: z.string(),
		name: z.string().max(200),
		kind: z.string(),
		canton: z.string(),
		region: z.string()
	})
]);

export const GET: RequestHandler = async ({ locals }) => answer(context().admin.directory(locals.user!));

export const POST: RequestHandler = async ({ locals, request }) => {
	const { admin } = context();
	// Non-admins get 403 whatever they send (the decision comes before validation).
	const allowed = admin.directory(locals.user!);
	if (!allowed.ok) return answer(allowed);
	const parsed = Op.safeParse(await jsonBody(request));
	if (!parsed.success)
		return badRequest(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
	const body = parsed.data;
	switch (body.op) {
		case 'createUser':
			return changed(await admin.createUser(locals.user!, body));
		case 'updateUser':
			return changed(admin.updateUser(locals.user!, body.id, body));
		case 'createAgency':
			return answer(
				admin.createAgency(locals.user!, {
					id: body.id,
					name: body.name,
					kind: body.kind,
					canton: body.canton,
					region: body.region
				})
			);
	}
};

/** 202 Accepted when the change waits for the second person. */
function changed(outcome: Outcome<UserChange>): Response {
	if (outcome.ok && outcome.value.pending) return json(outcome.value, { status: 202 });
	return answer(outcome);
}
