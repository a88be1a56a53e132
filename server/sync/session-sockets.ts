/**
 * The open sync sockets of each session, so that they end with it. A session ends by an act
 * (sign-out, disabling: `Sessions.onEnded` tells `end`/`endUser`) or by time (absolute expiry,
 * idle timeout). For time there is one timer per session, set to the moment the session would
 * end and re-read when it fires (requests may have extended it meanwhile); and because timers
 * fire late under load, every frame first asks `alive`, which compares the clock with that same
 * moment, so nothing that arrives after the end is handled. Editing over a socket is use of the
 * session, recorded like requests (at most every `Sessions.touchEveryMs`).
 */
import type { Sessions, SessionState } from '../auth/sessions';

/** What the registry needs of a socket. */
export interface SessionSocket {
	readonly userId: string;
}

/** One session's sockets; the handle a connection keeps for its per-frame checks. */
export interface SessionEntry<S extends SessionSocket> {
	readonly token: string;
	readonly userId: string;
	readonly sockets: Set<S>;
	/** When the session ends unless it is used again (as last read from storage). */
	endsAt: number;
	/** When this registry last recorded use of the session. */
	touchedAt: number;
	timer: NodeJS.Timeout | undefined;
}

export class SessionSockets<S extends SessionSocket> {
	#sessions: Sessions;
	#maxPerSession: number;
	#end: (socket: S, reason: string) => void;
	#entries = new Map<string, SessionEntry<S>>();

	/** `end` closes one socket of an ended session (the endpoint closes it with 4401). */
	constructor(sessions: Sessions, maxPerSession: number, end: (socket: S, reason: string) => void) {
		this.#sessions = sessions;
		this.#maxPerSession = maxPerSession;
		this.#end = end;
	}

	/** May this session open one more socket? */
	hasRoom(token: string): boolean {
		return (this.#entries.get(token)?.sockets.size ?? 0) < this.#maxPerSession;
	}

	add(token: string, session: SessionState, socket: S): SessionEntry<S> {
		let entry = this.#entries.get(token);
		if (!entry) {
			entry = {
				token,
				userId: session.user.id,
				sockets: new Set(),
				endsAt: session.endsAt,
				touchedAt: 0,
				timer: undefined
			};
			this.#entries.set(token, entry);
			this.#schedule(entry);
		}
		entry.sockets.add(socket);
		return entry;
	}

	remove(entry: SessionEntry<S>, socket: S): void {
		entry.sockets.delete(socket);
		if (entry.sockets.size > 0 || this.#entries.get(entry.token) !== entry) return;
		clearTimeout(entry.timer);
		this.#entries.delete(entry.token);
	}

	/**
	 * True while the session lasts. Called for every frame, so the common case is one clock
	 * comparison; past the cached end the session is read again and, if it really ended, every
	 * socket of it is ended.
	 */
	alive(entry: SessionEntry<S>, now: number): boolean {
		if (now < entry.endsAt) return true;
		return this.#check(entry, now);
	}

	/** Records use of the session (an edit), at most every `touchEveryMs`. */
	used(entry: SessionEntry<S>, now: number): void {
		if (now - entry.touchedAt < this.#sessions.touchEveryMs) return;
		entry.touchedAt = now;
		this.#sessions.touch(entry.token, now);
		const state = this.#sessions.state(entry.token, now);
		if (state) entry.endsAt = state.endsAt;
	}

	/** Ends every socket of one session (sign-out, expiry). */
	end(token: string, reason: string): number {
		const entry = this.#entries.get(token);
		return entry ? this.#endAll(entry, reason) : 0;
	}

	/** Ends every socket of every session of a user (account disabled). */
	endUser(userId: string, reason: string): number {
		let ended = 0;
		for (const entry of [...this.#entries.values()]) if (entry.userId === userId) ended += this.#endAll(entry, reason);
		return ended;
	}

	close(): void {
		for (const entry of this.#entries.values()) clearTimeout(entry.timer);
		this.#entries.clear();
	}

	#check(entry: SessionEntry<S>, now: number): boolean {
		const state = this.#sessions.state(entry.token, now);
		if (!state) {
			this.#endAll(entry, 'session ended');
			return false;
		}
		entry.endsAt = state.endsAt;
		this.#schedule(entry);
		return true;
	}

	#schedule(entry: SessionEntry<S>): void {
		clearTimeout(entry.timer);
		// setTimeout fires up to 1 ms early by its rounding; the extra milliseconds make sure the
		// session has really ended when the check runs, so it is not re-armed for the same moment.
		const delay = Math.min(Math.max(0, entry.endsAt - Date.now()) + 5, 2 ** 31 - 1);
		entry.timer = setTimeout(() => this.#check(entry, Date.now()), delay);
		entry.timer.unref();
	}

	#endAll(entry: SessionEntry<S>, reason: string): number {
		clearTimeout(entry.timer);
		if (this.#entries.get(entry.token) === entry) this.#entries.delete(entry.token);
		const sockets = [...entry.sockets];
		entry.sockets.clear();
		// An ended entry never passes `alive` again, even if a frame of its sockets is still queued.
		entry.endsAt = -Infinity;
		for (const socket of sockets) this.#end(socket, reason);
		return sockets.length;
	}
}
