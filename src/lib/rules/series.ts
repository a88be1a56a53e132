/**
 * Reference dates for "an indicator over time": the ends of the last quarters before `at`,
 * then `at` itself, oldest first.
 */
import type { IsoDate } from '../model/schema';

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

export function quarterDates(at: IsoDate, count: number): IsoDate[] {
	const out: IsoDate[] = [at];
	let year = Number(at.slice(0, 4));
	let q = QUARTER_ENDS.length - 1;
	while (out.length < count) {
		const date = `${year}-${QUARTER_ENDS[q]}`;
		if (date < at) out.push(date);
		if (--q < 0) {
			q = QUARTER_ENDS.length - 1;
			year--;
		}
	}
	return out.reverse();
}
