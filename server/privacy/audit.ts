/**
 * The audit trail: one row per stored change of a case doc (attributed to user and agency at
 * write time, described by section and field), per opening of a confidential doc, and per
 * data-protection action (consent, share, handover, link, erasure, retention, admin).
 *
 * Append-only: there is no API to edit or delete rows and SQLite triggers refuse UPDATE and
 * DELETE. Rows hold ids and descriptions, never values of the case, so they hold no personal
 * data of the person concerned beyond the case id; that is why they survive the erasure of a
 * person (the record of who did what, including the erasure itself, is kept).
 */
import * as csv from '../../src/lib/shared/csv';
import * as docname from '../../src/lib/shared/docname';
import type { Db } from '../db';

export const AUDIT_ACTIONS = [
	'change',
	'open',
	'consent',
	'share',
	'handover',
	'link',
	'assess',
	'erase',
	'retention',
	'admin',
	'import'
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
	seq: number;
	at: number;
	userId: string | null;
	agencyId: string | null;
	caseId: string | null;
	doc: string | null;
	action: AuditAction;
	summary: string;
}

interface Row {
	seq: number;
	at: number;
	user_id: string | null;
	agency_id: string | null;
	case_id: string | null;
	doc: string | null;
	action: AuditAction;
	summary: string;
}

const toEntry = (r: Row): AuditEntry => ({
	seq: r.seq,
	at: r.at,
	userId: r.user_id,
	agencyId: r.agency_id,
	caseId: r.case_id,
	doc: r.doc,
	action: r.action,
	summary: r.summary
});

/** The case a doc belongs to, if any. */
export function caseOf(name: string | null): string | null {
	const doc = name ? docname.parse(name) : null;
	return doc && (doc.kind === 'case' || doc.kind === 'confidential') ? doc.caseId : null;
}

export class Audit {
	#db: Db;
	#insert;

	constructor(db: Db) {
		this.#db = db;
		this.#insert = db.prepare(
			'INSERT INTO audit (at, user_id, agency_id, case_id, doc, action, summary) VALUES (?, ?, ?, ?, ?, ?, ?)'
		);
	}

	append(entry: Omit<AuditEntry, 'seq' | 'caseId'> & { caseId?: string | null }): void {
		const caseId = entry.caseId ?? caseOf(entry.doc);
		this.#insert.run(
			entry.at,
			entry.userId,
			entry.agencyId,
			caseId,
			entry.doc,
			entry.action,
			entry.summary.slice(0, 2000)
		);
	}

	forCase(caseId: string, limit = 5000): AuditEntry[] {
		return this.#db
			.prepare<[string, number], Row>('SELECT * FROM audit WHERE case_id = ? ORDER BY seq DESC LIMIT ?')
			.all(caseId, limit)
			.map(toEntry);
	}

	forUser(userId: string, limit = 5000): AuditEntry[] {
		return this.#db
			.prepare<[string, number], Row>('SELECT * FROM audit WHERE user_id = ? ORDER BY seq DESC LIMIT ?')
			.all(userId, limit)
			.map(toEntry);
	}
}

const ACTION_NAMES: Record<AuditAction, string> = {
	change: 'Änderung',
	open: 'Geöffnet',
	consent: 'Einwilligung',
	share: 'Freigabe',
	handover: 'Fallübergabe',
	link: 'Abklärungslink',
	assess: 'Externe Abklärung',
	erase: 'Löschung',
	retention: 'Aufbewahrungsfrist',
	admin: 'Administration',
	import: 'Import'
};

function stamp(ms: number): string {
	const d = new Date(ms);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** CSV as Swiss Excel opens it, through the app's one CSV writer (formulas defused, see shared/csv.ts). */
export function toCsv(
	entries: readonly AuditEntry[],
	names: { user(id: string): string; agency(id: string): string }
): string {
	const header = ['Zeit', 'Benutzer/in', 'Stelle', 'Fall', 'Dokument', 'Aktion', 'Beschreibung'];
	const rows = entries.map((e) => [
		stamp(e.at),
		e.userId ? names.user(e.userId) : 'System',
		e.agencyId ? names.agency(e.agencyId) : '',
		e.caseId ?? '',
		e.doc ?? '',
		ACTION_NAMES[e.action] ?? e.action,
		e.summary
	]);
	return csv.toCsv([header, ...rows]);
}
