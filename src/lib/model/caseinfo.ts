/**
 * The case around the person (Fall): responsible agency and case manager, phase, open/closed.
 * The server's case registry follows these fields (see server/projections/summaries.ts) and
 * decides access from its own copy, never from what a client claims.
 */
import * as Y from 'yjs';
import { caseRoots, str, type IsoDate } from './schema';

export const PHASES = ['intake', 'assessment', 'integration', 'stabilization', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export interface CaseInfo {
	agencyId: string;
	managerId: string;
	phase: Phase;
	openedAt: IsoDate;
	closedAt: IsoDate;
	/**
	 * The day the person was systematically invited to a personal talk (Programm S 1.2, 5.1);
	 * '' while not invited. A dated step of its own, so "invited but not yet seen" can be told
	 * from "seen" (the talk itself is a journal entry of type Erstinformation).
	 */
	invitedAt: IsoDate;
}

export function read(doc: Y.Doc): CaseInfo {
	const map = caseRoots.caseInfo(doc);
	const phase = str(map.get('phase'));
	return {
		agencyId: str(map.get('agencyId')),
		managerId: str(map.get('managerId')),
		phase: (PHASES as readonly string[]).includes(phase) ? (phase as Phase) : 'intake',
		openedAt: str(map.get('openedAt')),
		closedAt: str(map.get('closedAt')),
		invitedAt: str(map.get('invitedAt'))
	};
}

export function set<K extends keyof CaseInfo>(doc: Y.Doc, field: K, value: CaseInfo[K], origin?: unknown): void {
	const map = caseRoots.caseInfo(doc);
	if (map.get(field) === value) return;
	doc.transact(() => map.set(field, value), origin);
}

export function setAll(doc: Y.Doc, values: Partial<CaseInfo>, origin?: unknown): void {
	doc.transact(() => {
		for (const [field, value] of Object.entries(values)) caseRoots.caseInfo(doc).set(field, value);
	}, origin);
}
