/**
 * Sign-in with username and password, rate-limited per username and per address so that
 * guessing is slow without locking a user out for good.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Log } from '../log';
import type { Accounts, User } from './accounts';
import * as password from './password';
import type { Sessions } from './sessions';

export class SignInError extends Error {
	readonly status: 400 | 401 | 429;
	readonly retryAfterSeconds?: number;
	constructor(status: 400 | 401 | 429, message: string, retryAfterSeconds?: number) {
		super(message);
		this.status = status;
		this.retryAfterSeconds = retryAfterSeconds;
	}
}

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
		this.#byAddress = new RateLimiterMemory({ keyPrefix: 'addr', points: limits.perAddress, duration: limits.windowSeconds });
	}

	async signIn(username: unknown, secret: unknown, address: string): Promise<{ token: string; user: User }> {
		if (typeof username !== 'string' || typeof secret !== 'string' || username.trim() === '' || secret === '') {
			throw new SignInError(400, 'username and password are required');
		}
		if (username.length > 100 || secret.length > 1000) throw new SignInError(400, 'username or password too long');
		const key = username.trim().toLowerCase();
		await this.#checkNotBlocked(key, address);

		const found = this.#accounts.credentials(key);
		const ok = await password.verify(secret, found?.passwordHash ?? (await DUMMY_HASH));
		if (!found || !ok || found.user.disabled) {
			await Promise.allSettled([this.#byUser.consume(key), this.#byAddress.consume(address)]);
			this.#log.warn('auth.signin_failed', { reason: !found ? 'unknown user' : found.user.disabled ? 'disabled' : 'wrong password' });
			throw new SignInError(401, 'wrong username or password');
		}
		await this.#byUser.delete(key);
		const token = this.#sessions.create(found.user.id);
		this.#log.info('auth.signin', { user: found.user.id });
		return { token, user: found.user };
	}

	async #checkNotBlocked(key: string, address: string): Promise<void> {
		const [user, addr] = await Promise.all([this.#byUser.get(key), this.#byAddress.get(address)]);
		const blocked = [user, addr].find((r): r is RateLimiterRes => r !== null && r.remainingPoints <= 0);
		if (blocked) {
			const retry = Math.ceil(blocked.msBeforeNext / 1000);
			this.#log.warn('auth.rate_limited', { retryAfter: retry });
			throw new SignInError(429, 'too many failed sign-ins; try again later', retry);
		}
	}
}
