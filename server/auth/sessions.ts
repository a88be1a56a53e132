/**
 * Sessions: a random token given to the browser (cookie) or an API client (bearer / query
 * parameter). Only its SHA-256 is stored, so a leaked database does not leak live sessions.
 * A session ends at its absolute expiry or after `idleMs` without use; whoever holds something
 * open for a session (the sync endpoint's sockets) hears about its end through `onEnded`.
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

/** Why sessions ended: one session (sign-out, expiry) or every session of a user (disabled). */
export type SessionEnd = { token: string; reason: string } | { userId: string; reason: string };

/** A live session as stored, without counting the lookup as use. */
export interface SessionState {
	user: User;
	/** When it ends unless used again: absolute expiry or idle timeout, whichever comes first. */
	endsAt: number;
	lastSeenAt: number;
}

export class Sessions {
	#db: Db;
	#accounts: Accounts;
	#policy: SessionPolicy;
	#touchEveryMs: number;
	#ended = new Set<(end: SessionEnd) => void>();

	#statements;

	constructor(db: Db, accounts: Accounts, policy: SessionPolicy) {
		this.#db = db;
		this.#accounts = accounts;
		this.#policy = policy;
		// A write per request would cost more than it tells, so use is recorded at most this often;
		// at least four times per idle period, so an active session never idles out between two
		// recordings (with a one-minute idle limit: every 15 s).
		this.#touchEveryMs = Math.min(60_000, Math.floor(policy.idleMs / 4));
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

	/** Use of a session is written at most this often (see the constructor). */
	get touchEveryMs(): number {
		return this.#touchEveryMs;
	}

	/**
	 * Subscribes to sessions ending by an act (sign-out, disabling) or found expired, so that
	 * whoever holds something open for a session (sync sockets) can end it at once.
	 */
	onEnded(listener: (end: SessionEnd) => void): () => void {
		this.#ended.add(listener);
		return () => this.#ended.delete(listener);
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

	/**
	 * The signed-in user for a token, or undefined if it is unknown, expired, idle or disabled.
	 * `touch: false` is for re-checks of open sync connections: looking a session up must not
	 * count as activity, or an idle tab would keep its session alive forever.
	 */
	resolve(token: string | null | undefined, now = Date.now(), touch = true): User | undefined {
		const state = this.state(token, now);
		// The clock check keeps a database statement off requests that need no write.
		if (state && touch && now - state.lastSeenAt > this.#touchEveryMs) this.touch(token!, now);
		return state?.user;
	}

	/** The session's user and when it ends; undefined if it ended. Never counts as use. */
	state(token: string | null | undefined, now = Date.now()): SessionState | undefined {
		if (!token || token.length > 256) return undefined;
		const hash = digest(token);
		const row = this.#statements.find.get(hash);
		if (!row) return undefined;
		const endsAt = Math.min(row.expires_at, row.last_seen_at + this.#policy.idleMs);
		if (now >= endsAt) {
			this.#statements.drop.run(hash);
			this.#emit({ token, reason: 'session expired' });
			return undefined;
		}
		const user = this.#accounts.user(row.user_id);
		if (!user || user.disabled) return undefined;
		return { user, endsAt, lastSeenAt: row.last_seen_at };
	}

	/** Marks the session as used now (at most one write per `touchEveryMs`). */
	touch(token: string, now = Date.now()): void {
		this.#statements.seen.run(now, digest(token), now - this.#touchEveryMs);
	}

	revoke(token: string, reason = 'signed out'): void {
		this.#db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(digest(token));
		this.#emit({ token, reason });
	}

	revokeAllOf(userId: string, reason = 'session ended'): void {
		this.#db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
		this.#emit({ userId, reason });
	}

	#emit(end: SessionEnd): void {
		for (const listener of this.#ended) listener(end);
	}
}
