/**
 * GET /api/filters → the user's saved list filters and those shared within their agency.
 * POST /api/filters {name, shared, criteria} → saves one (criteria without the reference date,
 * so a saved filter works on any date).
 */
import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { context } from '../../../../server/context';
import { CriteriaSchema } from '$lib/rules/listfilter';
import { badRequest } from '$lib/server/steering';
import type { RequestHandler } from './$types';

const SaveSchema = z.object({
	name: z.string().trim().min(1, 'name is required').max(120),
	shared: z.boolean().default(false),
	criteria: CriteriaSchema.omit({ at: true })
});

export const GET: RequestHandler = async ({ locals }) => {
	const user = locals.user!;
	return json({ filters: context().filters.visibleTo(user.id, user.agencyId) });
};

export const POST: RequestHandler = async ({ locals, request }) => {
	const user = locals.user!;
	const parsed = SaveSchema.safeParse(await request.json().catch(() => null));
	if (!parsed.success)
		return badRequest(
			`invalid filter: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`
		);
	const saved = context().filters.add({ ...parsed.data, ownerId: user.id, agencyId: user.agencyId });
	return json({ filter: saved }, { status: 201 });
};
