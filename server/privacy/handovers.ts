/** The handover history (Fallübergabe) of cases: who handed what to whom, when, with which note. */
import crypto from 'node:crypto';
import { HANDOVER_READ_DAYS } from '../../src/lib/shared/access';
import type { Db } from '../db';

export interface ChecklistItem {
	label: string;
	done: boolean;
}

export interface Handover {
	id: string;
	caseId: string;
	fromAgency: string;
	fromManager: string | null;
	toAgency: string;
	toManager: string | null;
	reason: string;
	note: string;
	checklist: ChecklistItem[];
	byUser: string;
	at: number;
}

interface Row {
	id: string;
	case_id: string;
	from_agency: string;
	from_manager: string | null;
	to_agency: string;
	to_manager: string | null;
	reason: string;
	note: string;
	checklist: string;
	by_user: string;
	at: number;
}

function checklist(raw: string): ChecklistItem[] {
	const parsed: unknown = JSON.parse(raw);
	if (!Array.isArray(parsed)) return [];
	return parsed
		.filter((x): x is { label: unknown; done: unknown } => typeof x === 'object' && x !== null)
		.map((x) => ({ label: String(x.label), done: x.done === true }));
}

const toHandover = (r: Row): Handover => ({
	id: r.id,
	caseId: r.case_id,
	fromAgency: r.from_agency,
	fromManager: r.from_manager,
	toAgency: r.to_agency,
	toManager: r.to_manager,
	reason: r.reason,
	note: r.note,
	checklist: checklist(r.checklist),
	byUser: r.by_user,
	at: r.at
});

export class Handovers {
	#db: Db;

	constructor(db: Db) {
		this.#db = db;
	}

	record(h: Omit<Handover, 'id'>): Handover {
		const id = crypto.randomUUID();
		this.#db
			.prepare(
				`INSERT INTO handovers (id, case_id, from_agency, from_manager, to_agency, to_manager, reason, note, checklist, by_user, at)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				id,
				h.caseId,
				h.fromAgency,
				h.fromManager,
				h.toAgency,
				h.toManager,
				h.reason,
				h.note,
				JSON.stringify(h.checklist),
				h.byUser,
				h.at
			);
		return { ...h, id };
	}

	of(caseId: string): Handover[] {
		return this.#db
			.prepare<[string], Row>('SELECT * FROM handovers WHERE case_id = ? ORDER BY at')
			.all(caseId)
			.map(toHandover);
	}

	/** The access fact: `agencyId` handed this case over within the read-on period. */
	formerAgency(caseId: string, agencyId: string, now = Date.now()): boolean {
		const since = now - HANDOVER_READ_DAYS * 86_400_000;
		return (
			this.#db
				.prepare('SELECT 1 FROM handovers WHERE case_id = ? AND from_agency = ? AND at > ? LIMIT 1')
				.get(caseId, agencyId, since) !== undefined
		);
	}

	removeCase(caseId: string): void {
		this.#db.prepare('DELETE FROM handovers WHERE case_id = ?').run(caseId);
	}
}
