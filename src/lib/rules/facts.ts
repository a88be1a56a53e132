/**
 * What the Ampel rules and the reminders look at: a compact extract of a case doc. The case
 * summary carries these fields (see model/summary.ts), so rules can be re-evaluated for a new
 * day, on the server and offline in the browser, without loading a single case doc.
 */
import type { Level } from '../model/cefr';
import type { MeasureStatus } from '../model/plan';
import type { IsoDate } from '../model/schema';

export interface FactAssessment {
	date: IsoDate;
	/** Overall local-language level (lowest assessed skill), '' if not assessed. */
	level: Level | '';
	employable: 'yes' | 'partly' | 'no' | '';
	placeable: 'yes' | 'no' | 'unclear' | '';
	childcareNeeded: 'yes' | 'no' | '';
}

export interface FactSituation {
	kind: string;
	from: IsoDate;
	to: IsoDate;
	/** For apprenticeships and education: which step (model/situation trainingStep); absent otherwise. */
	apprenticeship?: string;
	educationType?: string;
}

/** A measure not completed or aborted. */
export interface FactMeasure {
	id: string;
	offerId: string;
	offerName: string;
	/** The catalogue type (model/offers TYPES), e.g. 'rav'; absent in summaries written before it was added. */
	offerType?: string;
	status: MeasureStatus;
	start: IsoDate;
	end: IsoDate;
}

/** A goal not achieved yet. */
export interface FactGoal {
	id: string;
	text: string;
	targetDate: IsoDate;
}

/** A task not done yet. */
export interface FactTask {
	id: string;
	title: string;
	due: IsoDate;
	assigneeId: string;
	/** Where the task came from (see model/provenance) and, for conference decisions, the conference date. */
	source?: string;
	sourceDate?: IsoDate;
}

export interface CaseFacts {
	birthDate: IsoDate;
	entryDate: IsoDate;
	/** Current residence status (N, F, F-FL, B-FL, S, B, C) or ''. */
	status: string;
	closed: boolean;
	openedAt: IsoDate;
	lastJournalDate: IsoDate;
	/** Day of the last edit of the case doc the server saw ('' for imported/seeded history). */
	lastEdit: IsoDate;
	/** The latest dated assessment. */
	assessment: FactAssessment | null;
	situations: FactSituation[];
	measures: FactMeasure[];
	goals: FactGoal[];
	tasks: FactTask[];
}

/** Places per offer and period, and how many are taken across all cases of the canton. */
export interface PeriodLoad {
	period: string;
	from: IsoDate;
	to: IsoDate;
	places: number;
	booked: number;
}

export type OfferUtilisation = Record<string, PeriodLoad[]>;

/** A situation entry in effect on `date`. */
export function activeSituation(facts: Pick<CaseFacts, 'situations'>, kind: string, date: IsoDate): boolean {
	return facts.situations.some((s) => s.kind === kind && inEffect(s, date));
}

export function inEffect(s: FactSituation, date: IsoDate): boolean {
	return s.from !== '' && s.from <= date && (s.to === '' || date <= s.to);
}

/** A measure occupies a place on its offer while registered or running. */
export function occupies(m: Pick<FactMeasure, 'status'>): boolean {
	return m.status === 'registered' || m.status === 'running';
}
