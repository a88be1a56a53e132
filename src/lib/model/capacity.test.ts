import { describe, expect, it } from 'vitest';
import * as capacity from './capacity';
import type { Occupant } from './capacity';

const offer = { id: 'integration-arbeit', capacities: capacity.halfYears(2026, 2026, 2) };

function m(values: Partial<Occupant>): Occupant {
	return {
		offerId: 'integration-arbeit',
		status: 'running',
		plannedStart: '',
		plannedEnd: '',
		actualStart: '',
		actualEnd: '',
		...values
	};
}

describe('capacity', () => {
	it('labels half-years and builds their periods', () => {
		expect(capacity.halfYear('2026-06-30')).toBe('2026-H1');
		expect(capacity.halfYear('2026-07-01')).toBe('2026-H2');
		expect(capacity.halfYears(2025, 2026, 8).map((c) => `${c.period} ${c.from}..${c.to}`)).toEqual([
			'2025-H1 2025-01-01..2025-06-30',
			'2025-H2 2025-07-01..2025-12-31',
			'2026-H1 2026-01-01..2026-06-30',
			'2026-H2 2026-07-01..2026-12-31'
		]);
	});

	it('counts registered and running measures in every period they overlap, and shows overbooking', () => {
		const measures = [
			m({ actualStart: '2026-03-01', plannedEnd: '2026-09-30' }), // both halves
			m({ status: 'registered', plannedStart: '2026-08-01', plannedEnd: '2027-01-31' }),
			m({ actualStart: '2026-10-01' }), // open end: runs on
			m({ status: 'planned', plannedStart: '2026-08-01' }), // planning is not booking
			m({ offerId: 'other', actualStart: '2026-08-01' })
		];
		expect(capacity.usage(offer, measures).map((u) => [u.period, u.taken, u.free])).toEqual([
			['2026-H1', 1, 1],
			['2026-H2', 3, -1]
		]);
		expect(capacity.usageAt(offer, measures, '2026-11-30')?.free).toBe(-1);
		expect(capacity.usageAt(offer, measures, '2028-01-01')).toBeUndefined();
	});

	it('keeps completed and aborted measures in the periods they actually ran', () => {
		const measures = [
			m({ status: 'completed', actualStart: '2026-01-10', actualEnd: '2026-05-31' }),
			m({ status: 'aborted', actualStart: '2026-02-01', actualEnd: '2026-07-15' }),
			m({ status: 'aborted', plannedStart: '2026-02-01' }) // never started: held nothing
		];
		expect(capacity.usage(offer, measures).map((u) => u.taken)).toEqual([2, 1]);
	});
});
