/**
 * GET /api/capacity → every measure on a catalogue offer across all plans (from the bookings
 * projection), for the capacity overview. Who may read the canton's offer catalogue sees the
 * counts; which case is behind a booking (id and name) only where the one access function
 * lets the user read that case. `?version=N` answers {unchanged: true} when nothing changed.
 */
import { error, json } from '@sveltejs/kit';
import { context } from '../../../../server/context';
import type { Booking } from '$lib/charts/capacity';
import * as docname from '$lib/shared/docname';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const user = locals.user!;
	const { accounts, access, bookings, cases } = context();
	const canton = accounts.subject(user)?.canton;
	if (!canton || !access.check(user, docname.offersDoc(canton), 'read').allow)
		error(403, 'Keine Berechtigung für die Kapazitäten dieses Kantons.');
	// Clients poll with the version they hold; an unchanged projection costs one comparison.
	const since = url.searchParams.get('version');
	if (since === bookings.version) return json({ canton, version: bookings.version, unchanged: true });
	const readable = new Map<string, boolean>();
	const mayRead = (caseId: string) => {
		let allowed = readable.get(caseId);
		if (allowed === undefined)
			readable.set(caseId, (allowed = access.check(user, docname.caseDoc(caseId), 'read').allow));
		return allowed;
	};
	const result: Booking[] = bookings.all().map((row) => {
		const visible = mayRead(row.caseId);
		const summary = visible ? cases.get(row.caseId)?.summary : undefined;
		return {
			offerId: row.offerId,
			measureId: visible ? row.measureId : '',
			status: row.status,
			start: row.start,
			end: row.end,
			caseId: visible ? row.caseId : null,
			personName: summary ? [summary.lastName, summary.firstName].filter(Boolean).join(' ') : null
		};
	});
	return json({ canton, version: bookings.version, bookings: result });
};
