/**
 * Sign-in limits against the real server over HTTP (issue 10, point 4): the attempt is counted
 * before the password is checked, so parallel attempts cannot race past the limit; the limit
 * is per user+address pair, so a guesser does not lock the real user out; the per-user limit is
 * a backoff that spares addresses the user signed in from; and behind a trusted proxy the
 * clients are told apart by X-Forwarded-For, which is ignored otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server';

const PASSWORD = 'lotse-demo';
/** Each attempt is a real scrypt check (≈ 0.1 s, much more on a loaded machine): a did-not-stall bound. */
const SLOW = 240_000;
let direct: RunningServer;
let proxied: RunningServer;

beforeAll(async () => {
	[direct, proxied] = await Promise.all([startServer(), startServer({ env: { LOTSE_TRUST_PROXY: '1' } })]);
}, 180_000);

afterAll(async () => {
	await Promise.all([direct?.kill(), proxied?.kill()]);
});

function attempt(server: RunningServer, username: string, password: string, forwardedFor?: string) {
	return fetch(`${server.url}/api/session`, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {})
		},
		body: JSON.stringify({ username, password })
	});
}

describe('sign-in limits', () => {
	it(
		'counts before checking: of 20 parallel attempts at most the pair limit reach the password check',
		async () => {
			// 19 wrong passwords and the right one, all at once, from one address.
			const passwords = [...Array.from({ length: 19 }, (_, i) => `falsch-${i}`), PASSWORD];
			const statuses = (await Promise.all(passwords.map((p) => attempt(direct, 'simone.flury', p)))).map(
				(r) => r.status
			);
			const checked = statuses.filter((s) => s !== 429);
			expect(checked.length).toBeLessThanOrEqual(5);
			expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
			// Now the pair is blocked: the right password from the same address is refused too, with Retry-After.
			const again = await attempt(direct, 'simone.flury', PASSWORD);
			if (!statuses.includes(200)) {
				expect(again.status).toBe(429);
				expect(again.headers.get('retry-after')).toMatch(/^\d+$/);
			}
		},
		SLOW
	);

	it(
		'ignores X-Forwarded-For without LOTSE_TRUST_PROXY: a forged header does not reset the pair limit',
		async () => {
			const statuses: number[] = [];
			for (let i = 0; i < 7; i++)
				statuses.push((await attempt(direct, 'reto.ingold', 'falsch', `198.51.100.${i}`)).status);
			expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
			expect(statuses.slice(5)).toEqual([429, 429]);
		},
		SLOW
	);

	it(
		'does not lock the real user out: a guesser at one address is stopped, the user at another signs in',
		async () => {
			for (let i = 0; i < 5; i++)
				expect((await attempt(proxied, 'nicole.wyss', 'falsch', '203.0.113.66')).status).toBe(401);
			expect((await attempt(proxied, 'nicole.wyss', 'falsch', '203.0.113.66')).status).toBe(429);
			expect((await attempt(proxied, 'nicole.wyss', PASSWORD, '203.0.113.66')).status).toBe(429);
			expect((await attempt(proxied, 'nicole.wyss', PASSWORD, '192.0.2.10')).status).toBe(200);
		},
		SLOW
	);

	it(
		'does not lock out everyone behind a shared proxy: many failures of one client leave the others alone',
		async () => {
			// 32 failures of one client behind the proxy (more than the 30 that used to lock out the address), across 32 user names.
			for (let i = 0; i < 32; i++) {
				const response = await attempt(proxied, `niemand-${i}`, 'falsch', '203.0.113.77');
				expect(response.status).toBe(401);
			}
			expect((await attempt(proxied, 'marco.studer', PASSWORD, '203.0.113.78')).status).toBe(200);
		},
		SLOW
	);

	it(
		'slows a distributed guesser per user with a backoff, sparing the address the user signs in from',
		async () => {
			// The real user signed in from their usual address before.
			expect((await attempt(proxied, 'sandra.ryf', PASSWORD, '192.0.2.20')).status).toBe(200);
			// 21 guesses from 21 addresses: all checked (per-user budget 20 + the one that starts the backoff).
			for (let i = 0; i < 21; i++)
				expect((await attempt(proxied, 'sandra.ryf', 'falsch', `198.51.100.${100 + i}`)).status).toBe(401);
			const slowed = await attempt(proxied, 'sandra.ryf', 'falsch', '198.51.100.200');
			expect(slowed.status).toBe(429);
			expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0);
			// A new address is slowed down as well (even with the right password) …
			expect((await attempt(proxied, 'sandra.ryf', PASSWORD, '198.51.100.201')).status).toBe(429);
			// … but the user's known address is not.
			expect((await attempt(proxied, 'sandra.ryf', PASSWORD, '192.0.2.20')).status).toBe(200);
		},
		SLOW
	);
});
