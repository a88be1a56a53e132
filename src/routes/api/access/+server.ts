/**
 * GET /api/access?doc=<doc name>&action=read|write|… → {allow, reason} for the signed-in user.
 * The very decision the sync endpoint makes; the browser uses it to hide what would be refused.
 */
import { json } from '@sveltejs/kit';
import { context } from '../../../../server/context';
import { ACTIONS, type Action } from '$lib/shared/access';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const doc = url.searchParams.get('doc') ?? '';
	const action = url.searchParams.get('action') ?? 'read';
	if (!(ACTIONS as readonly string[]).includes(action)) return json({ error: 'unknown action' }, { status: 400 });
	return json(context().access.check(locals.user!, doc, action as Action));
};
