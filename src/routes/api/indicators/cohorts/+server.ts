/** GET /api/indicators/cohorts?id=IAS-4&at=YYYY-MM-DD → the figure per entry year, X years after entry. */
import { json } from '@sveltejs/kit';
import { cohort } from '$lib/rules/evaluate';
import { byId, INDICATORS } from '$lib/rules/indicators';
import { isIsoDate } from '$lib/rules/stichtag';
import { badRequest, scopedFacts } from '$lib/server/steering';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const at = url.searchParams.get('at') ?? '';
	if (!isIsoDate(at)) return badRequest(`parameter "at" must be a real date as YYYY-MM-DD, got "${at}"`);
	const indicator = byId(url.searchParams.get('id') ?? '');
	const withCohorts = INDICATORS.filter((i) => i.yearsAfterEntry !== null).map((i) => i.id);
	if (!indicator || indicator.yearsAfterEntry === null)
		return badRequest(`parameter "id" must be one of ${withCohorts.join(', ')}`);
	const scoped = scopedFacts(locals.user!);
	if (scoped instanceof Response) return scoped;
	return json({
		id: indicator.id,
		at,
		yearsAfterEntry: indicator.yearsAfterEntry,
		cohorts: cohort(scoped.facts, indicator, at)
	});
};
