import { describe, expect, it } from 'vitest';
import { cohort, compute, members, type Figure } from './evaluate';
import { AT, FIXTURE } from './indicators.fixture';
import { byId, INDICATORS } from './indicators';
import { anniversary, fullYears, isIsoDate } from './stichtag';

function figures(at: string, from?: string): Record<string, [number, number]> {
	const result = compute(FIXTURE, { at, from });
	return Object.fromEntries(result.total.map((f: Figure) => [f.id, [f.numerator, f.denominator]]));
}

function who(id: string, at = AT): { counted: string[]; population: string[] } {
	const list = members(FIXTURE, byId(id)!, { at });
	return { counted: list.filter((m) => m.counted).map((m) => m.id), population: list.map((m) => m.id) };
}

describe('date rules', () => {
	it('counts the birthday on the reference date as the new age', () => {
		expect(fullYears('2008-06-30', '2026-06-30')).toBe(18);
		expect(fullYears('2008-06-30', '2026-06-29')).toBe(17);
		expect(fullYears('2008-02-29', '2026-02-28')).toBe(17);
		expect(fullYears('2008-02-29', '2026-03-01')).toBe(18);
	});
	it('rejects dates that do not exist', () => {
		expect(isIsoDate('2026-02-29')).toBe(false);
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('30.06.2026')).toBe(false);
	});
	it('places anniversaries of 29 February on 1 March', () => {
		expect(anniversary('2020-02-29', 3)).toBe('2023-03-01');
		expect(anniversary('2019-01-15', 7)).toBe('2026-01-15');
	});
});

describe('indicators on the fixed canton at 30.6.2026 (hand-computed)', () => {
	const f = figures(AT);

	it('IAS-1: entry exactly 3 years before counts, one day less does not', () => {
		expect(f['IAS-1']).toEqual([1, 5]);
		expect(who('IAS-1').population).toEqual([
			'p03-three-years',
			'p09-seven-years',
			'p10-eight-years',
			'p11-apprentice',
			'p12-child'
		]);
		expect(figures('2026-06-29')['IAS-1']).toEqual([0, 4]);
	});
	it('IAS-2 to IAS-5', () => {
		expect(f['IAS-2']).toEqual([0, 1]);
		expect(f['IAS-3']).toEqual([1, 1]);
		expect(f['IAS-4']).toEqual([1, 2]);
		expect(who('IAS-4').counted).toEqual(['p09-seven-years']);
		expect(f['IAS-5']).toEqual([1, 2]);
	});
	it('S employment rate: 18 on the birthday, per person in a household, leavers out, status at the date', () => {
		expect(f['S-EMP']).toEqual([2, 3]);
		expect(who('S-EMP').population).toEqual(['p01-birthday', 'p07-household-a', 'p08-household-b']);
		expect(f['S-EMP-3Y']).toEqual([2, 2]);
		// The day before the 18th birthday the person is not yet in the population.
		expect(figures('2026-06-29')['S-EMP']).toEqual([1, 2]);
		// In February the later B holder was still S, and the leaver was still here.
		expect(figures('2026-02-15')['S-EMP']).toEqual([3, 4]);
		expect(who('S-EMP', '2026-02-15').population).toEqual([
			'p05-s-to-b',
			'p06-left',
			'p07-household-a',
			'p08-household-b'
		]);
		// Left on 1.5.: out from that day on.
		expect(who('S-EMP', '2026-04-30').population).toContain('p06-left');
		expect(who('S-EMP', '2026-05-01').population).not.toContain('p06-left');
	});
	it('KIP counts for the period 1.1.–30.6.2026', () => {
		expect(f['KIP-INFO']).toEqual([1, 13]);
		expect(f['KIP-LANG']).toEqual([2, 13]);
		expect(who('KIP-LANG').counted).toEqual(['p05-s-to-b', 'p13-preschool']);
		expect(f['KIP-READY-16-25']).toEqual([2, 3]); // p01 (occupation programme) and p11 (education course)
		expect(f['KIP-READY-26-55']).toEqual([1, 7]);
		expect(f['KIP-EARLY']).toEqual([1, 1]);
		expect(f['KIP-NEW16']).toEqual([1, 13]);
		expect(f['KIP-NEW16-SCHOOL']).toEqual([1, 1]);
		expect(f['KIP-NEW16-ILLIT']).toEqual([0, 1]);
		expect(f['KIP-NEW16-POT']).toEqual([1, 1]);
		expect(f['KIP-NEW16-WORK']).toEqual([1, 1]);
	});
	it('Programm S participation for the period: status S at the reference date', () => {
		expect(f['PS-DE']).toEqual([0, 3]);
		expect(f['PS-AMI']).toEqual([1, 3]);
		expect(f['PS-EDU']).toEqual([0, 3]);
		expect(f['PS-AMM']).toEqual([1, 3]);
		expect(f['PS-JOB']).toEqual([2, 3]);
	});
	it('a shorter period counts only what touches it', () => {
		expect(figures(AT, '2026-03-01')['KIP-LANG']).toEqual([1, 13]);
	});
	it('groups add up to the total', () => {
		const result = compute(FIXTURE, { at: AT, groupBy: 'sex' });
		const sexes = compute(
			FIXTURE.map((p, i) => ({ ...p, sex: i % 2 ? 'm' : 'f' })),
			{ at: AT, groupBy: 'sex' }
		);
		expect(result.groups.map((g) => g.key)).toEqual(['f']);
		for (const [i, total] of sexes.total.entries()) {
			const sum = sexes.groups.reduce((acc, g) => acc + (g.figures[i] as Figure).denominator, 0);
			expect(sum).toBe(total.denominator);
		}
	});
	it('groups by age band in band order', () => {
		const result = compute(FIXTURE, { at: AT, groupBy: 'ageBand' });
		expect(result.groups.map((g) => g.key)).toEqual(['0–3', '4–15', '16–25', '26–55', '56–64']);
	});
	it('every indicator has an explanation, a population and a source', () => {
		for (const i of INDICATORS) {
			expect(i.explanation.length, i.id).toBeGreaterThan(30);
			expect(i.population.text.length, i.id).toBeGreaterThan(5);
			expect(i.source, i.id).not.toBe('');
		}
		expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
	});
});

describe('cohort view', () => {
	it('IAS-4 per entry year, each person at the 7th anniversary of their entry', () => {
		const rows = cohort(FIXTURE, byId('IAS-4')!, AT);
		expect(rows.map((r) => [r.entryYear, r.numerator, r.denominator])).toEqual([
			['2018', 0, 1],
			['2019', 1, 1]
		]);
		expect(members(FIXTURE, byId('IAS-4')!, { at: AT, entryYear: '2019' })).toEqual([
			{ id: 'p09-seven-years', counted: true }
		]);
	});
	it('IAS-1 cohorts leave out those not yet 3 years here', () => {
		const rows = cohort(FIXTURE, byId('IAS-1')!, AT);
		expect(rows.map((r) => r.entryYear)).toEqual(['2018', '2019', '2020', '2022', '2023']);
		expect(rows.at(-1)).toMatchObject({ numerator: 1, denominator: 1 });
	});
});
