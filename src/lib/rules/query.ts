/**
 * Validation of indicator queries (?at=…&from=…&groupBy=…), shared by the API and the screen:
 * a bad request gets one clear message instead of a figure for a date nobody meant.
 */
import type { IsoDate } from '../model/schema';
import { GROUP_BY, isGroupBy, type GroupBy } from './groups';
import { isIsoDate, yearStart } from './stichtag';

export interface IndicatorQuery {
	at: IsoDate;
	from: IsoDate;
	groupBy: GroupBy | null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseQuery(params: URLSearchParams): Parsed<IndicatorQuery> {
	const at = params.get('at');
	if (at === null || at === '')
		return { ok: false, error: 'parameter "at" is required: the reference date as YYYY-MM-DD' };
	if (!isIsoDate(at)) return { ok: false, error: `parameter "at" must be a real date as YYYY-MM-DD, got "${at}"` };
	const from = params.get('from') || yearStart(at);
	if (!isIsoDate(from))
		return { ok: false, error: `parameter "from" must be a real date as YYYY-MM-DD, got "${from}"` };
	if (from > at) return { ok: false, error: `parameter "from" (${from}) must not be after "at" (${at})` };
	const groupBy = params.get('groupBy') || null;
	if (groupBy !== null && !isGroupBy(groupBy)) {
		return { ok: false, error: `unknown groupBy "${groupBy}"; allowed: ${GROUP_BY.join(', ')}` };
	}
	return { ok: true, value: { at, from, groupBy } };
}
