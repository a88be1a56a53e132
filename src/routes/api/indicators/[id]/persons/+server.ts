/**
 * GET /api/indicators/<id>/persons?at=…[&from=…][&groupBy=…&group=…][&entryYear=…] → the
 * persons behind a figure, each marked whether counted. Only cases the user may read are
 * listed; how many others are in the figure is reported as a number, without names.
 */
import { json } from '@sveltejs/kit';
import { context } from '../../../../../../server/context';
import { members } from '$lib/rules/evaluate';
import { byId } from '$lib/rules/indicators';
import { parseQuery } from '$lib/rules/query';
import * as docname from '$lib/shared/docname';
import { badRequest, scopedFacts } from '$lib/server/steering';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const indicator = byId(params.id);
	if (!indicator) return json({ error: `unknown indicator "${params.id}"` }, { status: 404 });
	const query = parseQuery(url.searchParams);
	if (!query.ok) return badRequest(query.error);
	const entryYear = url.searchParams.get('entryYear');
	if (entryYear !== null && !/^\d{4}$/.test(entryYear))
		return badRequest('parameter "entryYear" must be a year like 2019');
	const scoped = scopedFacts(locals.user!);
	if (scoped instanceof Response) return scoped;

	const user = locals.user!;
	const { access, cases } = context();
	const all = members(scoped.facts, indicator, { ...query.value, group: url.searchParams.get('group'), entryYear });
	const readable = all.filter((m) => access.check(user, docname.caseDoc(m.id), 'read').allow);
	const persons = readable.map((m) => {
		const summary = cases.get(m.id)?.summary;
		return {
			id: m.id,
			counted: m.counted,
			name: summary ? [summary.lastName, summary.firstName].filter(Boolean).join(' ') : m.id,
			birthDate: summary?.birthDate ?? '',
			status: summary?.status ?? '',
			entryDate: summary?.entryDate ?? '',
			municipality: summary?.municipality ?? '',
			managerId: summary?.managerId ?? ''
		};
	});
	return json({
		id: indicator.id,
		at: query.value.at,
		total: all.length,
		hidden: all.length - readable.length,
		persons
	});
};
