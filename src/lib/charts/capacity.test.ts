import { describe, expect, it } from 'vitest';
import { NO_CRITERIA, type Offer } from '$lib/model/offers';
import { current, utilisation, type Booking } from './capacity';

const offer: Offer = {
	id: 'o-dk',
	name: 'Deutschkurs A1',
	type: 'language',
	provider: 'Sprachschule Aare',
	description: '',
	criteria: NO_CRITERIA,
	capacities: [
		{ period: '2026-H1', from: '2026-01-01', to: '2026-06-30', places: 2 },
		{ period: '2026-H2', from: '2026-07-01', to: '2026-12-31', places: 3 }
	],
	location: '',
	costPerPlace: null,
	funding: '',
	active: true
};

let n = 0;
function booking(status: Booking['status'], start: string, end: string): Booking {
	return { offerId: 'o-dk', measureId: `m${++n}`, status, start, end, caseId: null, personName: null };
}

describe('offer capacity', () => {
	it('counts registered and running measures per period and marks an overbooked one', () => {
		const rows = utilisation(
			[offer],
			[
				booking('running', '2026-01-10', '2026-06-20'),
				booking('registered', '2026-02-01', '2026-05-31'),
				booking('registered', '2026-03-01', '2026-08-31'),
				booking('planned', '2026-04-01', '2026-06-30'),
				booking('completed', '2026-01-01', '2026-02-28'),
				booking('registered', '2026-09-01', '2026-12-20')
			],
			'2026-03-15'
		);
		const [h1, h2] = rows;
		expect(h1).toMatchObject({
			period: '2026-H1',
			places: 2,
			running: 1,
			registered: 2,
			waitlist: 1,
			planned: 0,
			overbooked: true
		});
		expect(h1!.ratio).toBe(1.5);
		expect(h2).toMatchObject({
			period: '2026-H2',
			places: 3,
			registered: 2,
			running: 0,
			waitlist: 0,
			overbooked: false
		});
	});

	it('keeps planned measures off the waitlist while places are free', () => {
		const [h1] = utilisation([offer], [booking('planned', '2026-02-01', '2026-03-01')], '2026-01-15');
		expect(h1).toMatchObject({ planned: 1, waitlist: 0, ratio: 0, overbooked: false });
	});

	it('shows the current and coming periods only', () => {
		const rows = utilisation([offer], [], '2026-08-01');
		expect(current(rows, '2026-08-01').map((r) => r.period)).toEqual(['2026-H2']);
	});
});
