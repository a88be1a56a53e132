/** DELETE /api/filters/<id>: only the owner deletes a saved filter, shared or not. */
import { json } from '@sveltejs/kit';
import { context } from '../../../../../server/context';
import type { RequestHandler } from './$types';

export const DELETE: RequestHandler = async ({ locals, params }) => {
	const { filters } = context();
	const filter = filters.get(params.id);
	if (!filter) return json({ error: 'no such filter' }, { status: 404 });
	if (filter.ownerId !== locals.user!.id)
		return json({ error: 'only the owner may delete a saved filter' }, { status: 403 });
	filters.remove(params.id);
	return new Response(null, { status: 204 });
};
