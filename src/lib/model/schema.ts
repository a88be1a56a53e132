/**
 * The shape of Lotse's Yjs docs: which top-level types exist in which doc. Every module in
 * model/ reads and writes through these accessors, so the layout is declared once.
 *
 * case/<id>              person (Y.Map), residence (Y.Array<Y.Map>), caseInfo (Y.Map),
 *                        journal (Y.Array<Y.Map>, body as Y.XmlFragment)
 * case/<id>/confidential notes (Y.Array<Y.Map>)
 * index/<agency>         cases (Y.Map<CaseSummary>), written by the server only
 */
import * as Y from 'yjs';

export const caseRoots = {
	person: (doc: Y.Doc) => doc.getMap<unknown>('person'),
	residence: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('residence'),
	caseInfo: (doc: Y.Doc) => doc.getMap<unknown>('caseInfo'),
	journal: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('journal')
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
