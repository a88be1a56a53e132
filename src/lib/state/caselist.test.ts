import { describe, expect, it } from 'vitest';
import { empty, type CaseSummary } from '$lib/model/summary';
import { filter, type ListQuery } from './caselist';

function summary(id: string, values: Partial<CaseSummary>): CaseSummary {
	return { ...empty(id), agencyId: 'a', ...values };
}

const cases = [
	summary('c-1', {
		lastName: 'Özdemir',
		firstName: 'Aylin',
		zemis: '12345678-1',
		municipality: 'Olten',
		entryDate: '2022-03-01',
		managerId: 'u-1',
		updatedAt: 5
	}),
	summary('c-2', {
		lastName: 'Abebe',
		firstName: 'Senait',
		zemis: '22222222-2',
		municipality: 'Grenchen',
		entryDate: '2019-05-10',
		managerId: 'u-2',
		updatedAt: 9
	}),
	summary('c-3', {
		lastName: 'Kovalenko',
		firstName: 'Olena',
		zemis: '33333333-3',
		municipality: 'Solothurn',
		entryDate: '2023-01-20',
		managerId: 'u-1',
		updatedAt: 1
	})
];
const base: ListQuery = { text: '', sort: 'name', dir: 'asc', managerId: null };

describe('case list filter', () => {
	it('sorts by name the Swiss way (umlauts with their base letter)', () => {
		expect(filter(cases, base).map((c) => c.id)).toEqual(['c-2', 'c-3', 'c-1']);
	});

	it('finds by name without accents, by ZEMIS number and by municipality', () => {
		expect(filter(cases, { ...base, text: 'ozdemir' }).map((c) => c.id)).toEqual(['c-1']);
		expect(filter(cases, { ...base, text: '22222222' }).map((c) => c.id)).toEqual(['c-2']);
		expect(filter(cases, { ...base, text: 'olten aylin' }).map((c) => c.id)).toEqual(['c-1']);
		expect(filter(cases, { ...base, text: 'zürich' })).toEqual([]);
	});

	it('sorts by entry date and last change in both directions', () => {
		expect(filter(cases, { ...base, sort: 'entryDate' }).map((c) => c.id)).toEqual(['c-2', 'c-1', 'c-3']);
		expect(filter(cases, { ...base, sort: 'updatedAt', dir: 'desc' }).map((c) => c.id)).toEqual(['c-2', 'c-1', 'c-3']);
	});

	it('limits to one case manager', () => {
		expect(filter(cases, { ...base, managerId: 'u-1' }).map((c) => c.id)).toEqual(['c-3', 'c-1']);
	});

	it('does not reorder its input', () => {
		const input = [...cases];
		filter(input, { ...base, sort: 'entryDate' });
		expect(input).toEqual(cases);
	});
});
