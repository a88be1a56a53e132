/**
 * GET /api/indicators/series?id=S-EMP&at=YYYY-MM-DD[&groupBy=agency|manager][&points=12]
 * → the indicator at the last quarter ends up to `at`, in total and per group, for charts.
 */
import { json } from '@sveltejs/kit';
import { compute } from '$lib/rules/evaluate';
import { byId } from '$lib/rules/indicators';
import { quarterDates } from '$lib/rules/series';
import { isIsoDate, yearStart } from '$lib/rules/stichtag';
import { badRequest, groupLabels, scopedFacts } from '$lib/server/steering';
import type { RequestHandler } from './$types';

const SERIES_GROUPS = ['agency', 'manager'] as const;

export const GET: RequestHandler = async ({ locals, url }) => {
	const at = url.searchParams.get('at') ?? '';
	if (!isIsoDate(at)) return badRequest(`parameter "at" must be a real date as YYYY-MM-DD, got "${at}"`);
	const indicator = byId(url.searchParams.get('id') ?? '');
	if (!indicator) return badRequest('parameter "id" must name an indicator');
	const groupParam = url.searchParams.get('groupBy') || null;
	const groupBy = SERIES_GROUPS.find((g) => g === groupParam) ?? null;
	if (groupParam !== null && groupBy === null)
		return badRequest(`unknown groupBy "${groupParam}"; allowed for series: ${SERIES_GROUPS.join(', ')}`);
	const points = Number(url.searchParams.get('points') ?? 12);
	if (!Number.isInteger(points) || points < 2 || points > 40)
		return badRequest('parameter "points" must be a whole number from 2 to 40');
	const scoped = scopedFacts(locals.user!);
	if (scoped instanceof Response) return scoped;

	const dates = quarterDates(at, points);
	const results = dates.map((date) =>
		compute(scoped.facts, { at: date, from: yearStart(date), groupBy, indicators: [indicator] })
	);
	const keys = [...new Set(results.flatMap((r) => r.groups.map((g) => g.key)))];
	const labels = groupLabels(groupBy, keys);
	return json({
		id: indicator.id,
		target: indicator.target,
		dates,
		total: results.map((r) => r.total[0]),
		groups: keys.map((key) => ({
			key,
			label: labels[key] ?? key,
			values: results.map((r) => r.groups.find((g) => g.key === key)?.figures[0] ?? null)
		}))
	});
};
