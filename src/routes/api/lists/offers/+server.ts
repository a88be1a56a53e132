/**
 * GET /api/lists/offers → the offers that appear in measures of the user's readable cases
 * (id, name, type), so the list builder can filter by concrete offer. Read from the facts, not
 * from the catalogue doc: a measure keeps its offer even after the catalogue changed.
 */
import { json } from '@sveltejs/kit';
import { context } from '../../../../../server/context';
import * as docname from '$lib/shared/docname';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const user = locals.user!;
	const { access, facts } = context();
	const offers = new Map<string, { id: string; name: string; type: string }>();
	for (const f of facts.of(new Set([user.agencyId]))) {
		if (!access.check(user, docname.caseDoc(f.id), 'read').allow) continue;
		for (const m of f.measures)
			if (m.offerId && !offers.has(m.offerId))
				offers.set(m.offerId, { id: m.offerId, name: m.offerName || m.offerId, type: m.offerType });
	}
	return json({ offers: [...offers.values()].sort((a, b) => a.name.localeCompare(b.name, 'de-CH')) });
};
