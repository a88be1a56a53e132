/**
 * Integration plan (Integrationsplan): goals with target dates, each linked to one of the five
 * IAS goals, and measures chosen from the offer catalogue (never retyped: the measure stores the
 * offer id, plus a copy of its name and provider for reading when the catalogue changes).
 */
import type * as Y from 'yjs';
import * as entries from './entries';
import { caseRoots, type IsoDate } from './schema';

export const IAS_GOALS = ['language', 'earlyChildhood', 'education', 'labourMarket', 'social'] as const;
export type IasGoal = (typeof IAS_GOALS)[number];

export interface Goal {
	id: string;
	text: string;
	iasGoal: IasGoal | '';
	targetDate: IsoDate;
	achieved: boolean;
}

export const MEASURE_STATUSES = ['planned', 'registered', 'running', 'completed', 'aborted'] as const; // geplant, angemeldet, laufend, abgeschlossen, abgebrochen
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export interface Measure {
	id: string;
	offerId: string;
	offerName: string;
	offerType: string;
	provider: string;
	goalId: string;
	plannedStart: IsoDate;
	plannedEnd: IsoDate;
	actualStart: IsoDate;
	actualEnd: IsoDate;
	status: MeasureStatus;
	/** Outcome: certificate obtained, language level reached. */
	certificate: string;
	levelReached: string;
	providerNote: string;
	personNote: string;
	cost: number | null;
	funding: string;
	/** Document ids (content hashes) attached to the measure. */
	attachments: string[];
	/** Where it came from, e.g. 'allocation:<rule id>' or 'conference:<id>'. */
	source: string;
}

export const EMPTY_MEASURE: Omit<Measure, 'id' | 'offerId' | 'offerName'> = {
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
	source: ''
};

export function goals(doc: Y.Doc): Goal[] {
	return caseRoots
		.goals(doc)
		.toArray()
		.map((map) => ({ text: '', iasGoal: '', targetDate: '', achieved: false, ...entries.toObject(map) }) as Goal)
		.sort((a, b) => a.targetDate.localeCompare(b.targetDate));
}

export function addGoal(doc: Y.Doc, values: Partial<Omit<Goal, 'id'>>, origin?: unknown, id?: string): string {
	return entries.add(
		doc,
		caseRoots.goals(doc),
		{ text: '', iasGoal: '', targetDate: '', achieved: false, ...values },
		origin,
		id
	);
}

export function updateGoal(doc: Y.Doc, id: string, values: Partial<Omit<Goal, 'id'>>, origin?: unknown): void {
	entries.update(doc, caseRoots.goals(doc), id, values, origin);
}

export function removeGoal(doc: Y.Doc, id: string, origin?: unknown): void {
	entries.remove(doc, caseRoots.goals(doc), id, origin);
}

export function measures(doc: Y.Doc): Measure[] {
	return caseRoots
		.measures(doc)
		.toArray()
		.map((map) => ({ offerId: '', offerName: '', ...EMPTY_MEASURE, ...entries.toObject(map) }) as Measure)
		.sort((a, b) => start(a).localeCompare(start(b)));
}

export function addMeasure(
	doc: Y.Doc,
	values: Pick<Measure, 'offerId' | 'offerName'> & Partial<Measure>,
	origin?: unknown,
	id?: string
): string {
	return entries.add(
		doc,
		caseRoots.measures(doc),
		{ ...EMPTY_MEASURE, ...values } as unknown as Record<string, entries.Plain>,
		origin,
		id
	);
}

export function updateMeasure(doc: Y.Doc, id: string, values: Partial<Omit<Measure, 'id'>>, origin?: unknown): void {
	entries.update(doc, caseRoots.measures(doc), id, values as Record<string, entries.Plain>, origin);
}

export function removeMeasure(doc: Y.Doc, id: string, origin?: unknown): void {
	entries.remove(doc, caseRoots.measures(doc), id, origin);
}

/** Actual start if known, else planned. */
export function start(m: Pick<Measure, 'actualStart' | 'plannedStart'>): IsoDate {
	return m.actualStart || m.plannedStart;
}

export function end(m: Pick<Measure, 'actualEnd' | 'plannedEnd'>): IsoDate {
	return m.actualEnd || m.plannedEnd;
}

/** A measure occupies a place on its offer while registered or running. */
export function occupiesPlace(m: Pick<Measure, 'status'>): boolean {
	return m.status === 'registered' || m.status === 'running';
}

/** What comes next: open measures by start date, then goals by target date. */
export function next(all: Measure[], today: IsoDate): Measure[] {
	return all
		.filter((m) => m.status !== 'completed' && m.status !== 'aborted' && (end(m) === '' || end(m) >= today))
		.sort((a, b) => start(a).localeCompare(start(b)));
}

/** One line of "Als Nächstes": a measure's next date (start or end) or a goal's target date. */
export type AgendaItem =
	| { kind: 'measure'; date: IsoDate; what: 'start' | 'end'; overdue: boolean; measure: Measure }
	| { kind: 'goal'; date: IsoDate; overdue: boolean; goal: Goal };

/**
 * What comes next, by date: for each open measure the next thing that should happen (a
 * planned or registered measure starts, a running one ends), and each open goal's target
 * date. Dates already past are kept and marked overdue: a measure that should have started
 * but was never updated is exactly what the case manager must see first.
 */
export function agenda(goals: Goal[], measures: Measure[], today: IsoDate): AgendaItem[] {
	const items: AgendaItem[] = [];
	for (const m of measures) {
		if (m.status === 'completed' || m.status === 'aborted') continue;
		const what = m.status === 'running' ? 'end' : 'start';
		const date = what === 'end' ? end(m) : start(m);
		if (date === '' && what === 'end') continue;
		items.push({ kind: 'measure', date, what, overdue: date !== '' && date < today, measure: m });
	}
	for (const g of goals) {
		if (g.achieved) continue;
		items.push({ kind: 'goal', date: g.targetDate, overdue: g.targetDate !== '' && g.targetDate < today, goal: g });
	}
	// Undated items last: they need a date before they can be next.
	return items.sort((a, b) => (a.date === '' ? 1 : 0) - (b.date === '' ? 1 : 0) || a.date.localeCompare(b.date));
}
