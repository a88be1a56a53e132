/**
 * Does a person meet an offer's access criteria (Zugangskriterien)? The plan shows the answer
 * as a warning when a measure is chosen, never as a block: the case manager may know more than
 * the recorded facts (a pending assessment, an exception agreed with the provider).
 *
 * Facts the case does not record yet (no assessment, no birth date) are reported as unknown,
 * not as misses, so a fresh case does not shout about criteria nobody could check.
 */
import type * as Y from 'yjs';
import * as assessment from './assessment';
import { rank, type Level } from './cefr';
import type { Criteria } from './offers';
import * as person from './person';
import * as residence from './residence';
import type { IsoDate } from './schema';

export interface PersonFacts {
	age: number | null;
	status: string | null;
	/** Overall local-language level of the latest assessment ('' = not assessed). */
	level: Level | '';
	employable: string;
	placeable: string;
}

export type Miss =
	| { criterion: 'age'; min: number | null; max: number | null; actual: number }
	| { criterion: 'status'; allowed: string[]; actual: string }
	| { criterion: 'minLevel'; required: Level; actual: Level }
	| { criterion: 'maxLevel'; target: Level; actual: Level }
	| { criterion: 'employability'; allowed: string[]; actual: string }
	| { criterion: 'placeable'; allowed: string[]; actual: string };

export type Unknown = 'age' | 'status' | 'level' | 'employability' | 'placeable';

export interface Check {
	misses: Miss[];
	unknown: Unknown[];
}

export function check(criteria: Criteria, facts: PersonFacts): Check {
	const misses: Miss[] = [];
	const unknown: Unknown[] = [];
	if (criteria.minAge !== null || criteria.maxAge !== null) {
		if (facts.age === null) unknown.push('age');
		else if (
			(criteria.minAge !== null && facts.age < criteria.minAge) ||
			(criteria.maxAge !== null && facts.age > criteria.maxAge)
		) {
			misses.push({ criterion: 'age', min: criteria.minAge, max: criteria.maxAge, actual: facts.age });
		}
	}
	if (criteria.statuses.length > 0) {
		if (!facts.status) unknown.push('status');
		else if (!criteria.statuses.includes(facts.status))
			misses.push({ criterion: 'status', allowed: criteria.statuses, actual: facts.status });
	}
	if (criteria.minLevel !== '' || criteria.maxLevel !== '') {
		if (facts.level === '') unknown.push('level');
		else {
			if (criteria.minLevel !== '' && rank(facts.level) < rank(criteria.minLevel)) {
				misses.push({ criterion: 'minLevel', required: criteria.minLevel, actual: facts.level });
			}
			// A course "up to B1" brings nothing to someone who already has B1.
			if (criteria.maxLevel !== '' && rank(facts.level) >= rank(criteria.maxLevel)) {
				misses.push({ criterion: 'maxLevel', target: criteria.maxLevel, actual: facts.level });
			}
		}
	}
	if (criteria.employability.length > 0) {
		if (facts.employable === '') unknown.push('employability');
		else if (!criteria.employability.includes(facts.employable)) {
			misses.push({ criterion: 'employability', allowed: criteria.employability, actual: facts.employable });
		}
	}
	if (criteria.placeable.length > 0) {
		if (facts.placeable === '') unknown.push('placeable');
		else if (!criteria.placeable.includes(facts.placeable))
			misses.push({ criterion: 'placeable', allowed: criteria.placeable, actual: facts.placeable });
	}
	return { misses, unknown };
}

/** Completed years of life on `on`; null if either date is missing. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number | null {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || !/^\d{4}-\d{2}-\d{2}$/.test(on)) return null;
	const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
	return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The facts of a case doc that criteria are checked against, on the day `on` (e.g. the planned start). */
export function factsOf(doc: Y.Doc, on: IsoDate): PersonFacts {
	const p = person.read(doc);
	const latest = assessment.latest(assessment.list(doc));
	return {
		age: ageOn(p.birthDate, on),
		status: residence.at(residence.list(doc), on) ?? residence.current(residence.list(doc)),
		level: latest ? assessment.overallLevel(latest) : '',
		employable: latest?.employable ?? '',
		placeable: latest ? assessment.placeability(latest) : ''
	};
}
