/**
 * A case summary: the few fields lists, filters and dashboards need, derived from a case doc.
 * The server writes one per case into the agency's index doc; the browser mirrors them into
 * Dexie so lists open instantly and offline without loading thousands of full docs.
 */
import type * as Y from 'yjs';
import * as caseinfo from './caseinfo';
import * as journal from './journal';
import * as person from './person';
import * as residence from './residence';

export interface CaseSummary {
	id: string;
	lastName: string;
	firstName: string;
	birthDate: string;
	sex: string;
	nationality: string;
	zemis: string;
	status: string;
	entryDate: string;
	municipality: string;
	agencyId: string;
	managerId: string;
	phase: string;
	closed: boolean;
	lastJournalDate: string;
	journalCount: number;
	/** ms since epoch of the last change the server saw. */
	updatedAt: number;
}

export function summarize(caseId: string, doc: Y.Doc, updatedAt: number): CaseSummary {
	const p = person.read(doc);
	const info = caseinfo.read(doc);
	const entries = journal.list(doc);
	return {
		id: caseId,
		lastName: p.lastName,
		firstName: p.firstName,
		birthDate: p.birthDate,
		sex: p.sex,
		nationality: p.nationality,
		zemis: p.zemis,
		status: residence.current(residence.list(doc)) ?? '',
		entryDate: p.entryDate,
		municipality: p.municipality,
		agencyId: info.agencyId,
		managerId: info.managerId,
		phase: info.phase,
		closed: info.closedAt !== '',
		lastJournalDate: entries[0]?.date ?? '',
		journalCount: entries.length,
		updatedAt
	};
}

/** Summaries differ in more than their timestamp (avoids rewriting the index for nothing). */
export function differs(a: CaseSummary | undefined, b: CaseSummary): boolean {
	if (!a) return true;
	return (Object.keys(b) as (keyof CaseSummary)[]).some((key) => key !== 'updatedAt' && a[key] !== b[key]);
}
