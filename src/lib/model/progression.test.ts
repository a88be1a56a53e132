import { describe, expect, it } from 'vitest';
import { EMPTY, type Assessment } from './assessment';
import { monthsBetween } from './dates';
import { progression } from './progression';

const a = (id: string, date: string, level: Assessment['localLanguage']['listening']): Assessment => ({
	...EMPTY,
	id,
	date,
	localLanguage: { listening: level, reading: level, speaking: level, writing: '' }
});

describe('progression', () => {
	it('gives each assessment its overall level and the months since entry, oldest first', () => {
		const steps = progression([a('late', '2025-09-15', 'B1'), a('early', '2023-11-20', 'A1')], '2023-03-01');
		expect(steps).toEqual([
			{ assessmentId: 'early', date: '2023-11-20', months: 8, level: 'A1' },
			{ assessmentId: 'late', date: '2025-09-15', months: 30, level: 'B1' }
		]);
	});

	it('skips assessments without a date or without an assessed level', () => {
		expect(progression([a('x', '', 'A2'), a('y', '2024-01-01', '')], '2023-01-01')).toEqual([]);
	});

	it('uses the lowest skill as the overall level', () => {
		const mixed = {
			...a('m', '2024-01-01', 'B1'),
			localLanguage: { listening: 'B1', reading: 'A2', speaking: 'B2', writing: 'A1' }
		} as Assessment;
		expect(progression([mixed], '2023-01-01')[0]?.level).toBe('A1');
	});

	it('has no months without an entry date', () => {
		expect(progression([a('x', '2024-01-01', 'A1')], '')[0]?.months).toBeNull();
	});
});

describe('monthsBetween', () => {
	it.each([
		['2023-03-01', '2023-11-20', 8],
		['2023-03-31', '2023-04-30', 0],
		['2023-03-15', '2023-04-15', 1],
		['2023-03-15', '2025-09-14', 29],
		['2024-01-10', '2023-12-11', 0],
		['2024-01-10', '2023-12-10', -1]
	])('from %s to %s is %i', (from, to, months) => {
		expect(monthsBetween(from, to)).toBe(months);
	});
});
