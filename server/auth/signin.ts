/**
 * Sign-in with username and password, rate-limited per username and per address so that
 * guessing is slow without locking a user out for good.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Log } from '../log';
import type { Accounts, User } from './accounts';
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
	/** Wrong passwords allowed per username within `windowSeconds`. */
	perUser: number;
	/** Wrong passwords allowed per client address within `windowSeconds`. */
	perAddress: number;
	windowSeconds: number;
}

// A hash to compare against when the user does not exist, so that timing does not tell.
const DUMMY_HASH = password.hash('lotse-dummy-password');

export class SignIn {
	#accounts: Accounts;
	#sessions: Sessions;
	#log: Log;
	#byUser: RateLimiterMemory;
	#byAddress: RateLimiterMemory;

	constructor(accounts: Accounts, sessions: Sessions, log: Log, limits: SignInLimits) {
		this.#accounts = accounts;
		this.#sessions = sessions;
		this.#log = log;
		this.#byUser = new RateLimiterMemory({ keyPrefix: 'user', points: limits.perUser, duration: limits.windowSeconds });
		this.#byAddress = new RateLimiterMemory({
			keyPrefix: 'addr',
			points: limits.perAddress,
			duration: limits.windowSeconds
		});
	}

	async signIn(username: unknown, secret: unknown, address: string): Promise<SignInResult> {
		if (typeof username !== 'string' || typeof secret !== 'string' || username.trim() === '' || secret === '') {
			return refused(400, 'missing', 'username and password are required');
		}
		if (username.length > 100 || secret.length > 1000) return refused(400, 'missing', 'username or password too long');
		const key = username.trim().toLowerCase();
		const blocked = await this.#blockedFor(key, address);
		if (blocked !== null) {
			this.#log.warn('auth.rate_limited', { retryAfter: blocked });
			return refused(429, 'rateLimited', 'too many failed sign-ins; try again later', blocked);
		}

		const found = this.#accounts.credentials(key);
		const ok = await password.verify(secret, found?.passwordHash ?? (await DUMMY_HASH));
		if (!found || !ok || found.user.disabled) {
			await Promise.allSettled([this.#byUser.consume(key), this.#byAddress.consume(address)]);
			this.#log.warn('auth.signin_failed', {
				reason: !found ? 'unknown user' : found.user.disabled ? 'disabled' : 'wrong password'
			});
			return refused(401, 'wrong', 'wrong username or password');
		}
		await this.#byUser.delete(key);
		const token = this.#sessions.create(found.user.id);
		this.#log.info('auth.signin', { user: found.user.id });
		return { ok: true, token, user: found.user };
	}

	/** Seconds until the next attempt is allowed, or null if not blocked. */
	async #blockedFor(key: string, address: string): Promise<number | null> {
		const [user, addr] = await Promise.all([this.#byUser.get(key), this.#byAddress.get(address)]);
		const blocked = [user, addr].find((r): r is RateLimiterRes => r !== null && r.remainingPoints <= 0);
		return blocked ? Math.max(1, Math.ceil(blocked.msBeforeNext / 1000)) : null;
	}
}
