import { describe, expect, it } from 'vitest';
import { compute, overbooked, periodAt } from './utilisation';

const offers = [
	{
		id: 'o1',
		capacities: [
			{ period: '2026-H1', from: '2026-01-01', to: '2026-06-30', places: 2 },
			{ period: '2026-H2', from: '2026-07-01', to: '2026-12-31', places: 1 }
		]
	}
];

describe('offer utilisation', () => {
	it('counts registered and running measures in every period they overlap, not planned or closed ones', () => {
		const load = compute(offers, [
			{ offerId: 'o1', status: 'registered', start: '2026-03-01', end: '2026-05-31' },
			{ offerId: 'o1', status: 'running', start: '2026-06-01', end: '' },
			{ offerId: 'o1', status: 'planned', start: '2026-03-01', end: '' },
			{ offerId: 'o1', status: 'completed', start: '2026-03-01', end: '2026-04-01' },
			{ offerId: 'o2', status: 'running', start: '2026-03-01', end: '' }
		]);
		expect(load.o1!.map((p) => p.booked)).toEqual([2, 1]);
		expect(overbooked(load).size).toBe(0);
		expect(periodAt(load, 'o1', '2026-07-01')?.period).toBe('2026-H2');
	});

	it('marks a period with more bookings than places', () => {
		const load = compute(offers, [
			{ offerId: 'o1', status: 'registered', start: '2026-08-01', end: '' },
			{ offerId: 'o1', status: 'registered', start: '2026-09-01', end: '' }
		]);
		expect([...overbooked(load)]).toEqual(['o1|2026-H2']);
	});
});
