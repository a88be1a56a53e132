/**
 * GET /api/cases → the signed-in user's cases: id, person name and the doc names the user may
 * open, each decided by the one access function.
 */
import { json } from '@sveltejs/kit';
import { context } from '../../../../server/context';
import * as docname from '$lib/shared/docname';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const user = locals.user!;
	const { cases, access } = context();
	const result = cases
		.ofAgency(user.agencyId)
		.filter((row) => access.check(user, docname.caseDoc(row.id), 'read').allow)
		.map((row) => ({
			id: row.id,
			personName: [row.summary.lastName, row.summary.firstName].filter(Boolean).join(' '),
			managerId: row.managerId,
			status: row.summary.status,
			docs: [docname.caseDoc(row.id), docname.confidentialDoc(row.id)].filter(
				(name) => access.check(user, name, 'read').allow
			)
		}));
	return json({ cases: result });
};
