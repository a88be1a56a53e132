/**
 * GET /api/access?doc=<doc name>[&action=read|write|…] → the signed-in user's access to a doc:
 * `allow`/`reason` for the asked action (default read), plus `read` and `write` decisions.
 * The very decision the sync endpoint makes: the browser uses it to hide what would be refused,
 * and to explain a refused sync (a refused websocket upgrade hides its HTTP status from scripts).
 */
import { json } from '@sveltejs/kit';
import { context } from '../../../../server/context';
import { ACTIONS, type Action } from '$lib/shared/access';
import * as docname from '$lib/shared/docname';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const doc = url.searchParams.get('doc') ?? '';
	const action = url.searchParams.get('action') ?? 'read';
	if (!docname.parse(doc)) return json({ error: 'unknown doc name' }, { status: 400 });
	if (!(ACTIONS as readonly string[]).includes(action)) return json({ error: 'unknown action' }, { status: 400 });
	const { access } = context();
	const user = locals.user!;
	return json({
		doc,
		...access.check(user, doc, action as Action),
		read: access.check(user, doc, 'read'),
		write: access.check(user, doc, 'write')
	});
};
