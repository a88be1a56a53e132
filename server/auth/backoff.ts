/**
 * Per-key failure backoff for sign-in (the slower, per-username limit): `free` attempts per
 * window, then each further attempt makes the next one wait twice as long as the last, from
 * `baseMs` up to `maxMs`. Unlike a fixed lockout, an attacker who knows a user name cannot shut
 * its owner out for long with a handful of tries, and guessing stays slow from any number of
 * addresses. In memory and synchronous: `attempt` checks and counts in one step, so parallel
 * requests cannot slip past the count.
 */
export interface BackoffOptions {
	free: number;
	windowMs: number;
	baseMs: number;
	maxMs: number;
	/** Keys kept at most; the oldest are forgotten first (bounds memory under a spray of names). */
	maxKeys?: number;
}

interface Entry {
	count: number;
	since: number;
	/** The next attempt is allowed from this time on (0: now). */
	until: number;
}

export class Backoff {
	#options: BackoffOptions;
	#entries = new Map<string, Entry>();

	constructor(options: BackoffOptions) {
		this.#options = options;
	}

	/** Counts an attempt for `key`. Returns 0 if it may go ahead, else the ms to wait (not counted). */
	attempt(key: string, now: number): number {
		const { free, windowMs, baseMs, maxMs } = this.#options;
		let entry = this.#entries.get(key);
		if (entry && now < entry.until) return entry.until - now;
		if (entry && now - entry.since >= windowMs) entry = undefined;
		entry ??= { count: 0, since: now, until: 0 };
		entry.count++;
		if (entry.count > free) entry.until = now + Math.min(baseMs * 2 ** (entry.count - free - 1), maxMs);
		this.#entries.delete(key); // re-insert: Map order is then oldest-touched first
		this.#entries.set(key, entry);
		this.#trim();
		return 0;
	}

	/** The counted attempt was no failure (right password): take it back. */
	refund(key: string): void {
		const entry = this.#entries.get(key);
		if (!entry) return;
		entry.count = Math.max(0, entry.count - 1);
		if (entry.count <= this.#options.free) entry.until = 0;
	}

	#trim(): void {
		const max = this.#options.maxKeys ?? 100_000;
		for (const key of this.#entries.keys()) {
			if (this.#entries.size <= max) break;
			this.#entries.delete(key);
		}
	}
}
