/**
 * Potential assessment (Potenzialabklärung): a dated, standardized form. Every assessment is
 * kept; the latest one is the person's current profile, earlier ones show progress (e.g. the
 * local language from A1 to B1) relative to the entry date.
 *
 * Lives in case/<id> (`assessments`), except health limits on work capacity, which are
 * confidential and live in case/<id>/confidential (`health`, keyed by assessment id).
 */
import type * as Y from 'yjs';
import type { Level } from './cefr';
import * as entries from './entries';
import { caseRoots, confidentialRoots, type IsoDate } from './schema';

export const KINDS = ['short', 'deep', 'practical'] as const; // Kurzassessment, vertiefte Abklärung, Praxisassessment
export type Kind = (typeof KINDS)[number];

export const SKILLS = ['listening', 'reading', 'speaking', 'writing'] as const;
export type Skill = (typeof SKILLS)[number];

export const PATHWAYS = ['labourMarket', 'education1625', 'adultVocational', 'social', 'deferred'] as const;
export type Pathway = (typeof PATHWAYS)[number];

export type YesPartlyNo = 'yes' | 'partly' | 'no';
export type YesNo = 'yes' | 'no';
/**
 * Placeability (Vermittelbarkeit) has a third answer: 'unclear' — the plan (5.4.1/5.4.2) asks
 * for integration.arbeit first "bei fehlender Klarheit", so unclear is a result of its own.
 */
export const PLACEABILITY = ['yes', 'no', 'unclear'] as const;
export type Placeable = (typeof PLACEABILITY)[number];

export interface Diploma {
	title: string;
	recognition: 'recognized' | 'pending' | 'notRecognized' | 'unknown';
}

export interface WorkExperience {
	occupation: string;
	sector: string;
	years: number;
}

export interface Assessment {
	id: string;
	kind: Kind;
	date: IsoDate;
	assessor: string;
	// Languages
	firstLanguage: string;
	otherLanguages: string[];
	literateFirstLanguage: YesNo | '';
	literateLatinScript: YesNo | '';
	/** Local national language per CEFR skill. */
	localLanguage: Record<Skill, Level | ''>;
	levelMethod: 'test' | 'estimate' | '';
	levelDate: IsoDate;
	// Schooling, training, work
	schoolingYears: number | null;
	schoolingLevel: 'none' | 'primary' | 'lowerSecondary' | 'upperSecondary' | 'tertiary' | '';
	schoolingCountry: string;
	diplomas: Diploma[];
	vocationalTraining: string;
	workExperience: WorkExperience[];
	digitalSkills: 'none' | 'basic' | 'good' | '';
	drivingLicence: YesNo | '';
	// Life situation
	familySituation: string;
	childcareNeeded: YesNo | '';
	youngestChildAge: number | null;
	housing: string;
	mobility: string;
	socialContacts: YesPartlyNo | '';
	// The person's own view
	goals: string;
	wishes: string;
	availability: string;
	resources: string;
	barriers: string;
	// Result
	employable: YesPartlyNo | '';
	placeable: Placeable | '';
	/** The person cannot work for health reasons (the details are in the confidential doc). */
	healthLimited: boolean;
	/** Needs to build up a daily structure (Aufbau einer Tagesstruktur, Programm S 5.7.1). */
	dailyStructureNeeded: YesNo | '';
	pathway: Pathway | '';
	/** Offer ids from the catalogue. */
	recommendedOffers: string[];
	notes: string;
}

export const EMPTY: Omit<Assessment, 'id'> = {
	kind: 'short',
	date: '',
	assessor: '',
	firstLanguage: '',
	otherLanguages: [],
	literateFirstLanguage: '',
	literateLatinScript: '',
	localLanguage: { listening: '', reading: '', speaking: '', writing: '' },
	levelMethod: '',
	levelDate: '',
	schoolingYears: null,
	schoolingLevel: '',
	schoolingCountry: '',
	diplomas: [],
	vocationalTraining: '',
	workExperience: [],
	digitalSkills: '',
	drivingLicence: '',
	familySituation: '',
	childcareNeeded: '',
	youngestChildAge: null,
	housing: '',
	mobility: '',
	socialContacts: '',
	goals: '',
	wishes: '',
	availability: '',
	resources: '',
	barriers: '',
	employable: '',
	placeable: '',
	healthLimited: false,
	dailyStructureNeeded: '',
	pathway: '',
	recommendedOffers: [],
	notes: ''
};

export function list(doc: Y.Doc): Assessment[] {
	return caseRoots
		.assessments(doc)
		.toArray()
		.map((map) => ({ ...EMPTY, ...entries.toObject(map) }) as Assessment)
		.sort((a, b) => a.date.localeCompare(b.date));
}

export function latest(all: Assessment[]): Assessment | undefined {
	return all.filter((a) => a.date !== '').at(-1);
}

/** The dated assessment before the latest one: what the profile compares against. */
export function previous(all: Assessment[]): Assessment | undefined {
	return all.filter((a) => a.date !== '').at(-2);
}

/**
 * A new assessment starts from what rarely changes (languages spoken, schooling, work history,
 * family): the caseworker confirms those and records what is assessed anew — levels and results.
 */
export function carriedOver(from: Assessment | undefined): Partial<Omit<Assessment, 'id'>> {
	if (!from) return {};
	const {
		firstLanguage,
		otherLanguages,
		literateFirstLanguage,
		literateLatinScript,
		schoolingYears,
		schoolingLevel,
		schoolingCountry,
		diplomas,
		vocationalTraining,
		workExperience,
		drivingLicence,
		familySituation,
		youngestChildAge,
		housing,
		mobility
	} = from;
	return {
		firstLanguage,
		otherLanguages,
		literateFirstLanguage,
		literateLatinScript,
		schoolingYears,
		schoolingLevel,
		schoolingCountry,
		diplomas,
		vocationalTraining,
		workExperience,
		drivingLicence,
		familySituation,
		youngestChildAge,
		housing,
		mobility
	};
}

export function add(doc: Y.Doc, values: Partial<Omit<Assessment, 'id'>>, origin?: unknown, id?: string): string {
	return entries.add(
		doc,
		caseRoots.assessments(doc),
		{ ...EMPTY, ...values } as unknown as Record<string, entries.Plain>,
		origin,
		id
	);
}

export function update(doc: Y.Doc, id: string, values: Partial<Omit<Assessment, 'id'>>, origin?: unknown): void {
	entries.update(doc, caseRoots.assessments(doc), id, values as Record<string, entries.Plain>, origin);
}

export function remove(doc: Y.Doc, id: string, origin?: unknown): void {
	entries.remove(doc, caseRoots.assessments(doc), id, origin);
}

/**
 * The level used for indicators and rules: the lowest of the assessed skills (a person "has
 * A1" when every assessed skill is at least A1). Unassessed skills are ignored; '' if none.
 */
export function overallLevel(a: Pick<Assessment, 'localLanguage'>): Level | '' {
	const assessed = Object.values(a.localLanguage).filter((l): l is Level => l !== '');
	if (assessed.length === 0) return '';
	const order = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
	return assessed.reduce((min, l) => (order.indexOf(l) < order.indexOf(min) ? l : min));
}

/**
 * Placeability as the rules and criteria read it: an employable person whose placeability was
 * left open is "unclear" (fehlende Klarheit, Programm S 5.4.1) — not unknown, because the
 * question was asked and not answered; '' only when employability was not judged either.
 */
export function placeability(a: Pick<Assessment, 'employable' | 'placeable'>): Placeable | '' {
	if (a.placeable !== '') return a.placeable;
	return a.employable === 'yes' || a.employable === 'partly' ? 'unclear' : '';
}

/** Health limits on work capacity: confidential, one entry per assessment. */
export interface HealthLimit {
	id: string;
	assessmentId: string;
	workCapacityPercent: number | null;
	limits: string;
}

export function healthLimits(confidential: Y.Doc): HealthLimit[] {
	return confidentialRoots
		.health(confidential)
		.toArray()
		.map(
			(map) => ({ workCapacityPercent: null, limits: '', assessmentId: '', ...entries.toObject(map) }) as HealthLimit
		);
}

export function setHealthLimit(
	confidential: Y.Doc,
	assessmentId: string,
	values: Partial<Omit<HealthLimit, 'id' | 'assessmentId'>>,
	origin?: unknown
): void {
	const array = confidentialRoots.health(confidential);
	const existing = array.toArray().find((m) => m.get('assessmentId') === assessmentId);
	if (existing)
		entries.update(confidential, array, String(existing.get('id')), values as Record<string, entries.Plain>, origin);
	else
		entries.add(
			confidential,
			array,
			{ assessmentId, workCapacityPercent: null, limits: '', ...values } as Record<string, entries.Plain>,
			origin
		);
}
