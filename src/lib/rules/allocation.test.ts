import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../server/seed/offers';
import * as criteria from '../model/criteria';
import { LEVELS } from '../model/cefr';
import type { Offer } from '../model/offers';
import { STATUSES } from '../model/residence';
import { TRAINING_STEPS } from '../model/situation';
import { conditions, FULL_TIME_WORKLOAD, holds, RULES, source, suggest, type Facts } from './allocation';

/** A person about whom nothing is known: no rule may fire. */
const NOTHING: Facts = {
	age: null,
	status: null,
	employable: '',
	placeable: '',
	level: '',
	healthLimited: null,
	dailyStructureNeeded: '',
	childcareNeeded: '',
	childcareArranged: false,
	pathway: '',
	workload: 0,
	ravRegistered: false,
	inTraining: false,
	training: 'none',
	taken: []
};

/** A 40-year-old with status F, B1, employable and placeable, no health limits, no children, not working. */
const BASE: Facts = {
	...NOTHING,
	age: 40,
	status: 'F',
	employable: 'yes',
	placeable: 'yes',
	level: 'B1',
	healthLimited: false,
	dailyStructureNeeded: 'no',
	childcareNeeded: 'no'
};

/** The demo canton's catalogue (offers/so), as the rules read it. */
const catalogue: readonly Offer[] = CATALOGUE;

/** rule id → suggested offer ids, for the facts. */
function offers(facts: Partial<Facts>, from: readonly Offer[] = catalogue): Record<string, string[]> {
	return Object.fromEntries(suggest({ ...BASE, ...facts }, from).map((s) => [s.ruleId, s.offers.map((o) => o.ref.id)]));
}

/** Training situations as the facts see them. */
const apprentice = { inTraining: true, training: 'certifying' } as const;
const preApprentice = { inTraining: true, training: 'invol' } as const;
const inBridge = { inTraining: true, training: 'bridge' } as const;

/**
 * The table: per rule, facts (on top of BASE) and the offers the rule must then suggest — [] for
 * "does not fire". Each boundary the plan or the catalogue draws is one row on each side.
 */
const TABLE: [rule: string, label: string, facts: Partial<Facts>, expected: string[]][] = [
	// Childcare first (5.9): employable AND placeable.
	['kinderbetreuung-zuerst', 'parent, employable, placeable', { childcareNeeded: 'yes' }, ['kinderbetreuung']],
	[
		'kinderbetreuung-zuerst',
		'partly employable',
		{ childcareNeeded: 'yes', employable: 'partly' },
		['kinderbetreuung']
	],
	['kinderbetreuung-zuerst', 'not placeable', { childcareNeeded: 'yes', placeable: 'no' }, []],
	['kinderbetreuung-zuerst', 'placeability unclear', { childcareNeeded: 'yes', placeable: 'unclear' }, []],
	['kinderbetreuung-zuerst', 'not employable', { childcareNeeded: 'yes', employable: 'no' }, []],
	['kinderbetreuung-zuerst', 'already arranged', { childcareNeeded: 'yes', childcareArranged: true }, []],
	['kinderbetreuung-zuerst', 'no childcare needed', {}, []],
	['kinderbetreuung-zuerst', 'already in the offer', { childcareNeeded: 'yes', taken: ['kinderbetreuung'] }, []],
	// German courses (5.3): the fitting course by the catalogue's age, status and level.
	['deutsch', 'A0 at 16', { level: 'A0', age: 16 }, ['deutsch-a1']],
	['deutsch', 'A0 at 15 (catalogue: from 16)', { level: 'A0', age: 15 }, []],
	['deutsch', 'A1', { level: 'A1' }, ['deutsch-a2']],
	['deutsch', 'A2', { level: 'A2' }, ['deutsch-b1']],
	['deutsch', 'B1 reached', { level: 'B1' }, []],
	['deutsch', 'A1 with status S', { level: 'A1', status: 'S' }, ['deutsch-a2']],
	['deutsch', 'A1 with permit B (catalogue: VA/FL and S)', { level: 'A1', status: 'B' }, []],
	['deutsch', 'A1 asylum seeker N', { level: 'A1', status: 'N' }, []],
	['deutsch', 'attends the A2 course already', { level: 'A1', taken: ['deutsch-a2'] }, []],
	['deutsch', 'level unknown', { level: '' }, []],
	// RAV (5.4): employable and placeable; no age band; not working ≥ 80 %, registered or in training.
	['rav', 'employable and placeable', {}, ['rav-amm']],
	['rav', '17 years (no invented age band)', { age: 17 }, ['rav-amm']],
	['rav', '65 years (no invented age band)', { age: 65 }, ['rav-amm']],
	['rav', 'placeability unclear → integration.arbeit first', { placeable: 'unclear' }, []],
	['rav', 'not placeable', { placeable: 'no' }, []],
	['rav', 'partly employable', { employable: 'partly' }, []],
	['rav', 'health limits', { healthLimited: true }, []],
	['rav', `working ${FULL_TIME_WORKLOAD - 1} %`, { workload: FULL_TIME_WORKLOAD - 1 }, ['rav-amm']],
	['rav', `working ${FULL_TIME_WORKLOAD} %`, { workload: FULL_TIME_WORKLOAD }, []],
	['rav', 'job without a recorded workload', { workload: null }, []],
	['rav', 'registered already', { ravRegistered: true }, []],
	['rav', 'apprentice', apprentice, []],
	// integration.arbeit (5.6, 5.4.1): employable, not or unclear placeable; catalogue: 18–64, A1, VA/FL and S.
	['integration-arbeit', 'not placeable, A1', { placeable: 'no', level: 'A1' }, ['integration-arbeit']],
	['integration-arbeit', 'not placeable, A0 (catalogue: A1)', { placeable: 'no', level: 'A0' }, []],
	['integration-arbeit', 'placeability unclear', { placeable: 'unclear' }, ['integration-arbeit']],
	['integration-arbeit', 'placeable', {}, []],
	['integration-arbeit', 'partly employable', { placeable: 'no', employable: 'partly' }, ['integration-arbeit']],
	['integration-arbeit', 'not employable', { placeable: 'no', employable: 'no' }, []],
	['integration-arbeit', '17 years', { placeable: 'no', age: 17 }, []],
	['integration-arbeit', '18 years', { placeable: 'no', age: 18 }, ['integration-arbeit']],
	['integration-arbeit', '64 years', { placeable: 'no', age: 64 }, ['integration-arbeit']],
	['integration-arbeit', '65 years', { placeable: 'no', age: 65 }, []],
	['integration-arbeit', 'permit B', { placeable: 'no', status: 'B' }, []],
	['integration-arbeit', `working ${FULL_TIME_WORKLOAD} %`, { placeable: 'no', workload: FULL_TIME_WORKLOAD }, []],
	['integration-arbeit', 'apprentice', { placeable: 'no', ...apprentice }, []],
	['integration-arbeit', 'attends it already', { placeable: 'no', taken: ['integration-arbeit'] }, []],
	// Beschäftigung I/II (5.7.1): not employable for health reasons AND needs a daily structure.
	[
		'beschaeftigung',
		'not employable, health, daily structure',
		{ employable: 'no', placeable: 'no', healthLimited: true, dailyStructureNeeded: 'yes' },
		['beschaeftigung-1', 'beschaeftigung-2']
	],
	[
		'beschaeftigung',
		'health flag alone',
		{ employable: 'no', placeable: 'no', healthLimited: true, dailyStructureNeeded: 'no' },
		[]
	],
	[
		'beschaeftigung',
		'daily structure not judged',
		{ employable: 'no', placeable: 'no', healthLimited: true, dailyStructureNeeded: '' },
		[]
	],
	[
		'beschaeftigung',
		'partly employable',
		{ employable: 'partly', placeable: 'no', healthLimited: true, dailyStructureNeeded: 'yes' },
		[]
	],
	[
		'beschaeftigung',
		'not employable, no health reason',
		{ employable: 'no', placeable: 'no', healthLimited: false, dailyStructureNeeded: 'yes' },
		[]
	],
	// BIZ (5.8, 9.2): 16–25 (catalogue), not already in or through certifying training.
	['biz-16-25', '16 years', { age: 16 }, ['biz-beratung']],
	['biz-16-25', '15 years', { age: 15 }, []],
	['biz-16-25', '25 years', { age: 25 }, ['biz-beratung']],
	['biz-16-25', '26 years', { age: 26 }, []],
	['biz-16-25', 'in a bridge year', { age: 19, ...inBridge }, ['biz-beratung']],
	['biz-16-25', 'apprentice EFZ', { age: 19, ...apprentice }, []],
	['biz-16-25', 'apprenticeship completed', { age: 22, training: 'certifying' }, []],
	// Integrationsjahr / BVJ (1.7): the one fitting offer; A2 split; never for (pre-)apprentices.
	['integrationsjahr', 'A1, status F', { age: 19, level: 'A1' }, ['integrationsjahr-orientierung']],
	['integrationsjahr', 'A2, status F', { age: 19, level: 'A2' }, ['integrationsjahr-berufsvorbereitung']],
	['integrationsjahr', 'B2 (no invented threshold)', { age: 19, level: 'B2' }, ['integrationsjahr-berufsvorbereitung']],
	['integrationsjahr', 'A2, permit B', { age: 19, level: 'A2', status: 'B' }, ['bvj']],
	['integrationsjahr', 'A1, permit B', { age: 19, level: 'A1', status: 'B' }, []],
	['integrationsjahr', '16 years', { age: 16, level: 'A2' }, ['integrationsjahr-berufsvorbereitung']],
	['integrationsjahr', '15 years', { age: 15, level: 'A2' }, []],
	['integrationsjahr', '25 years', { age: 25, level: 'A2' }, ['integrationsjahr-berufsvorbereitung']],
	['integrationsjahr', '26 years', { age: 26, level: 'A2' }, []],
	['integrationsjahr', 'current pre-apprentice (INVOL)', { age: 19, level: 'A2', ...preApprentice }, []],
	['integrationsjahr', 'current apprentice', { age: 19, level: 'A2', ...apprentice }, []],
	['integrationsjahr', 'INVOL completed', { age: 20, level: 'A2', training: 'invol' }, []],
	['integrationsjahr', 'in a bridge year now', { age: 19, level: 'A2', ...inBridge }, []],
	[
		'integrationsjahr',
		'Orientierung completed, now A2',
		{ age: 19, level: 'A2', training: 'bridge', taken: ['integrationsjahr-orientierung'] },
		['integrationsjahr-berufsvorbereitung']
	],
	[
		'integrationsjahr',
		'Orientierung completed, still A1',
		{ age: 19, level: 'A1', taken: ['integrationsjahr-orientierung'] },
		[]
	],
	// INVOL (9.3): 18+, no upper age, no employability condition; catalogue: A2, VA/FL and S.
	['invol', '18 years, A2', { age: 18, level: 'A2' }, ['invol']],
	['invol', '17 years', { age: 17, level: 'A2' }, []],
	['invol', '36 years (no invented upper age)', { age: 36, level: 'A2' }, ['invol']],
	['invol', '55 years', { age: 55, level: 'A2' }, ['invol']],
	['invol', 'not employable (no invented condition)', { age: 30, level: 'A2', employable: 'no' }, ['invol']],
	['invol', 'A1', { age: 30, level: 'A1' }, []],
	['invol', 'permit B', { age: 30, level: 'A2', status: 'B' }, []],
	['invol', 'in a bridge year now', { age: 19, level: 'A2', ...inBridge }, ['invol']],
	['invol', 'pre-apprentice now', { age: 19, level: 'A2', ...preApprentice }, []],
	['invol', 'INVOL completed', { age: 20, level: 'A2', training: 'invol' }, []],
	['invol', 'apprentice EFZ', { age: 20, level: 'A2', ...apprentice }, []],
	// Berufsabschluss für Erwachsene (5.8, 9.4): 25+ and B1 (catalogue), whatever pathway.
	['berufsabschluss-erwachsene', '25 years, B1', { age: 25 }, ['berufsabschluss-erwachsene']],
	['berufsabschluss-erwachsene', '24 years', { age: 24 }, []],
	['berufsabschluss-erwachsene', 'A2', { level: 'A2' }, []],
	['berufsabschluss-erwachsene', 'pathway labour market', { pathway: 'labourMarket' }, ['berufsabschluss-erwachsene']],
	['berufsabschluss-erwachsene', 'pathway not chosen', { pathway: '' }, ['berufsabschluss-erwachsene']],
	['berufsabschluss-erwachsene', 'EFZ completed', { training: 'certifying' }, []],
	['berufsabschluss-erwachsene', 'apprentice now', apprentice, []],
	['berufsabschluss-erwachsene', 'pre-apprentice now', preApprentice, []],
	// INVOST (1.8): catalogue statuses (VA/FL and S) and levels A1 to below B1; never A0.
	['invost', 'S, A1', { status: 'S', level: 'A1' }, ['invost']],
	['invost', 'F, A2', { status: 'F', level: 'A2' }, ['invost']],
	['invost', 'A0', { level: 'A0' }, []],
	['invost', 'S, A0 (never for A0)', { status: 'S', level: 'A0' }, []],
	['invost', 'B1', { level: 'B1' }, []],
	['invost', 'permit B', { status: 'B', level: 'A2' }, []],
	['invost', 'not employable', { level: 'A2', employable: 'no' }, []],
	['invost', '17 years', { level: 'A2', age: 17 }, []],
	['invost', '64 years', { level: 'A2', age: 64 }, ['invost']],
	['invost', '65 years', { level: 'A2', age: 65 }, []],
	['invost', `working ${FULL_TIME_WORKLOAD} %`, { level: 'A2', workload: FULL_TIME_WORKLOAD }, []],
	['invost', 'apprentice', { level: 'A2', ...apprentice }, []]
];

describe('allocation rules', () => {
	it('declares unique ids, a title, an explanation, a basis and offers per rule', () => {
		expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
		for (const rule of RULES) {
			expect(rule.title.length).toBeGreaterThan(0);
			expect(rule.explanation.length).toBeGreaterThan(20);
			expect(rule.basis).toMatch(/^Programm S \d/);
			expect(rule.offers.length).toBeGreaterThan(0);
		}
	});

	it('suggests only offers of the catalogue, each of which every rule names', () => {
		const ids = new Set(catalogue.map((o) => o.id));
		for (const rule of RULES) for (const ref of rule.offers) expect(ids, `${rule.id} → ${ref.id}`).toContain(ref.id);
	});

	it('suggests nothing when nothing is known', () => {
		expect(suggest(NOTHING, catalogue)).toEqual([]);
	});

	it.each(TABLE)('%s — %s', (rule, _label, facts, expected) => {
		expect(offers(facts)[rule] ?? []).toEqual(expected);
	});

	it('suggests RAV and the adult training path for the employable, placeable B1 speaker', () => {
		expect(Object.keys(offers({}))).toEqual(['rav', 'invol', 'berufsabschluss-erwachsene']);
	});

	it('never suggests an offer whose catalogue criteria the person misses or cannot be checked against', () => {
		// A deterministic grid over the facts the criteria look at (LCG, so any failure can be replayed).
		let seed = 1291;
		const pick = <T>(list: readonly T[]): T => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return list[seed % list.length] as T;
		};
		for (let i = 0; i < 3000; i++) {
			const facts: Facts = {
				...NOTHING,
				age: pick([null, 14, 15, 16, 17, 18, 24, 25, 26, 35, 36, 63, 64, 65, 70]),
				status: pick([null, ...STATUSES]),
				employable: pick(['', 'yes', 'partly', 'no'] as const),
				placeable: pick(['', 'yes', 'no', 'unclear'] as const),
				level: pick(['', ...LEVELS]),
				healthLimited: pick([null, true, false]),
				dailyStructureNeeded: pick(['', 'yes', 'no'] as const),
				childcareNeeded: pick(['', 'yes', 'no'] as const),
				workload: pick([null, 0, 40, 79, 80, 100]),
				inTraining: pick([true, false]),
				training: pick(TRAINING_STEPS)
			};
			for (const suggestion of suggest(facts, catalogue)) {
				for (const { offer } of suggestion.offers) {
					const result = criteria.check(offer.criteria, {
						age: facts.age,
						status: facts.status,
						level: facts.level,
						employable: facts.employable,
						placeable: facts.placeable
					});
					expect(result, `${suggestion.ruleId} → ${offer.id} for ${JSON.stringify(facts)}`).toEqual({
						misses: [],
						unknown: []
					});
				}
			}
		}
	});

	it('reads the criteria the canton office set in the catalogue, not a copy of its own', () => {
		const edited = catalogue.map((o) =>
			o.id === 'invol' ? { ...o, criteria: { ...o.criteria, minAge: 20, minLevel: 'A1' as const } } : o
		);
		expect(offers({ age: 19, level: 'A2' }, edited).invol).toBeUndefined();
		expect(offers({ age: 20, level: 'A1' }, edited).invol).toEqual(['invol']);
		const inactive = catalogue.map((o) => (o.id === 'rav-amm' ? { ...o, active: false } : o));
		expect(offers({}, inactive).rav).toBeUndefined();
		expect(
			offers(
				{},
				catalogue.filter((o) => o.id !== 'rav-amm')
			).rav
		).toBeUndefined();
	});

	it('explains a suggestion with the rule conditions and the catalogue criteria it met', () => {
		const suggestion = suggest({ ...BASE, placeable: 'unclear', level: 'A2' }, catalogue).find(
			(s) => s.ruleId === 'integration-arbeit'
		);
		expect(suggestion?.why).toContainEqual({ key: 'placeable', expected: ['no', 'unclear'], actual: 'unclear' });
		expect(suggestion?.why).toContainEqual({ key: 'workloadBelow', expected: FULL_TIME_WORKLOAD, actual: 0 });
		expect(suggestion?.offers[0]?.why).toContainEqual({ key: 'levelAtLeast', expected: 'A1', actual: 'A2' });
		expect(suggestion?.offers[0]?.why).toContainEqual({ key: 'ageBetween', expected: [18, 64], actual: 40 });
	});

	it('never lets an unknown fact satisfy a condition', () => {
		expect(holds('healthLimited', false, { ...BASE, healthLimited: null })).toBe(false);
		expect(holds('levelBelow', 'B1', { ...BASE, level: '' })).toBe(false);
		expect(holds('ageBetween', [null, null], { ...BASE, age: null })).toBe(false);
		expect(holds('workloadBelow', 80, { ...BASE, workload: null })).toBe(false);
	});

	it('never suggests an offer without criteria from a rule without conditions', () => {
		const open = [
			{
				...(catalogue[0] as Offer),
				id: 'x',
				criteria: { ...(catalogue[0] as Offer).criteria, minAge: null, statuses: [], maxLevel: '' as const }
			}
		];
		const rule = {
			id: 'x',
			title: 'x',
			explanation: 'x',
			basis: '',
			when: {},
			offers: [{ id: 'x', name: 'x', type: 'other' as const }]
		};
		expect(suggest(BASE, open, [rule])).toEqual([]);
		expect(conditions(rule.when)).toEqual([]);
	});

	it('tags measures with the rule that suggested them', () => {
		expect(source('rav')).toBe('allocation:rav');
	});
});
