/**
 * GET /api/indicators?at=YYYY-MM-DD[&from=YYYY-MM-DD][&groupBy=…] → the steering figures at a
 * reference date, as the screen shows them: per indicator id, numerator, denominator, value
 * and target, in total and per group. A canton feeds its own reporting from here.
 */
import { json } from '@sveltejs/kit';
import { compute } from '$lib/rules/evaluate';
import { INDICATORS } from '$lib/rules/indicators';
import { parseQuery } from '$lib/rules/query';
import { badRequest, groupLabels, scopedFacts } from '$lib/server/steering';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const query = parseQuery(url.searchParams);
	if (!query.ok) return badRequest(query.error);
	const scoped = scopedFacts(locals.user!);
	if (scoped instanceof Response) return scoped;
	const result = compute(scoped.facts, query.value);
	const labels = groupLabels(
		result.groupBy,
		result.groups.map((g) => g.key)
	);
	const names = new Map(INDICATORS.map((i) => [i.id, i.name]));
	return json({
		at: result.at,
		from: result.from,
		groupBy: result.groupBy,
		scope: scoped.scope,
		persons: scoped.facts.length,
		indicators: result.total.map((f) => ({ ...f, name: names.get(f.id) })),
		groups: result.groups.map((g) => ({ key: g.key, label: labels[g.key] ?? g.key, indicators: g.figures }))
	});
};
