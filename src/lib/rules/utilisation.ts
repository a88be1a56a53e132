/**
 * Offer utilisation: how many places of each offer period are taken by measures across all
 * cases of the canton. Pure; the server keeps the inputs (all case summaries + the offer
 * catalogue) and feeds the result to the Ampel rule "measure on an overbooked offer".
 */
import type { Capacity } from '../model/offers';
import type { IsoDate } from '../model/schema';
import { occupies, type FactMeasure, type OfferUtilisation, type PeriodLoad } from './facts';

export interface OfferCapacities {
	id: string;
	capacities: Capacity[];
}

/** A measure takes a place in every period its dates overlap (an open end overlaps all later ones). */
function overlaps(m: Pick<FactMeasure, 'start' | 'end'>, from: IsoDate, to: IsoDate): boolean {
	return m.start !== '' && m.start <= to && (m.end === '' || m.end >= from);
}

export function compute(
	offers: readonly OfferCapacities[],
	measures: Iterable<Pick<FactMeasure, 'offerId' | 'status' | 'start' | 'end'>>
): OfferUtilisation {
	const out: OfferUtilisation = {};
	const byOffer = new Map<string, Pick<FactMeasure, 'offerId' | 'status' | 'start' | 'end'>[]>();
	for (const m of measures) {
		if (!occupies(m) || !m.offerId) continue;
		const list = byOffer.get(m.offerId) ?? [];
		list.push(m);
		byOffer.set(m.offerId, list);
	}
	for (const offer of offers) {
		const taken = byOffer.get(offer.id) ?? [];
		out[offer.id] = offer.capacities.map((c) => ({
			period: c.period,
			from: c.from,
			to: c.to,
			places: c.places,
			booked: taken.filter((m) => overlaps(m, c.from, c.to)).length
		}));
	}
	return out;
}

/** The period of the offer that covers `date`, if any. */
export function periodAt(utilisation: OfferUtilisation, offerId: string, date: IsoDate): PeriodLoad | undefined {
	return utilisation[offerId]?.find((p) => p.from <= date && date <= p.to);
}

/** Keys 'offer|period' of the periods with more bookings than places. */
export function overbooked(utilisation: OfferUtilisation): Set<string> {
	const out = new Set<string>();
	for (const [offerId, periods] of Object.entries(utilisation)) {
		for (const p of periods) if (p.booked > p.places) out.add(`${offerId}|${p.period}`);
	}
	return out;
}
