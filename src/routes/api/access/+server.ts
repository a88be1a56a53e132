/**
 * GET /api/access?doc=<doc name> → what the signed-in user may do with a doc, and why.
 * The browser asks when the sync endpoint keeps refusing a doc, to tell the user the reason
 * (a refused websocket upgrade does not expose its HTTP status to scripts).
 */
import { json } from '@sveltejs/kit';
import { context } from '../../../../server/context';
import * as docname from '$lib/shared/docname';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const name = url.searchParams.get('doc') ?? '';
	if (!docname.parse(name)) return json({ error: 'unknown doc name' }, { status: 400 });
	const { access } = context();
	const user = locals.user!;
	return json({ doc: name, read: access.check(user, name, 'read'), write: access.check(user, name, 'write') });
};
