/**
 * Offer capacity (Kapazitäten): per offer and capacity period, the places against the measures
 * of all plans that occupy one (registered or running) and those waiting (planned on a period
 * that is already full). Pure; the /capacity screen draws it, the server supplies the bookings.
 */
import type { MeasureStatus } from '$lib/model/plan';
import type { Offer } from '$lib/model/offers';

/** One measure of some plan on an offer, as the server projects it. */
export interface Booking {
	offerId: string;
	measureId: string;
	status: MeasureStatus;
	start: string;
	end: string;
	/** Only for cases the user may read; null otherwise (counted, not listed). */
	caseId: string | null;
	personName: string | null;
}

export interface Utilisation {
	offerId: string;
	offerName: string;
	provider: string;
	period: string;
	from: string;
	to: string;
	places: number;
	registered: number;
	running: number;
	/** Planned measures on a full period: they wait for a place. */
	waitlist: number;
	/** Planned measures while places are free. */
	planned: number;
	/** (registered + running) / places; Infinity with no places but bookings. */
	ratio: number;
	overbooked: boolean;
	bookings: Booking[];
}

/** A booking falls into a period when their date ranges overlap; undated bookings count for the current period. */
export function overlaps(b: Pick<Booking, 'start' | 'end'>, from: string, to: string, today: string): boolean {
	const start = b.start || today;
	const end = b.end || '9999-12-31';
	return start <= to && end >= from;
}

export function utilisation(offers: readonly Offer[], bookings: readonly Booking[], today: string): Utilisation[] {
	const rows: Utilisation[] = [];
	for (const offer of offers) {
		const mine = bookings.filter((b) => b.offerId === offer.id && b.status !== 'completed' && b.status !== 'aborted');
		for (const period of offer.capacities) {
			const inPeriod = mine.filter((b) => overlaps(b, period.from, period.to, today));
			const registered = inPeriod.filter((b) => b.status === 'registered').length;
			const running = inPeriod.filter((b) => b.status === 'running').length;
			const planned = inPeriod.filter((b) => b.status === 'planned').length;
			const occupied = registered + running;
			const full = occupied >= period.places;
			rows.push({
				offerId: offer.id,
				offerName: offer.name,
				provider: offer.provider,
				period: period.period,
				from: period.from,
				to: period.to,
				places: period.places,
				registered,
				running,
				waitlist: full ? planned : 0,
				planned: full ? 0 : planned,
				ratio: period.places > 0 ? occupied / period.places : occupied > 0 ? Infinity : 0,
				overbooked: occupied > period.places,
				bookings: inPeriod
			});
		}
	}
	return rows;
}

/** Periods that are running today or start later, sorted by offer name then start. */
export function current(rows: readonly Utilisation[], today: string): Utilisation[] {
	return rows
		.filter((r) => r.to >= today)
		.sort((a, b) => a.offerName.localeCompare(b.offerName, 'de-CH') || a.from.localeCompare(b.from));
}
