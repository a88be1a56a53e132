/**
 * Sessions: a random token given to the browser (cookie) or an API client (bearer / query
 * parameter). Only its SHA-256 is stored, so a leaked database does not leak live sessions.
 * A session ends at its absolute expiry or after `idleMs` without use.
 */
import crypto from 'node:crypto';
import type { Db } from '../db';
import type { Accounts, User } from './accounts';

export interface SessionPolicy {
	/** Absolute lifetime. */
	maxAgeMs: number;
	/** Ends after this long without a request or sync. */
	idleMs: number;
}

function digest(token: string): string {
	return crypto.createHash('sha256').update(token).digest('hex');
}

export class Sessions {
	#db: Db;
	#accounts: Accounts;
	#policy: SessionPolicy;

	#statements;

	constructor(db: Db, accounts: Accounts, policy: SessionPolicy) {
		this.#db = db;
		this.#accounts = accounts;
		this.#policy = policy;
		// Prepared once: resolve() runs on every request and every sync upgrade.
		this.#statements = {
			find: db.prepare<[string], { user_id: string; last_seen_at: number; expires_at: number }>(
				'SELECT user_id, last_seen_at, expires_at FROM sessions WHERE token_hash = ?'
			),
			drop: db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?'),
			seen: db.prepare<[number, string, number]>(
				'UPDATE sessions SET last_seen_at = ? WHERE token_hash = ? AND last_seen_at < ?'
			)
		};
	}

	get policy(): SessionPolicy {
		return this.#policy;
	}

	create(userId: string, now = Date.now()): string {
		const token = crypto.randomBytes(32).toString('base64url');
		this.#db
			.prepare(
				'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)'
			)
			.run(digest(token), userId, now, now, now + this.#policy.maxAgeMs);
		return token;
	}

	/** The signed-in user for a token, or undefined if it is unknown, expired, idle or disabled. */
	/**
	 * `touch: false` is for re-checks of open sync connections: looking a session up must not
	 * count as activity, or an idle tab would keep its session alive forever.
	 */
	resolve(token: string | null | undefined, now = Date.now(), touch = true): User | undefined {
		if (!token || token.length > 256) return undefined;
		const hash = digest(token);
		const row = this.#statements.find.get(hash);
		if (!row) return undefined;
		if (now >= row.expires_at || now - row.last_seen_at >= this.#policy.idleMs) {
			this.#statements.drop.run(hash);
			return undefined;
		}
		const user = this.#accounts.user(row.user_id);
		if (!user || user.disabled) return undefined;
		// Touch at most once a minute: a write per request would cost more than it tells.
		if (touch && now - row.last_seen_at > 60_000) {
			this.#statements.seen.run(now, hash, now - 60_000);
		}
		return user;
	}

	/** Marks the session as used now (at most one write a minute). */
	touch(token: string, now = Date.now()): void {
		this.#statements.seen.run(now, digest(token), now - 60_000);
	}

	revoke(token: string): void {
		this.#db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(digest(token));
	}

	revokeAllOf(userId: string): void {
		this.#db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
	}
}
