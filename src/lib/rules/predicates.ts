/**
 * Small composable conditions on a person as of a reference date. Each carries the German text
 * shown next to the figure, so the screen explains exactly what the code counts.
 */
import { atLeast, type Level } from '../model/cefr';
import type { Snapshot } from './snapshot';
import { covers, overlaps } from './stichtag';

export interface Predicate {
	text: string;
	test: (s: Snapshot) => boolean;
}

/** VA/Flü: provisionally admitted (F) and recognised refugees (F-FL, B-FL). */
export const VA_FLUE = ['F', 'F-FL', 'B-FL'] as const;

/**
 * Offer types of the catalogue (src/lib/model/offers.ts TYPES) behind the participation counts
 * of Programm S measure 2.1 and the KIP counts. 'counselling' and 'other' count only towards
 * "supported towards training/work readiness".
 */
export const OFFER_GROUPS = {
	german: ['language'],
	ami: ['labourIntegration', 'occupation'],
	education: ['education', 'vocational'],
	amm: ['rav'],
	readiness: ['labourIntegration', 'occupation', 'education', 'vocational', 'rav', 'counselling']
} as const satisfies Record<string, readonly string[]>;

/** A measure counts as participation once it started: running, completed or aborted after start. */
export const PARTICIPATING = ['running', 'completed', 'aborted'] as const;

/** Compulsory school (HarmoS, 1st Kindergarten year) starts at 4 in canton Solothurn. */
export const SCHOOL_ENTRY_AGE = 4;

export function all(...parts: Predicate[]): Predicate {
	return { text: parts.map((p) => p.text).join('; '), test: (s) => parts.every((p) => p.test(s)) };
}

export function statusIn(statuses: readonly string[], label: string): Predicate {
	return { text: `Status am Stichtag ${label} (${statuses.join(', ')})`, test: (s) => statuses.includes(s.status) };
}

export function ageBetween(min: number, max: number): Predicate {
	return { text: `am Stichtag ${min}–${max} Jahre alt`, test: (s) => s.age >= min && s.age <= max };
}

export function ageAtEntryBetween(min: number, max: number): Predicate {
	return { text: `bei der Einreise ${min}–${max} Jahre alt`, test: (s) => s.ageAtEntry >= min && s.ageAtEntry <= max };
}

export function yearsInChAtLeast(years: number): Predicate {
	return {
		text: `Einreise mindestens ${years} Jahre vor dem Stichtag (genau ${years} Jahre zählt)`,
		test: (s) => s.yearsInCh >= years
	};
}

export const enteredInPeriod: Predicate = {
	text: 'Einreise im Zeitraum',
	test: (s) => s.facts.entryDate >= s.from && s.facts.entryDate <= s.at
};

export const firstInformationInPeriod: Predicate = {
	text: 'Erstinformation (Falleröffnung) im Zeitraum',
	test: (s) => s.facts.openedAt !== '' && s.facts.openedAt >= s.from && s.facts.openedAt <= s.at
};

export function latestLevelAtLeast(level: Level): Predicate {
	return {
		text: `letzte Abklärung bis zum Stichtag: Lokalsprache mindestens ${level} in jedem beurteilten Bereich`,
		test: (s) => s.latest !== undefined && atLeast(s.latest.level, level)
	};
}

export const socialContacts: Predicate = {
	text: 'letzte Abklärung bis zum Stichtag: soziale Kontakte «ja»',
	test: (s) => s.latest?.socialContacts === 'yes'
};

/** Certifying upper-secondary (EBA, EFZ, Mittelschule) or a transitional programme (INVOL, Brückenangebot). */
export const inOrCompletedUpperSecondary: Predicate = {
	text: 'am Stichtag in Lehre (INVOL, EBA, EFZ), Brückenangebot oder Sekundarstufe II, oder eine solche abgeschlossen',
	test: (s) =>
		s.facts.situations.some((x) => {
			const certifying =
				x.kind === 'apprenticeship' ||
				(x.kind === 'education' && (x.educationType === 'upperSecondary' || x.educationType === 'transitional'));
			if (!certifying) return false;
			return covers(x.from, x.to, s.at) || (x.completed && x.to !== '' && x.to <= s.at);
		})
};

/** An employment with labour market left empty counts as 1st labour market; only 'secondary' is excluded. */
export const employedPrimary: Predicate = {
	text: 'am Stichtag erwerbstätig im 1. Arbeitsmarkt',
	test: (s) =>
		s.facts.situations.some(
			(x) => x.kind === 'employed' && x.labourMarket !== 'secondary' && covers(x.from, x.to, s.at)
		)
};

/** Programm S employment rate: any employment or apprenticeship (both are work contracts). */
export const employedOrApprentice: Predicate = {
	text: 'am Stichtag erwerbstätig (auch 2. Arbeitsmarkt) oder in einer Lehre',
	test: (s) =>
		s.facts.situations.some((x) => (x.kind === 'employed' || x.kind === 'apprenticeship') && covers(x.from, x.to, s.at))
};

export const employedInPeriod: Predicate = {
	text: 'im Zeitraum erwerbstätig (on the job)',
	test: (s) => s.facts.situations.some((x) => x.kind === 'employed' && overlaps(x.from, x.to, s.from, s.at))
};

export function measureInPeriod(types: readonly string[], label: string): Predicate {
	return {
		text: `${label} im Zeitraum besucht (Angebotstyp ${types.join(', ')}; begonnen)`,
		test: (s) =>
			s.facts.measures.some(
				(m) =>
					types.includes(m.offerType) &&
					(PARTICIPATING as readonly string[]).includes(m.status) &&
					overlaps(m.start, m.end, s.from, s.at)
			)
	};
}

export const reachedSchoolEntry: Predicate = {
	text: `bei der Einreise 0–${SCHOOL_ENTRY_AGE} Jahre alt und am Stichtag im Kindergartenalter (${SCHOOL_ENTRY_AGE}–${SCHOOL_ENTRY_AGE + 1} Jahre)`,
	test: (s) =>
		s.ageAtEntry >= 0 && s.ageAtEntry <= SCHOOL_ENTRY_AGE && s.age >= SCHOOL_ENTRY_AGE && s.age <= SCHOOL_ENTRY_AGE + 1
};

export const preSchool: Predicate = {
	text: `am Stichtag im Vorschulalter (0–${SCHOOL_ENTRY_AGE - 1} Jahre)`,
	test: (s) => s.age >= 0 && s.age < SCHOOL_ENTRY_AGE
};

export const schoolingOver6: Predicate = {
	text: 'Schulbildung über 6 Jahre',
	test: (s) => (s.latest?.schoolingYears ?? 0) > 6
};
export const notLiterate: Predicate = {
	text: 'nicht alphabetisiert (weder Erstsprache noch lateinische Schrift)',
	test: (s) => s.latest?.literate === 'no'
};
export const potential: Predicate = {
	text: 'Potenzial für Ausbildung oder Arbeit (letzte Abklärung: erwerbsfähig «ja» oder «teilweise»)',
	test: (s) => s.latest?.employable === 'yes' || s.latest?.employable === 'partly'
};
export const littleWorkExperience: Predicate = {
	text: 'höchstens 1 Jahr Berufserfahrung (letzte Abklärung)',
	test: (s) => s.latest !== undefined && s.latest.workYears <= 1
};
