import { describe, expect, it } from 'vitest';
import { EMPTY, type Assessment } from '$lib/model/assessment';
import { factsFrom, holds, RULES, source, suggest, type Facts } from './allocation';

/** A person about whom nothing is known: no rule may fire. */
const NOTHING: Facts = {
	age: null,
	status: null,
	employable: '',
	placeable: '',
	level: '',
	healthLimited: null,
	childcareNeeded: '',
	childcareArranged: false,
	pathway: ''
};

/** A 40-year-old with status F, B1, employable and placeable, no health limits, no children. */
const BASE: Facts = {
	...NOTHING,
	age: 40,
	status: 'F',
	employable: 'yes',
	placeable: 'yes',
	level: 'B1',
	healthLimited: false,
	childcareNeeded: 'no'
};

const fired = (facts: Partial<Facts>) => suggest({ ...BASE, ...facts }).map((s) => s.ruleId);

describe('allocation rules', () => {
	it('declares unique ids, a title, an explanation and at least one condition and offer per rule', () => {
		expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
		for (const rule of RULES) {
			expect(rule.title.length).toBeGreaterThan(0);
			expect(rule.explanation.length).toBeGreaterThan(20);
			expect(Object.keys(rule.when).length).toBeGreaterThan(0);
			expect(rule.offers.length).toBeGreaterThan(0);
		}
	});

	it('suggests nothing when nothing is known', () => {
		expect(suggest(NOTHING)).toEqual([]);
	});

	// Each row: a rule, facts under which it fires, facts under which it does not.
	it.each<[string, Partial<Facts>, Partial<Facts>]>([
		[
			'kinderbetreuung-zuerst',
			{ childcareNeeded: 'yes', employable: 'partly' },
			{ childcareNeeded: 'yes', childcareArranged: true }
		],
		[
			'kinderbetreuung-zuerst',
			{ childcareNeeded: 'yes', employable: 'yes' },
			{ childcareNeeded: 'yes', employable: 'no' }
		],
		['deutsch-a1', { level: 'A0' }, { level: 'A1' }],
		['deutsch-a2', { level: 'A1' }, { level: 'A2' }],
		['deutsch-a2', { level: 'A1' }, { level: 'A0' }],
		['deutsch-b1', { level: 'A2' }, { level: 'B1' }],
		['deutsch-b1', { level: 'A2' }, { level: 'A1' }],
		['rav', {}, { placeable: 'no' }],
		['rav', {}, { employable: 'partly' }],
		['rav', {}, { healthLimited: true }],
		['integration-arbeit', { placeable: 'no' }, { placeable: 'yes' }],
		['integration-arbeit', { employable: 'partly', placeable: 'no' }, { employable: 'no', placeable: 'no' }],
		['integration-arbeit', { placeable: 'no', age: 18 }, { placeable: 'no', age: 17 }],
		['rav', { age: 64 }, { age: 65 }],
		['beschaeftigung', { healthLimited: true, employable: 'no' }, { healthLimited: false, employable: 'no' }],
		['biz-16-25', { age: 16 }, { age: 15 }],
		['biz-16-25', { age: 25 }, { age: 26 }],
		['integrationsjahr', { age: 19, level: 'A2' }, { age: 19, level: 'B2' }],
		['integrationsjahr', { age: 19, level: 'A2' }, { age: 30, level: 'A2' }],
		['invol', { age: 30, level: 'A2' }, { age: 36, level: 'A2' }],
		['invol', { age: 30, level: 'A2' }, { age: 30, level: 'A1' }],
		['berufsabschluss-erwachsene', { pathway: 'adultVocational' }, { pathway: 'labourMarket' }],
		['berufsabschluss-erwachsene', { pathway: 'adultVocational' }, { pathway: 'adultVocational', age: 22 }],
		['invost', { status: 'S', level: 'A2' }, { status: 'F', level: 'A2' }],
		['invost', { status: 'S', level: 'A2' }, { status: 'S', level: 'B1' }]
	])('%s fires for %j and not for %j', (ruleId, firing, notFiring) => {
		expect(fired(firing)).toContain(ruleId);
		expect(fired(notFiring)).not.toContain(ruleId);
	});

	it('suggests only RAV for the employable, placeable B1 speaker', () => {
		expect(fired({})).toEqual(['rav']);
	});

	it('explains a suggestion with every condition and the fact it held for', () => {
		const [first] = suggest({ ...BASE, placeable: 'no' });
		expect(first?.ruleId).toBe('integration-arbeit');
		expect(first?.why).toEqual([
			{ key: 'ageBetween', expected: [18, 64], actual: 40 },
			{ key: 'employable', expected: ['yes', 'partly'], actual: 'yes' },
			{ key: 'placeable', expected: ['no'], actual: 'no' },
			{ key: 'healthLimited', expected: false, actual: false }
		]);
	});

	it('never lets an unknown fact satisfy a condition', () => {
		expect(holds('healthLimited', false, { ...BASE, healthLimited: null })).toBe(false);
		expect(holds('levelBelow', 'B1', { ...BASE, level: '' })).toBe(false);
		expect(holds('ageBetween', [0, 200], { ...BASE, age: null })).toBe(false);
	});

	it('ignores a rule without conditions instead of firing it for everyone', () => {
		expect(suggest(BASE, [{ id: 'x', title: 'x', explanation: 'x', basis: '', when: {}, offers: [] }])).toEqual([]);
	});

	it('tags measures with the rule that suggested them', () => {
		expect(source('rav')).toBe('allocation:rav');
	});
});

describe('facts', () => {
	const assessment = (values: Partial<Assessment>): Assessment => ({ ...EMPTY, id: 'a', ...values });

	it('takes age and status at today, results from the latest assessment', () => {
		const facts = factsFrom({
			birthDate: '2005-06-01',
			residence: [
				{ id: '1', status: 'N', from: '2023-01-10', to: '2023-09-30' },
				{ id: '2', status: 'F', from: '2023-10-01', to: '' }
			],
			latest: assessment({
				date: '2026-01-01',
				employable: 'partly',
				placeable: 'no',
				localLanguage: { listening: 'B1', reading: 'A2', speaking: 'B1', writing: '' },
				pathway: 'education1625'
			}),
			situations: [],
			today: '2026-05-31'
		});
		expect(facts).toMatchObject({
			age: 20,
			status: 'F',
			employable: 'partly',
			placeable: 'no',
			level: 'A2',
			healthLimited: false,
			pathway: 'education1625',
			childcareArranged: false
		});
	});

	it('counts an open situation for health and for childcare', () => {
		const facts = factsFrom({
			birthDate: '1980-01-01',
			residence: [],
			latest: undefined,
			situations: [
				{
					id: 'h',
					kind: 'notEmployableHealth',
					from: '2025-01-01',
					to: '',
					workload: null,
					labourMarket: '',
					employer: '',
					apprenticeship: '',
					educationType: '',
					completed: false,
					note: ''
				},
				{
					id: 'c',
					kind: 'childcareArranged',
					from: '2024-01-01',
					to: '2024-12-31',
					workload: null,
					labourMarket: '',
					employer: '',
					apprenticeship: '',
					educationType: '',
					completed: false,
					note: ''
				}
			],
			today: '2026-01-01'
		});
		expect(facts.healthLimited).toBe(true);
		expect(facts.childcareArranged).toBe(false); // ended before today
		expect(fired({ ...facts })).toContain('beschaeftigung');
	});

	it('leaves health unknown without an assessment or a health situation', () => {
		expect(
			factsFrom({ birthDate: '', residence: [], latest: undefined, situations: [], today: '2026-01-01' }).healthLimited
		).toBeNull();
	});
});
