import { describe, expect, it } from 'vitest';
import { EMPTY as EMPTY_ASSESSMENT } from '$lib/model/assessment';
import { EMPTY as EMPTY_SITUATION, type Situation } from '$lib/model/situation';
import { addMonths, evaluate, levelAt, trackOf, type Facts } from './milestones';

const a0 = { ...EMPTY_ASSESSMENT.localLanguage, listening: 'A0', speaking: 'A0' } as const;
const a1 = { listening: 'A1', reading: 'A2', speaking: 'A1', writing: '' } as const;

function facts(over: Partial<Facts> = {}): Facts {
	return {
		entryDate: '2020-03-15',
		birthDate: '1990-06-01',
		residence: [
			{ status: 'N', from: '2020-03-15' },
			{ status: 'F', from: '2020-09-01' }
		],
		assessments: [],
		situations: [],
		...over
	};
}

function job(from: string, labourMarket: Situation['labourMarket'], to = ''): Situation {
	return { ...EMPTY_SITUATION, id: from, kind: 'employed', from, to, labourMarket };
}

describe('milestones', () => {
	it('picks the track from the latest VA/Flü or S status', () => {
		expect(
			trackOf([
				{ status: 'N', from: '2020-01-01' },
				{ status: 'B-FL', from: '2020-06-01' }
			])
		).toBe('refugee');
		expect(
			trackOf([
				{ status: 'F', from: '2020-01-01' },
				{ status: 'B', from: '2027-06-01' }
			])
		).toBe('provisional');
		expect(trackOf([{ status: 'S', from: '2022-04-01' }])).toBe('protectionS');
		expect(trackOf([{ status: 'N', from: '2024-01-01' }])).toBeNull();
	});

	it('adds months and clamps to the end of the month', () => {
		expect(addMonths('2020-03-15', 36)).toBe('2023-03-15');
		expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
		expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
	});

	it('marks language A1 by year 3 as missed when the level is still A0 after the due date', () => {
		const result = evaluate(facts({ assessments: [{ date: '2022-01-10', localLanguage: a0 }] }), '2024-01-01');
		const language = result.find((e) => e.milestone.id === 'ias-language-a1')!;
		expect(language.due).toBe('2023-03-15');
		expect(language.state).toBe('missed');
		expect(language.reason).toContain('A0');
	});

	it('counts only assessments up to the due date: A1 reached after year 3 is still missed', () => {
		const late = evaluate(facts({ assessments: [{ date: '2023-06-01', localLanguage: a1 }] }), '2024-01-01');
		expect(late.find((e) => e.milestone.id === 'ias-language-a1')!.state).toBe('missed');
		const inTime = evaluate(facts({ assessments: [{ date: '2022-06-01', localLanguage: a1 }] }), '2024-01-01');
		expect(inTime.find((e) => e.milestone.id === 'ias-language-a1')!.state).toBe('met');
	});

	it('keeps a future milestone open until it is met', () => {
		const open = evaluate(facts({ assessments: [{ date: '2021-01-10', localLanguage: a0 }] }), '2022-01-01');
		expect(open.find((e) => e.milestone.id === 'ias-language-a1')!.state).toBe('open');
		const early = evaluate(facts({ assessments: [{ date: '2021-01-10', localLanguage: a1 }] }), '2022-01-01');
		expect(early.find((e) => e.milestone.id === 'ias-language-a1')!.state).toBe('met');
	});

	it('checks the primary labour market at 7 years, and only for persons aged 16–55 at entry', () => {
		const second = evaluate(facts({ situations: [job('2025-01-01', 'secondary')] }), '2028-01-01');
		expect(second.find((e) => e.milestone.id === 'ias-labour')!.state).toBe('missed');
		const primary = evaluate(facts({ situations: [job('2025-01-01', 'primary')] }), '2028-01-01');
		expect(primary.find((e) => e.milestone.id === 'ias-labour')!.state).toBe('met');
		const older = evaluate(facts({ birthDate: '1955-01-01' }), '2028-01-01');
		expect(older.some((e) => e.milestone.id === 'ias-labour')).toBe(false);
	});

	it('applies the education milestone to persons aged 16–25 at entry only', () => {
		const young = facts({ birthDate: '2002-01-01' });
		expect(evaluate(young, '2021-01-01').some((e) => e.milestone.id === 'ias-education')).toBe(true);
		expect(evaluate(facts(), '2021-01-01').some((e) => e.milestone.id === 'ias-education')).toBe(false);
		const inEba = {
			...young,
			situations: [
				{
					...EMPTY_SITUATION,
					id: 'x',
					kind: 'apprenticeship' as const,
					from: '2023-08-01',
					apprenticeship: 'EBA' as const
				}
			]
		};
		expect(evaluate(inEba, '2026-01-01').find((e) => e.milestone.id === 'ias-education')!.state).toBe('met');
	});

	it('draws the Programm S targets as reference markers, never red', () => {
		const s = evaluate(
			facts({ entryDate: '2022-04-01', residence: [{ status: 'S', from: '2022-04-01' }] }),
			'2026-01-01'
		);
		expect(s.map((e) => e.milestone.id)).toEqual(['programm-s-employment-50']);
		expect(s[0]!.state).toBe('reference');
		expect(s[0]!.due).toBe('2025-04-01');
	});

	it('takes the latest assessment on or before a date', () => {
		const list = [
			{ date: '2021-01-01', localLanguage: a0 },
			{ date: '2022-01-01', localLanguage: a1 }
		];
		expect(levelAt(list, '2021-06-01')).toBe('A0');
		expect(levelAt(list, '2022-01-01')).toBe('A1');
		expect(levelAt(list, '2020-01-01')).toBe('');
	});
});
