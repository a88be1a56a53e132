/**
 * POST /api/lists {criteria} → the clients matching the criteria on the reference date, with
 * the fields the list shows. A person-level list: only cases the user may read (so the canton
 * office, which may not read other agencies' cases, gets figures but no names).
 */
import { json } from '@sveltejs/kit';
import { context } from '../../../../server/context';
import { CriteriaSchema, filter } from '$lib/rules/listfilter';
import { ampelOf } from '$lib/rules/ampel-read';
import * as docname from '$lib/shared/docname';
import { badRequest } from '$lib/server/steering';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request }) => {
	const body: unknown = await request.json().catch(() => null);
	const parsed = CriteriaSchema.safeParse((body as { criteria?: unknown } | null)?.criteria);
	if (!parsed.success)
		return badRequest(
			`invalid criteria: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'criteria'}: ${i.message}`).join('; ')}`
		);
	const user = locals.user!;
	const { access, cases, facts } = context();
	const readable = facts
		.of(new Set([user.agencyId]))
		.filter((f) => access.check(user, docname.caseDoc(f.id), 'read').allow);
	const summaries = new Map(readable.map((f) => [f.id, cases.get(f.id)?.summary]));
	const rows = filter(parsed.data, readable, (id) => ({ ampel: ampelOf(summaries.get(id)) })).map((row) => {
		const s = summaries.get(row.id);
		return {
			...row,
			name: s ? [s.lastName, s.firstName].filter(Boolean).join(' ') : row.id,
			birthDate: s?.birthDate ?? '',
			municipality: s?.municipality ?? '',
			managerId: s?.managerId ?? '',
			agencyId: s?.agencyId ?? ''
		};
	});
	rows.sort((a, b) => a.name.localeCompare(b.name, 'de-CH'));
	return json({ at: parsed.data.at, count: rows.length, rows });
};
