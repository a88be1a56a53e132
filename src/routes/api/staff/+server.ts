/** GET /api/staff → the people of the user's agency (for the case-manager menu). */
import { json } from '@sveltejs/kit';
import { context } from '../../../../server/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const user = locals.user!;
	const { accounts } = context();
	const staff = accounts
		.usersOfAgency(user.agencyId)
		.filter((u) => !u.disabled)
		.map((u) => ({ id: u.id, displayName: u.displayName, roles: u.roles }));
	const agencies = accounts.agencies().map((a) => ({ id: a.id, name: a.name, kind: a.kind }));
	return json({ staff, agencies });
};
