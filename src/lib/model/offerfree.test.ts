import { describe, expect, it } from 'vitest';
import { freeAt, type BookedPlace } from './offerfree';

const offer = { id: 'a1', capacities: [{ period: '2026-H2', from: '2026-07-01', to: '2026-12-31', places: 3 }] };
const other = { id: 'b1', capacities: [] };
const book = (status: BookedPlace['status'], start: string, end = '', offerId = 'a1'): BookedPlace => ({
	offerId,
	status,
	start,
	end
});

describe('free places in the offer menu', () => {
	it('counts registered, running and past places of the period; planned ones hold none', () => {
		const bookings = [
			book('registered', '2026-08-01'),
			book('running', '2026-05-01', '2026-09-30'),
			book('completed', '2026-07-01', '2026-07-31'),
			book('planned', '2026-08-01'),
			book('registered', '2026-08-01', '', 'b1')
		];
		const got = freeAt([offer, other], bookings, '2026-10-15').get('a1');
		expect(got).toMatchObject({ period: '2026-H2', places: 3, taken: 3, free: 0 });
	});

	it('ignores bookings outside the period and offers without a period for the date', () => {
		const got = freeAt([offer, other], [book('running', '2026-01-01', '2026-06-30')], '2026-10-15');
		expect(got.get('a1')?.free).toBe(3);
		expect(got.has('b1')).toBe(false);
		expect(freeAt([offer], [], '2027-02-01').size).toBe(0);
	});

	it('goes negative when overbooked', () => {
		const four = [1, 2, 3, 4].map(() => book('registered', '2026-07-01'));
		expect(freeAt([offer], four, '2026-07-01').get('a1')?.free).toBe(-1);
	});
});
