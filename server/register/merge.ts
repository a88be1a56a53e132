/**
 * How one register row meets a case doc. Pure (doc, row) → outcome; all writes in the caller's
 * one transaction, so a row lands fully or not at all.
 *
 * The register supplies; the caseworkers decide:
 * - a new case gets every field, the status from "Status seit" (else the entry date), the
 *   agency, phase "Erstgespräch" and today as opening date;
 * - an existing case only gets fields that are still EMPTY: anything a caseworker entered (or
 *   corrected) stays;
 * - a status is added to the history only when it is news: not the current status, not a
 *   period already recorded with that status and start, and newer than the latest recorded
 *   period (an older register fact never overrides what caseworkers recorded since). Without
 *   "Status seit", a status the case already had at any time is not news either; otherwise it
 *   starts today.
 * Hence importing the same file twice changes nothing the second time.
 */
import type * as Y from 'yjs';
import * as caseinfo from '../../src/lib/model/caseinfo';
import * as person from '../../src/lib/model/person';
import * as residence from '../../src/lib/model/residence';
import { caseRoots, type IsoDate } from '../../src/lib/model/schema';
import type { RegisterRow } from './parse';

export type Outcome = 'created' | 'updated' | 'unchanged';

const FROM_ROW: readonly person.PersonField[] = [
	'zemis',
	'lastName',
	'firstName',
	'birthDate',
	'sex',
	'nationality',
	'entryDate',
	'canton',
	'municipality'
];

export function isEmptyCase(doc: Y.Doc): boolean {
	return caseRoots.person(doc).size === 0 && caseRoots.caseInfo(doc).size === 0;
}

/** Writes the row into the doc (call inside a transaction); says what it did. */
export function merge(
	doc: Y.Doc,
	row: RegisterRow,
	context: { agencyId: string; today: IsoDate },
	origin?: unknown
): Outcome {
	if (isEmptyCase(doc)) {
		person.setAll(doc, Object.fromEntries(FROM_ROW.map((field) => [field, row[field]])), origin);
		residence.change(doc, row.status, row.statusFrom || row.entryDate, origin);
		caseinfo.setAll(
			doc,
			{
				agencyId: context.agencyId,
				managerId: '',
				phase: 'intake',
				openedAt: context.today,
				closedAt: '',
				invitedAt: ''
			},
			origin
		);
		return 'created';
	}
	let changed = false;
	const current = person.read(doc);
	for (const field of FROM_ROW) {
		if (current[field] === '' && row[field] !== '') {
			person.set(doc, field, row[field], origin);
			changed = true;
		}
	}
	const periods = residence.list(doc);
	if (statusIsNews(periods, row, context.today)) {
		residence.change(doc, row.status, statusStart(periods, row, context.today), origin);
		changed = true;
	}
	return changed ? 'updated' : 'unchanged';
}

type StatusFacts = Pick<RegisterRow, 'status' | 'statusFrom' | 'entryDate'>;

/** "Status seit" if given; else the entry date for a case without any status, else today. */
function statusStart(periods: residence.StatusPeriod[], row: StatusFacts, today: IsoDate): IsoDate {
	return row.statusFrom || (periods.length === 0 ? row.entryDate : today);
}

export function statusIsNews(periods: residence.StatusPeriod[], row: StatusFacts, today: IsoDate): boolean {
	if (residence.current(periods) === row.status) return false;
	if (!row.statusFrom && periods.some((p) => p.status === row.status)) return false;
	const from = statusStart(periods, row, today);
	if (periods.some((p) => p.status === row.status && p.from === from)) return false;
	const latest = periods.at(-1)?.from ?? '';
	return from > latest;
}
