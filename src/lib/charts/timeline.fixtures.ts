/** Test fixtures for the timeline: a measure with every field, as plan.measures() returns it. */
import type { Measure } from '$lib/model/plan';

export function addMeasureDefaults(values: Partial<Measure> & { id: string }): Measure {
	return {
		offerId: '',
		offerName: '',
		offerType: '',
		provider: '',
		goalId: '',
		plannedStart: '',
		plannedEnd: '',
		actualStart: '',
		actualEnd: '',
		status: 'planned',
		certificate: '',
		levelReached: '',
		providerNote: '',
		personNote: '',
		cost: null,
		funding: '',
		attachments: [],
		source: '',
		...values
	};
}
