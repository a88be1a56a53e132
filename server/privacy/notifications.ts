/** In-app notifications of a user (e.g. "a case was handed to you"), written by server services. */
import type { Db } from '../db';

export interface Notification {
	id: number;
	at: number;
	kind: string;
	caseId: string | null;
	text: string;
	read: boolean;
}

interface Row {
	id: number;
	at: number;
	kind: string;
	case_id: string | null;
	text: string;
	read_at: number | null;
}

export class Notifications {
	#db: Db;

	constructor(db: Db) {
		this.#db = db;
	}

	add(userId: string, kind: string, caseId: string | null, text: string, at = Date.now()): void {
		this.#db
			.prepare('INSERT INTO notifications (user_id, at, kind, case_id, text) VALUES (?, ?, ?, ?, ?)')
			.run(userId, at, kind, caseId, text);
	}

	/** The user's notifications, newest first (the latest 100). */
	of(userId: string): Notification[] {
		return this.#db
			.prepare<[string], Row>(
				'SELECT id, at, kind, case_id, text, read_at FROM notifications WHERE user_id = ? ORDER BY at DESC, id DESC LIMIT 100'
			)
			.all(userId)
			.map((r) => ({ id: r.id, at: r.at, kind: r.kind, caseId: r.case_id, text: r.text, read: r.read_at !== null }));
	}

	/** Marks the given notifications (or all when `ids` is null) of this user as read. */
	markRead(userId: string, ids: number[] | null, now = Date.now()): number {
		if (ids === null)
			return this.#db
				.prepare('UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL')
				.run(now, userId).changes;
		const mark = this.#db.prepare(
			'UPDATE notifications SET read_at = ? WHERE user_id = ? AND id = ? AND read_at IS NULL'
		);
		return this.#db.transaction(() => ids.reduce((sum, id) => sum + mark.run(now, userId, id).changes, 0))();
	}
}
