/**
 * The reminders table: one row per reminder ever derived, unique by its key, so that a
 * reminder is sent once even across restarts and repeated scheduler runs.
 */
import type { Db } from '../db';
import type { Reminder } from '../../src/lib/rules/reminders';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS reminders (
	key TEXT PRIMARY KEY,
	case_id TEXT NOT NULL,
	user_id TEXT NOT NULL,
	kind TEXT NOT NULL,
	subject_id TEXT NOT NULL,
	due TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	sent_at INTEGER
);
CREATE INDEX IF NOT EXISTS reminders_user ON reminders(user_id, due);
`;

export interface StoredReminder {
	key: string;
	caseId: string;
	userId: string;
	kind: string;
	subjectId: string;
	due: string;
	createdAt: number;
	sentAt: number | null;
}

export class ReminderStore {
	#db: Db;
	#insert;
	#sent;
	#unsent;
	#ofUser;

	constructor(db: Db) {
		this.#db = db;
		db.exec(SCHEMA);
		this.#insert = db.prepare(
			'INSERT OR IGNORE INTO reminders (key, case_id, user_id, kind, subject_id, due, created_at) VALUES (@key, @caseId, @userId, @kind, @subjectId, @due, @at)'
		);
		this.#sent = db.prepare<[number, string]>('UPDATE reminders SET sent_at = ? WHERE key = ?');
		this.#unsent = db.prepare<[], Row>('SELECT * FROM reminders WHERE sent_at IS NULL ORDER BY due');
		this.#ofUser = db.prepare<[string, string], Row>(
			'SELECT * FROM reminders WHERE user_id = ? AND due >= ? ORDER BY due'
		);
	}

	/** Records reminders not seen before; returns how many were new. One transaction: one fsync, not one per row. */
	add(reminders: readonly Reminder[], at: number): number {
		return this.#db.transaction(() => {
			let added = 0;
			for (const r of reminders)
				added += this.#insert.run({
					key: r.key,
					caseId: r.caseId,
					userId: r.recipientId,
					kind: r.kind,
					subjectId: r.subjectId,
					due: r.due,
					at
				}).changes;
			return added;
		})();
	}

	unsent(): StoredReminder[] {
		return this.#unsent.all().map(toReminder);
	}

	markSent(keys: readonly string[], at: number): void {
		this.#db.transaction(() => {
			for (const key of keys) this.#sent.run(at, key);
		})();
	}

	/** Erasure: the case's reminders go (their keys and subjects are the person's tasks). */
	forget(caseId: string): void {
		this.#db.prepare('DELETE FROM reminders WHERE case_id = ?').run(caseId);
	}

	ofUser(userId: string, since: string): StoredReminder[] {
		return this.#ofUser.all(userId, since).map(toReminder);
	}
}

interface Row {
	key: string;
	case_id: string;
	user_id: string;
	kind: string;
	subject_id: string;
	due: string;
	created_at: number;
	sent_at: number | null;
}

function toReminder(row: Row): StoredReminder {
	return {
		key: row.key,
		caseId: row.case_id,
		userId: row.user_id,
		kind: row.kind,
		subjectId: row.subject_id,
		due: row.due,
		createdAt: row.created_at,
		sentAt: row.sent_at
	};
}
