/**
 * Dated situation history (Erwerbs- und Ausbildungssituation): the per-person facts with from/to
 * dates that the indicators are computed from at any reference date. Entries may overlap (a
 * person can be employed 50 % and in education at once); an open entry has `to` = ''.
 */
import type * as Y from 'yjs';
import * as entries from './entries';
import { caseRoots, type IsoDate } from './schema';

export const KINDS = [
	'employed',
	'apprenticeship',
	'education',
	'ravRegistered',
	'notEmployableHealth',
	'childcareArranged',
	/** Receives social assistance (Sozialhilfe); decides the Programm S track (see rules/tracks.ts). */
	'socialAssistance'
] as const;
export type Kind = (typeof KINDS)[number];

export const APPRENTICESHIPS = ['INVOL', 'EBA', 'EFZ'] as const;
export const EDUCATION_TYPES = ['transitional', 'upperSecondary', 'tertiary', 'languageSchool', 'other'] as const;

export interface Situation {
	id: string;
	kind: Kind;
	from: IsoDate;
	/** Empty while ongoing. */
	to: IsoDate;
	/** employed: workload in percent. */
	workload: number | null;
	/** employed: primary (1st) or secondary (2nd, subsidised) labour market. */
	labourMarket: 'primary' | 'secondary' | '';
	employer: string;
	apprenticeship: (typeof APPRENTICESHIPS)[number] | '';
	educationType: (typeof EDUCATION_TYPES)[number] | '';
	/** Education or apprenticeship ended with a certificate. */
	completed: boolean;
	note: string;
}

export const EMPTY: Omit<Situation, 'id' | 'kind' | 'from'> = {
	to: '',
	workload: null,
	labourMarket: '',
	employer: '',
	apprenticeship: '',
	educationType: '',
	completed: false,
	note: ''
};

export function list(doc: Y.Doc): Situation[] {
	return caseRoots
		.situations(doc)
		.toArray()
		.map((map) => ({ ...EMPTY, ...entries.toObject(map) }) as Situation)
		.sort((a, b) => a.from.localeCompare(b.from));
}

export function add(
	doc: Y.Doc,
	values: Pick<Situation, 'kind' | 'from'> & Partial<Situation>,
	origin?: unknown,
	id?: string
): string {
	return entries.add(
		doc,
		caseRoots.situations(doc),
		{ ...EMPTY, ...values } as unknown as Record<string, entries.Plain>,
		origin,
		id
	);
}

export function update(doc: Y.Doc, id: string, values: Partial<Omit<Situation, 'id'>>, origin?: unknown): void {
	entries.update(doc, caseRoots.situations(doc), id, values as Record<string, entries.Plain>, origin);
}

export function remove(doc: Y.Doc, id: string, origin?: unknown): void {
	entries.remove(doc, caseRoots.situations(doc), id, origin);
}

/**
 * Steps towards a qualification, in order: a bridge programme (BVJ, Integrationsjahr), the
 * Integrationsvorlehre, then certifying training (EBA/EFZ apprenticeship, Sek II, tertiary).
 * Language schools and other courses are not a step. The allocation rules use this to never
 * suggest a step to someone who is on it or past it.
 */
export const TRAINING_STEPS = ['none', 'bridge', 'invol', 'certifying'] as const;
export type TrainingStep = (typeof TRAINING_STEPS)[number];

export function trainingStep(s: {
	kind: string;
	apprenticeship?: string;
	educationType?: string;
}): TrainingStep | null {
	if (s.kind === 'apprenticeship') return s.apprenticeship === 'INVOL' ? 'invol' : 'certifying';
	if (s.kind !== 'education') return null;
	if (s.educationType === 'transitional') return 'bridge';
	return s.educationType === 'upperSecondary' || s.educationType === 'tertiary' ? 'certifying' : null;
}

/** The furthest step in progress on `date` or completed by then; an aborted step does not count. */
export function trainingReached(all: Situation[], date: IsoDate): TrainingStep {
	let best = 0;
	for (const s of all) {
		const step = trainingStep(s);
		if (!step || s.from === '' || s.from > date) continue;
		const ongoing = s.to === '' || date <= s.to;
		if (ongoing || s.completed) best = Math.max(best, TRAINING_STEPS.indexOf(step));
	}
	return TRAINING_STEPS[best] as TrainingStep;
}

/** Entries in effect on `date` (from ≤ date ≤ to, open entries count as ongoing). */
export function activeAt(all: Situation[], date: IsoDate): Situation[] {
	return all.filter((s) => s.from !== '' && s.from <= date && (s.to === '' || date <= s.to));
}

/** One line of the combined dated history: a situation or a residence-status period. */
export interface HistoryItem {
	id: string;
	source: 'situation' | 'residence';
	from: IsoDate;
	to: IsoDate;
	situation?: Situation;
	status?: string;
}

/** Situations and residence-status periods in one list, most recent start first. */
export function combined(
	situations: Situation[],
	residence: { id: string; status: string; from: IsoDate; to: IsoDate }[]
): HistoryItem[] {
	const items: HistoryItem[] = [
		...situations.map((s) => ({ id: s.id, source: 'situation' as const, from: s.from, to: s.to, situation: s })),
		...residence.map((r) => ({ id: r.id, source: 'residence' as const, from: r.from, to: r.to, status: r.status }))
	];
	return items.sort((a, b) => b.from.localeCompare(a.from) || a.source.localeCompare(b.source));
}
