import { describe, expect, it } from 'vitest';
import * as employers from '../../src/lib/model/employers';
import { boardDocument, regions } from './employers';
import { pickLate } from './late';
import * as persons from './persons';
import { DEFAULT_SEED } from './seed';

const TODAY = '2026-06-15';

describe('board seeds', () => {
	it('builds a reproducible board of fifteen employers for every region', () => {
		expect(regions()).toEqual(['bucheggberg-wasseramt', 'olten-goesgen', 'solothurn-lebern', 'thal-gaeu']);
		const board = employers.list(boardDocument('bucheggberg-wasseramt', DEFAULT_SEED, TODAY, 0));
		expect(board).toHaveLength(15);
		expect(new Set(board.map((e) => e.region))).toEqual(new Set(['Wasseramt', 'Bucheggberg']));
		expect(board.every((e) => e.contacts.length > 0 && e.history.length > 0)).toBe(true);
		expect(employers.list(boardDocument('bucheggberg-wasseramt', DEFAULT_SEED, TODAY, 0))).toEqual(board);
	});

	it('finds a late case of Sozialregion Wasseramt that entered more than 3.5 years ago', () => {
		const cases = persons.generate({ seed: DEFAULT_SEED, today: TODAY }).map((c) => ({
			id: c.id,
			agencyId: c.info.agencyId,
			status: c.residence.at(-1)!.status,
			entryDate: c.person.entryDate,
			birthDate: c.person.birthDate
		}));
		const id = pickLate(cases, TODAY);
		expect(id).toBeDefined();
		const late = cases.find((c) => c.id === id)!;
		expect(late.agencyId).toBe('sr-wasseramt');
		expect(late.entryDate <= '2022-12-15').toBe(true);
	});
});
