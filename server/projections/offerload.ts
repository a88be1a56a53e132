/**
 * The server's tally of offer utilisation: which measures of all cases (every agency of the
 * canton books on the same catalogue) take places on which offer period, against the places
 * the catalogue offers. Only the server sees every case, so the Ampel rule "measure on an
 * overbooked offer" is evaluated here, not in the browser.
 *
 * In memory: the measures per case (from the case summaries) and the capacities per canton
 * (from the offers docs). Updates report which offers changed between "fits" and "overbooked",
 * so that only the cases booked on them are re-evaluated.
 */
import type { FactMeasure, OfferUtilisation } from '../../src/lib/rules/facts';
import * as utilisation from '../../src/lib/rules/utilisation';

type Booked = Pick<FactMeasure, 'offerId' | 'status' | 'start' | 'end'>;

export class OfferLoad {
	#measures = new Map<string, Booked[]>();
	#offers = new Map<string, utilisation.OfferCapacities[]>();
	#current: OfferUtilisation = {};
	#overbooked = new Set<string>();

	get utilisation(): OfferUtilisation {
		return this.#current;
	}

	/** Loads the measures of many cases at once (start-up): one recompute, not one per case. */
	loadAll(cases: Iterable<readonly [string, readonly Booked[]]>): void {
		for (const [caseId, measures] of cases) {
			if (measures.length > 0)
				this.#measures.set(
					caseId,
					measures.map((m) => ({ offerId: m.offerId, status: m.status, start: m.start, end: m.end }))
				);
		}
		this.#recompute();
	}

	/** Replaces a case's measures; returns the offers whose overbooked state changed. */
	setMeasures(caseId: string, measures: readonly Booked[]): Set<string> {
		const before = JSON.stringify(this.#measures.get(caseId) ?? []);
		const next = measures.map((m) => ({ offerId: m.offerId, status: m.status, start: m.start, end: m.end }));
		if (JSON.stringify(next) === before) return new Set();
		if (next.length === 0) this.#measures.delete(caseId);
		else this.#measures.set(caseId, next);
		return this.#recompute();
	}

	/** Replaces the catalogue capacities of a canton; returns the offers whose state changed. */
	setOffers(canton: string, offers: utilisation.OfferCapacities[]): Set<string> {
		this.#offers.set(canton, offers);
		return this.#recompute();
	}

	/** Cases with a measure on one of `offerIds`. */
	casesOn(offerIds: ReadonlySet<string>): string[] {
		return [...this.#measures]
			.filter(([, list]) => list.some((m) => offerIds.has(m.offerId)))
			.map(([caseId]) => caseId);
	}

	#recompute(): Set<string> {
		const offers = [...this.#offers.values()].flat();
		this.#current = utilisation.compute(offers, [...this.#measures.values()].flat());
		const next = utilisation.overbooked(this.#current);
		const changed = new Set<string>();
		for (const key of next) if (!this.#overbooked.has(key)) changed.add(key.split('|')[0] as string);
		for (const key of this.#overbooked) if (!next.has(key)) changed.add(key.split('|')[0] as string);
		this.#overbooked = next;
		return changed;
	}
}
