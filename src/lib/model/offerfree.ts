/**
 * Free places per offer for the plan's offer menu: the server's bookings across all plans
 * (/api/capacity) counted with the same rule as everywhere else (model/capacity.ts), for the
 * capacity period covering one date. Pure; the menu shows the figure only when it has one.
 */
import { usageAt, type Usage } from './capacity';
import type { Offer } from './offers';
import type { MeasureStatus } from './plan';
import type { IsoDate } from './schema';

/** A booking as the projection sends it: start and end are already "actual, else planned". */
export interface BookedPlace {
	offerId: string;
	status: MeasureStatus;
	start: IsoDate;
	end: IsoDate;
}

/** Usage of each offer's period covering `date`, by offer id; offers without such a period are left out. */
export function freeAt(
	offers: readonly Pick<Offer, 'id' | 'capacities'>[],
	bookings: readonly BookedPlace[],
	date: IsoDate
): Map<string, Usage> {
	const occupants = bookings.map((b) => ({
		offerId: b.offerId,
		status: b.status,
		plannedStart: b.start,
		plannedEnd: b.end,
		actualStart: b.start,
		actualEnd: b.end
	}));
	const out = new Map<string, Usage>();
	for (const offer of offers) {
		const found = usageAt(offer, occupants, date);
		if (found) out.set(offer.id, found);
	}
	return out;
}
