/**
 * The shape of Lotse's Yjs docs: which top-level types exist in which doc. Every module in
 * model/ reads and writes through these accessors, so the layout is declared once.
 *
 * case/<id>              person (Y.Map), residence (Y.Array<Y.Map>), caseInfo (Y.Map),
 *                        journal (Y.Array<Y.Map>, body as Y.XmlFragment),
 *                        assessments, situations, goals, measures, tasks (Y.Array<Y.Map>),
 *                        documents (Y.Array<Y.Map>, written by the server after the blob is stored),
 *                        handovers (Y.Array<Y.Map>, written by the server at a handover)
 * case/<id>/confidential notes, health (Y.Array<Y.Map>)
 * offers/<canton>        offers (Y.Map<id, Y.Map>)
 * index/<agency>         cases (Y.Map<CaseSummary>), written by the server only
 *
 * Entries in arrays are Y.Maps of plain values with an `id` (see entries.ts).
 */
import * as Y from 'yjs';

export const caseRoots = {
	person: (doc: Y.Doc) => doc.getMap<unknown>('person'),
	residence: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('residence'),
	caseInfo: (doc: Y.Doc) => doc.getMap<unknown>('caseInfo'),
	journal: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('journal'),
	assessments: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('assessments'),
	situations: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('situations'),
	goals: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('goals'),
	measures: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('measures'),
	tasks: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('tasks'),
	documents: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('documents'),
	/** Handover marks for the timeline (id, date, reason, from, to); written by the server only. */
	handovers: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('handovers')
};

export const confidentialRoots = {
	notes: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('notes'),
	health: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('health')
};

export const offerRoots = {
	offers: (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('offers')
};

export const indexRoots = {
	cases: (doc: Y.Doc) => doc.getMap<unknown>('cases')
};

/** ISO calendar date, YYYY-MM-DD: how every date is stored. Shown as dd.mm.yyyy. */
export type IsoDate = string;

export function str(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

/** A fresh random id for entries inside a doc (not for docs themselves). */
export function newId(): string {
	return crypto.randomUUID();
}
