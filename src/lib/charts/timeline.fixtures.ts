/** Test fixtures for the timeline: a measure with every field, as plan.measures() returns it. */
import { EMPTY_MEASURE, type Measure } from '$lib/model/plan';

export function addMeasureDefaults(values: Partial<Measure> & { id: string }): Measure {
	return { offerId: '', offerName: '', ...EMPTY_MEASURE, ...values };
}
