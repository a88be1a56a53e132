/**
 * GET  /api/notifications → {notifications, unread}: the signed-in user's own, newest first.
 * POST /api/notifications {ids: number[]} | {all: true} → marks them read.
 * Only ever the user's own rows: the user id comes from the session, never from the request.
 */
import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { context } from '../../../../server/context';
import { badRequest, jsonBody } from '$lib/server/outcome';
import type { RequestHandler } from './$types';

const Body = z.union([z.object({ ids: z.array(z.number().int()).max(500) }), z.object({ all: z.literal(true) })]);

export const GET: RequestHandler = async ({ locals }) => {
	const notifications = context().notifications.of(locals.user!.id);
	return json({ notifications, unread: notifications.filter((n) => !n.read).length });
};

export const POST: RequestHandler = async ({ locals, request }) => {
	const parsed = Body.safeParse(await jsonBody(request));
	if (!parsed.success) return badRequest('expected {ids: number[]} or {all: true}');
	const marked = context().notifications.markRead(locals.user!.id, 'all' in parsed.data ? null : parsed.data.ids);
	return json({ marked });
};
