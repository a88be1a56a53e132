/**
 * Places per period (Kapazität): how many of an offer's places a set of measures takes in each
 * of its periods. Pure: the caller passes the measures (of one case, or of all cases the
 * server summarized), so the same figure is computed the same way wherever it is shown.
 */
import type { Capacity, Offer } from './offers';
import { end, occupiesPlace, start, type Measure } from './plan';
import type { IsoDate } from './schema';

export type Occupant = Pick<
	Measure,
	'offerId' | 'status' | 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd'
>;

export interface Usage {
	period: string;
	from: IsoDate;
	to: IsoDate;
	places: number;
	taken: number;
	/** Negative when overbooked. */
	free: number;
}

/** Half-year label of a date: '2026-H1' for January–June, '2026-H2' for July–December. */
export function halfYear(date: IsoDate): string {
	return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** The half-year periods from the year `first` to the year `last`, each with the same places. */
export function halfYears(first: number, last: number, places: number): Capacity[] {
	const out: Capacity[] = [];
	for (let year = first; year <= last; year++) {
		out.push({ period: `${year}-H1`, from: `${year}-01-01`, to: `${year}-06-30`, places });
		out.push({ period: `${year}-H2`, from: `${year}-07-01`, to: `${year}-12-31`, places });
	}
	return out;
}

/**
 * Whether the measure held a place on its offer during [from, to]. Registered and running
 * measures hold one; completed and aborted ones held one while they ran, so a past period
 * still shows how full it was. Planned measures hold none yet: planning is not booking.
 */
export function holdsPlace(m: Occupant, from: IsoDate, to: IsoDate): boolean {
	const held = occupiesPlace(m) || ((m.status === 'completed' || m.status === 'aborted') && m.actualStart !== '');
	if (!held) return false;
	const s = start(m);
	const e = end(m);
	// A measure without dates cannot be placed in time; an open end runs on.
	if (s === '') return false;
	return s <= to && (e === '' || e >= from);
}

export function usage(offer: Pick<Offer, 'id' | 'capacities'>, measures: Iterable<Occupant>): Usage[] {
	const mine = [...measures].filter((m) => m.offerId === offer.id);
	return offer.capacities.map((c) => {
		const taken = mine.filter((m) => holdsPlace(m, c.from, c.to)).length;
		return { period: c.period, from: c.from, to: c.to, places: c.places, taken, free: c.places - taken };
	});
}

/** The usage of the period covering `date`, or undefined if the offer defines none. */
export function usageAt(
	offer: Pick<Offer, 'id' | 'capacities'>,
	measures: Iterable<Occupant>,
	date: IsoDate
): Usage | undefined {
	return usage(offer, measures).find((u) => u.from <= date && date <= u.to);
}
