/**
 * Sign-in with username and password, rate-limited the usual way (OWASP, rate-limiter-flexible's
 * "login endpoint protection"):
 *
 * - per username + address pair: `perPair` failures per `pairWindowSeconds`, then that pair
 *   waits out the window. This is what stops one guesser, and it does not touch the real user,
 *   who signs in from another address;
 * - per username, from all addresses: `perUser` attempts per `userWindowSeconds`, then a
 *   doubling backoff (backoff.ts) — slow enough against a distributed guesser, short enough
 *   that nobody can lock a user out for long; an address the user signed in from successfully
 *   in the last `knownDays` is exempt (its own pair limit still holds);
 * - per address, over all usernames: `perAddress` failures per `addressWindowSeconds`, against
 *   password spraying. Behind a reverse proxy set LOTSE_TRUST_PROXY, so that this is the
 *   client's address and not the proxy's (otherwise everyone behind it shares one budget).
 *
 * Every attempt is counted BEFORE the password is checked, each limiter in one atomic step: of
 * 20 parallel attempts at most the allowed number reach the password check, whatever their
 * order. A successful attempt takes its count back.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Log } from '../log';
import type { Accounts, User } from './accounts';
import { Backoff } from './backoff';
import * as password from './password';
import type { Sessions } from './sessions';

/**
 * The outcome of a sign-in. A result rather than a thrown error: SvelteKit's server bundle has
 * its own copy of this module, so `instanceof` would not recognise an error class from here.
 */
export type SignInResult =
	| { ok: true; token: string; user: User }
	| {
			ok: false;
			status: 400 | 401 | 429;
			reason: 'missing' | 'wrong' | 'rateLimited';
			message: string;
			retryAfterSeconds?: number;
	  };

const refused = (
	status: 400 | 401 | 429,
	reason: 'missing' | 'wrong' | 'rateLimited',
	message: string,
	retryAfterSeconds?: number
): SignInResult => ({
	ok: false,
	status,
	reason,
	message,
	retryAfterSeconds
});

export interface SignInLimits {
	perPair: number;
	pairWindowSeconds: number;
	perUser: number;
	userWindowSeconds: number;
	userBackoffSeconds: number;
	userMaxBackoffSeconds: number;
	perAddress: number;
	addressWindowSeconds: number;
	/** How long a successful sign-in makes its address "known" for the per-user backoff. */
	knownDays: number;
}

/** The limits the server runs with (README: "Sign-in limits"). */
export const DEFAULT_LIMITS: SignInLimits = {
	perPair: 5,
	pairWindowSeconds: 15 * 60,
	perUser: 20,
	userWindowSeconds: 60 * 60,
	userBackoffSeconds: 30,
	userMaxBackoffSeconds: 15 * 60,
	perAddress: 100,
	addressWindowSeconds: 60 * 60,
	knownDays: 30
};

// A hash to compare against when the user does not exist, so that timing does not tell.
const DUMMY_HASH = password.hash('lotse-dummy-password');

const MAX_KNOWN = 100_000;

export class SignIn {
	#accounts: Accounts;
	#sessions: Sessions;
	#log: Log;
	#limits: SignInLimits;
	#byPair: RateLimiterMemory;
	#byAddress: RateLimiterMemory;
	#byUser: Backoff;
	/** `user|address` pairs with a successful sign-in → until when they count as known. */
	#known = new Map<string, number>();

	constructor(accounts: Accounts, sessions: Sessions, log: Log, limits: SignInLimits = DEFAULT_LIMITS) {
		this.#accounts = accounts;
		this.#sessions = sessions;
		this.#log = log;
		this.#limits = limits;
		this.#byPair = new RateLimiterMemory({
			keyPrefix: 'pair',
			points: limits.perPair,
			duration: limits.pairWindowSeconds
		});
		this.#byAddress = new RateLimiterMemory({
			keyPrefix: 'addr',
			points: limits.perAddress,
			duration: limits.addressWindowSeconds
		});
		this.#byUser = new Backoff({
			free: limits.perUser,
			windowMs: limits.userWindowSeconds * 1000,
			baseMs: limits.userBackoffSeconds * 1000,
			maxMs: limits.userMaxBackoffSeconds * 1000
		});
	}

	async signIn(username: unknown, secret: unknown, address: string, now = Date.now()): Promise<SignInResult> {
		if (typeof username !== 'string' || typeof secret !== 'string' || username.trim() === '' || secret === '') {
			return refused(400, 'missing', 'username and password are required');
		}
		if (username.length > 100 || secret.length > 1000) return refused(400, 'missing', 'username or password too long');
		const key = username.trim().toLowerCase();
		const pair = `${key}|${address}`;

		const waitMs = await this.#count(key, pair, address, now);
		if (waitMs !== null) {
			const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
			this.#log.warn('auth.rate_limited', { retryAfter });
			return refused(429, 'rateLimited', 'too many failed sign-ins; try again later', retryAfter);
		}

		const found = this.#accounts.credentials(key);
		const ok = await password.verify(secret, found?.passwordHash ?? (await DUMMY_HASH));
		if (!found || !ok || found.user.disabled) {
			this.#log.warn('auth.signin_failed', {
				reason: !found ? 'unknown user' : found.user.disabled ? 'disabled' : 'wrong password'
			});
			return refused(401, 'wrong', 'wrong username or password');
		}
		// Not a failure: the pair starts afresh, the user's and the address's budgets get it back.
		await this.#byPair.delete(pair);
		await this.#byAddress.reward(address, 1);
		this.#byUser.refund(key);
		this.#remember(pair, now);
		const token = this.#sessions.create(found.user.id);
		this.#log.info('auth.signin', { user: found.user.id });
		return { ok: true, token, user: found.user };
	}

	/**
	 * Counts the attempt in every limiter, each check-and-count atomic (rate-limiter-flexible's
	 * memory store increments synchronously inside `consume`). Returns null when the attempt may
	 * go ahead, else how long to wait. A limiter that refuses stops the count there: an attempt
	 * refused for its pair does not eat into the user's budget.
	 */
	async #count(key: string, pair: string, address: string, now: number): Promise<number | null> {
		const refusedBy = (error: unknown): number => {
			if (error instanceof RateLimiterRes) return error.msBeforeNext;
			throw error;
		};
		try {
			await this.#byPair.consume(pair);
		} catch (error) {
			return refusedBy(error);
		}
		try {
			await this.#byAddress.consume(address);
		} catch (error) {
			return refusedBy(error);
		}
		if (this.#isKnown(pair, now)) return null;
		const wait = this.#byUser.attempt(key, now);
		return wait > 0 ? wait : null;
	}

	#isKnown(pair: string, now: number): boolean {
		const until = this.#known.get(pair);
		return until !== undefined && until > now;
	}

	#remember(pair: string, now: number): void {
		this.#known.delete(pair);
		this.#known.set(pair, now + this.#limits.knownDays * 86_400_000);
		for (const oldest of this.#known.keys()) {
			if (this.#known.size <= MAX_KNOWN) break;
			this.#known.delete(oldest);
		}
	}
}
