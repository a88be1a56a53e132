import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../server/seed/offers';
import { NO_CRITERIA } from '../model/offers';
import { CANTON_DEFAULTS, differsFromDefault, isCantonDefined } from './canton-criteria';

describe('criteria the plan leaves to the canton', () => {
	it('covers the offers of plan 1.7 (ABMH) and 1.8 (AGS), each with the plan wording and its section', () => {
		expect(Object.keys(CANTON_DEFAULTS).sort()).toEqual([
			'berufsabschluss-erwachsene',
			'bvj',
			'integrationsjahr-berufsvorbereitung',
			'integrationsjahr-orientierung',
			'invol',
			'invost'
		]);
		for (const criteria of Object.values(CANTON_DEFAULTS)) {
			expect(criteria.wording).toMatch(/^Programm S: «.+»/);
			expect(criteria.source).toMatch(/^Programm S \d/);
		}
		expect(CANTON_DEFAULTS.invol).toMatchObject({ minAge: 18, maxAge: null, employability: [] });
		expect(CANTON_DEFAULTS['berufsabschluss-erwachsene']).toMatchObject({ minAge: 25, minLevel: 'B1' });
		expect(CANTON_DEFAULTS.invost).toMatchObject({ minLevel: 'A1', maxLevel: 'B1' });
		expect(isCantonDefined('rav-amm')).toBe(false);
	});

	it('seeds the demo catalogue with the defaults', () => {
		for (const offer of CATALOGUE.filter((o) => isCantonDefined(o.id)))
			expect(differsFromDefault(offer.id, offer.criteria), offer.id).toBe(false);
	});

	it('tells a changed criterion from the default, whatever the order of the lists', () => {
		const invol = CANTON_DEFAULTS.invol!;
		expect(differsFromDefault('invol', { ...invol, statuses: [...invol.statuses].reverse() })).toBe(false);
		expect(differsFromDefault('invol', { ...invol, minAge: 20 })).toBe(true);
		expect(differsFromDefault('invol', { ...invol, wording: 'Eigene Kriterien des ABMH' })).toBe(true);
		expect(differsFromDefault('rav-amm', NO_CRITERIA)).toBe(false);
	});
});
