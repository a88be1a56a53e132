import { describe, expect, it } from 'vitest';
import { addMeasureDefaults } from './timeline.fixtures';
import {
	clampLabelX,
	domain,
	fitLabel,
	handoverMarks,
	layoutLanes,
	levelSteps,
	measureBars,
	milestoneMarks,
	packRows,
	ROW_HEIGHT,
	scale,
	situationBars,
	toDate
} from './timeline';
import { EMPTY as EMPTY_SITUATION } from '$lib/model/situation';

describe('timeline domain', () => {
	it('runs 5 years for recognized refugees and 7 for provisionally admitted persons', () => {
		expect(domain('2020-03-15', 'refugee', '2021-01-01')).toEqual([toDate('2020-03-15'), toDate('2025-03-15')]);
		expect(domain('2020-03-15', 'provisional', '2021-01-01')).toEqual([toDate('2020-03-15'), toDate('2027-03-15')]);
	});

	it('starts at arrival for status S', () => {
		expect(domain('2022-03-20', 'protectionS', '2023-01-01')).toEqual([toDate('2022-03-20'), toDate('2027-03-20')]);
	});

	it('stretches to today and to facts outside the span', () => {
		const [start, end] = domain('2018-01-01', 'refugee', '2026-05-01', ['2017-12-01']);
		expect(start).toEqual(toDate('2017-12-01'));
		expect(end).toEqual(toDate('2026-05-01'));
	});

	it('maps the domain onto the width', () => {
		const x = scale(domain('2020-01-01', 'refugee', '2020-02-01'), 1000);
		expect(x(toDate('2020-01-01'))).toBe(0);
		expect(x(toDate('2025-01-01'))).toBe(1000);
		expect(x(toDate('2022-07-02'))).toBeCloseTo(500, 0);
	});
});

describe('timeline layout', () => {
	it('packs overlapping intervals into separate rows and reuses free rows', () => {
		const rows = packRows(
			[
				{ from: '2021-01-01', to: '2021-06-30' },
				{ from: '2021-03-01', to: '2021-09-30' },
				{ from: '2021-07-01', to: '2021-12-31' },
				{ from: '2021-05-01', to: '' }
			],
			'2022-01-01'
		);
		expect(rows).toEqual([0, 1, 0, 2]);
	});

	it('draws measures planned against actual and flags late starts', () => {
		const bars = measureBars(
			[
				addMeasureDefaults({
					id: 'm1',
					offerName: 'Deutschkurs A1',
					plannedStart: '2021-01-01',
					plannedEnd: '2021-06-30',
					actualStart: '2021-03-15',
					actualEnd: '2021-09-01',
					status: 'completed'
				}),
				addMeasureDefaults({
					id: 'm2',
					offerName: 'integration.arbeit',
					plannedStart: '2022-01-01',
					plannedEnd: '2022-12-31',
					actualStart: '2022-01-05',
					status: 'running'
				}),
				addMeasureDefaults({
					id: 'm3',
					offerName: 'BIZ-Beratung',
					plannedStart: '2022-03-01',
					plannedEnd: '2022-03-31'
				}),
				addMeasureDefaults({ id: 'm4', offerName: 'ohne Datum' })
			],
			'2022-06-01'
		);
		expect(bars.map((b) => b.id)).toEqual(['m1', 'm2', 'm3']);
		const [m1, m2, m3] = bars;
		expect(m1).toMatchObject({
			planned: { from: '2021-01-01', to: '2021-06-30' },
			actual: { from: '2021-03-15', to: '2021-09-01' },
			late: true,
			row: 0
		});
		expect(m2).toMatchObject({ actual: { from: '2022-01-05', to: '2022-06-01' }, late: false, row: 0 });
		expect(m3).toMatchObject({ planned: { from: '2022-03-01', to: '2022-03-31' }, actual: null, row: 1 });
	});

	it('stacks lanes and grows a lane with its rows', () => {
		const { lanes, height } = layoutLanes({ measures: 3, work: 2 });
		expect(lanes.map((l) => l.id)).toEqual(['status', 'language', 'measures', 'work', 'events', 'milestones']);
		const measures = lanes.find((l) => l.id === 'measures')!;
		const work = lanes.find((l) => l.id === 'work')!;
		expect(measures.rows).toBe(3);
		expect(work.y).toBe(measures.y + measures.height);
		expect(measures.height).toBeGreaterThan(3 * ROW_HEIGHT);
		expect(height).toBe(lanes.reduce((sum, l) => sum + l.height, 0));
	});

	it('orders language levels over time and skips assessments without a level', () => {
		expect(
			levelSteps([
				{ date: '2022-01-01', level: 'A2' },
				{ date: '2021-01-01', level: 'A0' },
				{ date: '2021-06-01', level: '' }
			])
		).toEqual([
			{ date: '2021-01-01', level: 'A0', rank: 0 },
			{ date: '2022-01-01', level: 'A2', rank: 2 }
		]);
	});

	it('labels employment and education bars and stacks concurrent ones', () => {
		const bars = situationBars(
			[
				{
					...EMPTY_SITUATION,
					id: 'a',
					kind: 'employed',
					from: '2022-01-01',
					workload: 50,
					labourMarket: 'primary',
					employer: 'Bäckerei Gerber'
				},
				{ ...EMPTY_SITUATION, id: 'b', kind: 'apprenticeship', from: '2022-08-01', apprenticeship: 'EBA' }
			],
			'2023-01-01'
		);
		expect(bars.map((b) => [b.label, b.row])).toEqual([
			['Erwerbstätig, 50 %, Bäckerei Gerber', 0],
			['Lehre EBA', 1]
		]);
	});

	it('reads handovers defensively', () => {
		expect(handoverMarks(undefined)).toEqual([]);
		expect(handoverMarks([{ date: '2023-01-01', reason: 'Statuswechsel' }, { date: 'bad' }, null])).toEqual([
			{ id: 'handover-0', date: '2023-01-01', kind: 'handover', label: 'Fallübergabe: Statuswechsel' }
		]);
	});

	it('colours a missed milestone red', () => {
		const marks = milestoneMarks([
			{
				milestone: {
					id: 'x',
					label: 'X',
					description: '',
					tracks: ['refugee'],
					offsetMonths: 36,
					ageAtEntry: null,
					check: { kind: 'languageAtLeast', level: 'A1' },
					source: ''
				},
				due: '2023-01-01',
				state: 'missed',
				reason: 'verpasst'
			}
		]);
		expect(marks[0]!.color).toContain('danger');
	});
});

describe('timeline labels', () => {
	it('keeps a bar label inside its bar: whole, shortened with …, or left out', () => {
		const label = 'Deutschintegrationskurs A2 · abgeschlossen';
		expect(fitLabel(label, label.length * 10, 10)).toBe(label);
		expect(fitLabel(label, 100, 10)).toBe('Deutschin…');
		expect(fitLabel(label, 100, 10).length * 10).toBeLessThanOrEqual(100);
		expect(fitLabel(label, 35, 10)).toBe('');
	});

	it('clamps the today label inside the plot and hides it when today is scrolled away', () => {
		expect(clampLabelX(995, 40, 1000)).toBe(980);
		expect(clampLabelX(5, 40, 1000)).toBe(20);
		expect(clampLabelX(500, 40, 1000)).toBe(500);
		expect(clampLabelX(1001, 40, 1000)).toBeNull();
		expect(clampLabelX(-1, 40, 1000)).toBeNull();
	});
});
