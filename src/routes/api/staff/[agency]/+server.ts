/**
 * GET /api/staff/<agency> → the case managers of another agency (id and name only), for the
 * receiver menu of the handover form. Allowed for users who may hand over a case at all: case
 * staff (the `share` rule of the responsible agency); nothing else about that agency is shown.
 */
import { json } from '@sveltejs/kit';
import { context } from '../../../../../server/context';
import type { RequestHandler } from './$types';

const HANDOVER_ROLES = ['case_manager', 'team_lead'];

export const GET: RequestHandler = async ({ locals, params }) => {
	const user = locals.user!;
	const { accounts } = context();
	if (!user.roles.some((r) => HANDOVER_ROLES.includes(r)))
		return json({ error: 'only case staff may hand over cases' }, { status: 403 });
	if (!accounts.agency(params.agency)) return json({ error: 'no such agency' }, { status: 404 });
	const managers = accounts
		.usersOfAgency(params.agency)
		.filter((u) => !u.disabled && u.roles.includes('case_manager'))
		.map((u) => ({ id: u.id, displayName: u.displayName }));
	return json({ managers });
};
