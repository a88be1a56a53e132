/**
 * A person as of a reference date: the few derived values every indicator predicate reads,
 * computed once per person and date so that 100,000 persons × 20 indicators stay fast.
 *
 * Population rules (documented in the indicator screen and the README):
 * - Status is the status AT the reference date from the dated residence periods: a person
 *   whose S became B during the period counts as B on a reference date after the change.
 * - A person who entered after the reference date, or who left the canton on or before it
 *   (leftCantonDate ≤ reference date), is not in any population.
 * - Each person counts once, whatever their household.
 */
import type { AssessmentFact, PersonFacts } from '../model/facts';
import type { IsoDate } from '../model/schema';
import { covers, fullYears } from './stichtag';

export interface Snapshot {
	facts: PersonFacts;
	/** The reference date; `from` starts the reporting period that ends on `at`. */
	at: IsoDate;
	from: IsoDate;
	inCanton: boolean;
	/** Completed years at `at`; -1 without birth date. */
	age: number;
	/** Completed years at entry; -1 without birth or entry date. */
	ageAtEntry: number;
	/** Completed years since entry at `at`; -1 without entry date. */
	yearsInCh: number;
	status: string;
	/** The latest assessment dated on or before `at`. */
	latest: AssessmentFact | undefined;
}

export function take(facts: PersonFacts, at: IsoDate, from: IsoDate): Snapshot {
	const entered = facts.entryDate !== '' && facts.entryDate <= at;
	const left = facts.leftCantonDate !== '' && facts.leftCantonDate <= at;
	const born = facts.birthDate !== '' && facts.birthDate <= at;
	return {
		facts,
		at,
		from,
		inCanton: entered && !left && born,
		age: facts.birthDate ? fullYears(facts.birthDate, at) : -1,
		ageAtEntry: facts.birthDate && facts.entryDate ? fullYears(facts.birthDate, facts.entryDate) : -1,
		yearsInCh: facts.entryDate ? fullYears(facts.entryDate, at) : -1,
		status: statusAt(facts, at),
		latest: latestAssessment(facts.assessments, at)
	};
}

function statusAt(facts: PersonFacts, date: IsoDate): string {
	let found = '';
	for (const period of facts.residence) if (covers(period.from, period.to, date)) found = period.status;
	return found;
}

function latestAssessment(all: AssessmentFact[], date: IsoDate): AssessmentFact | undefined {
	let found: AssessmentFact | undefined;
	for (const a of all) if (a.date <= date && (!found || a.date >= found.date)) found = a;
	return found;
}
