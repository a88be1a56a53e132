import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as plan from './plan';

function doc() {
	return new Y.Doc();
}

describe('plan.agenda (Als Nächstes)', () => {
	it('orders open measures by their next date and goals by target date, marking the past overdue', () => {
		const d = doc();
		const g1 = plan.addGoal(d, { text: 'Deutsch A2', iasGoal: 'language', targetDate: '2027-03-31' });
		plan.addGoal(d, { text: 'Erreicht', iasGoal: 'social', targetDate: '2026-01-01', achieved: true });
		plan.addMeasure(d, {
			offerId: 'deutsch-a2',
			offerName: 'Deutsch A2',
			status: 'running',
			actualStart: '2026-08-17',
			plannedEnd: '2027-01-29'
		});
		plan.addMeasure(d, { offerId: 'biz-beratung', offerName: 'BIZ', status: 'planned', plannedStart: '2026-12-10' });
		plan.addMeasure(d, { offerId: 'bvj', offerName: 'BVJ', status: 'registered', plannedStart: '2026-11-01' });
		plan.addMeasure(d, {
			offerId: 'invol',
			offerName: 'INVOL',
			status: 'completed',
			actualStart: '2025-08-01',
			actualEnd: '2026-07-31'
		});
		plan.addMeasure(d, { offerId: 'rav-amm', offerName: 'RAV', status: 'planned' });

		const items = plan.agenda(plan.goals(d), plan.measures(d), '2026-11-30');
		expect(
			items.map((i) => (i.kind === 'goal' ? `goal:${i.goal.id === g1}` : `${i.measure.offerId}:${i.what}`))
		).toEqual(['bvj:start', 'biz-beratung:start', 'deutsch-a2:end', 'goal:true', 'rav-amm:start']);
		expect(items.map((i) => i.overdue)).toEqual([true, false, false, false, false]);
	});

	it('skips a running measure without an end date (nothing is due)', () => {
		const d = doc();
		plan.addMeasure(d, { offerId: 'x', offerName: 'X', status: 'running', actualStart: '2026-01-05' });
		expect(plan.agenda([], plan.measures(d), '2026-11-30')).toEqual([]);
	});
});

describe('plan.next', () => {
	it('keeps open measures that have not ended, by start date', () => {
		const d = doc();
		plan.addMeasure(d, { offerId: 'a', offerName: 'A', status: 'planned', plannedStart: '2027-02-01' });
		plan.addMeasure(d, {
			offerId: 'b',
			offerName: 'B',
			status: 'running',
			actualStart: '2026-09-01',
			plannedEnd: '2027-06-30'
		});
		plan.addMeasure(d, {
			offerId: 'c',
			offerName: 'C',
			status: 'running',
			actualStart: '2025-09-01',
			plannedEnd: '2026-06-30'
		});
		plan.addMeasure(d, { offerId: 'd', offerName: 'D', status: 'aborted', actualStart: '2026-09-01' });
		expect(plan.next(plan.measures(d), '2026-11-30').map((m) => m.offerId)).toEqual(['b', 'a']);
	});

	it('gives every stored field a default, so an older entry reads as a complete measure', () => {
		const d = doc();
		plan.addMeasure(d, { offerId: 'a', offerName: 'A' });
		const [m] = plan.measures(d);
		expect(m).toMatchObject({ status: 'planned', attachments: [], cost: null, provider: '' });
	});
});
