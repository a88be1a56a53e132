/**
 * What the allocation rules look at, on one day: age and residence status from the person,
 * results from the latest assessment, and what the dated situation history and the plan say
 * the person is doing. Pure: `today` comes in.
 */
import {
	overallLevel,
	placeability,
	type Assessment,
	type Pathway,
	type Placeable,
	type YesNo,
	type YesPartlyNo
} from '../model/assessment';
import type { Level } from '../model/cefr';
import * as dates from '../model/dates';
import * as residence from '../model/residence';
import type { Status } from '../model/residence';
import type { IsoDate } from '../model/schema';
import * as situation from '../model/situation';

export interface Facts {
	age: number | null;
	status: Status | null;
	employable: YesPartlyNo | '';
	/** See model/assessment placeability(): an open answer after employability was judged is 'unclear'. */
	placeable: Placeable | '';
	level: Level | '';
	healthLimited: boolean | null;
	dailyStructureNeeded: YesNo | '';
	childcareNeeded: YesNo | '';
	childcareArranged: boolean;
	pathway: Pathway | '';
	/** Sum of the workloads of the jobs in effect (both labour markets); null if one has no workload. */
	workload: number | null;
	ravRegistered: boolean;
	/** In an apprenticeship, a bridge programme, Sek II or tertiary education (not a language school). */
	inTraining: boolean;
	/** The furthest training step in progress or completed. */
	training: situation.TrainingStep;
	/** Offers the person attends, or has completed where completing is a step done (see REPEATABLE). */
	taken: string[];
}

/** Measure statuses that mean "attends it" (a planned measure is not yet, an aborted one no longer). */
const DOING = ['registered', 'running'];

/**
 * Offer types one goes back to: a RAV registration ends with the job search and starts again
 * with the next one, childcare follows the children. A completed course, programme or training
 * is a step done and is not suggested again.
 */
const REPEATABLE = ['rav', 'other'];

/**
 * "Not employable for health reasons" counts from either the assessment or a situation entry
 * in effect; so does childcare arranged (situation only).
 */
export function factsFrom(input: {
	birthDate: IsoDate;
	residence: residence.StatusPeriod[];
	latest: Assessment | undefined;
	situations: situation.Situation[];
	measures?: readonly { offerId: string; offerType: string; status: string }[];
	today: IsoDate;
}): Facts {
	const { latest, today } = input;
	const active = situation.activeAt(input.situations, today);
	const healthSituation = active.some((s) => s.kind === 'notEmployableHealth');
	const jobs = active.filter((s) => s.kind === 'employed');
	return {
		age: dates.age(input.birthDate, today),
		status: residence.at(input.residence, today),
		employable: latest?.employable ?? '',
		placeable: latest ? placeability(latest) : '',
		level: latest ? overallLevel(latest) : '',
		healthLimited: latest || healthSituation ? Boolean(latest?.healthLimited) || healthSituation : null,
		dailyStructureNeeded: latest?.dailyStructureNeeded ?? '',
		childcareNeeded: latest?.childcareNeeded ?? '',
		childcareArranged: active.some((s) => s.kind === 'childcareArranged'),
		pathway: latest?.pathway ?? '',
		workload: jobs.some((s) => s.workload === null) ? null : jobs.reduce((sum, s) => sum + (s.workload ?? 0), 0),
		ravRegistered: active.some((s) => s.kind === 'ravRegistered'),
		inTraining: active.some((s) => situation.trainingStep(s) !== null),
		training: situation.trainingReached(input.situations, today),
		taken: [
			...new Set(
				(input.measures ?? [])
					.filter((m) => DOING.includes(m.status) || (m.status === 'completed' && !REPEATABLE.includes(m.offerType)))
					.map((m) => m.offerId)
			)
		]
	};
}
