/**
 * Searching and sorting case summaries: pure, so the list stays instant with thousands of
 * cases and is easy to test.
 */
import { collator, formatDate } from '$lib/i18n';
import type { CaseSummary } from '$lib/model/summary';

export type SortKey = 'name' | 'entryDate' | 'updatedAt' | 'status';
export type SortDir = 'asc' | 'desc';

export interface ListQuery {
	text: string;
	sort: SortKey;
	dir: SortDir;
	managerId: string | null;
}

function haystack(c: CaseSummary): string {
	return [c.lastName, c.firstName, c.zemis, c.municipality, c.nationality, c.status, formatDate(c.birthDate)]
		.join(' ')
		.toLowerCase();
}

const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();

export function filter(cases: readonly CaseSummary[], query: ListQuery): CaseSummary[] {
	const words = fold(query.text).split(/\s+/).filter(Boolean);
	const found = cases.filter(
		(c) =>
			(query.managerId === null || c.managerId === query.managerId) && words.every((w) => fold(haystack(c)).includes(w))
	);
	const compare = comparators[query.sort];
	found.sort((a, b) => (query.dir === 'asc' ? compare(a, b) : compare(b, a)) || collator.compare(a.id, b.id));
	return found;
}

const byName = (a: CaseSummary, b: CaseSummary) =>
	collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName);

const comparators: Record<SortKey, (a: CaseSummary, b: CaseSummary) => number> = {
	name: byName,
	entryDate: (a, b) => a.entryDate.localeCompare(b.entryDate) || byName(a, b),
	updatedAt: (a, b) => a.updatedAt - b.updatedAt || byName(a, b),
	status: (a, b) => a.status.localeCompare(b.status) || byName(a, b)
};
