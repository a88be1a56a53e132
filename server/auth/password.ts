/**
 * Password hashing with scrypt (node:crypto, a memory-hard KDF). The stored string carries its
 * parameters, so they can be raised later without invalidating existing hashes.
 * Format: scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64>
 */
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
	password: string,
	salt: Buffer,
	keylen: number,
	options: crypto.ScryptOptions
) => Promise<Buffer>;

export interface KdfParams {
	log2N: number;
	r: number;
	p: number;
}

/** OWASP's scrypt minimum (N = 2^17, r = 8, p = 1): ~128 MiB and ~0.2 s per hash. */
export const DEFAULT_PARAMS: KdfParams = { log2N: 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

function maxmem(params: KdfParams): number {
	return 256 * params.r * 2 ** params.log2N + 1024 * 1024;
}

export async function hash(password: string, params: KdfParams = DEFAULT_PARAMS): Promise<string> {
	const salt = crypto.randomBytes(16);
	const key = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, {
		N: 2 ** params.log2N,
		r: params.r,
		p: params.p,
		maxmem: maxmem(params)
	});
	return ['scrypt', params.log2N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verify(password: string, stored: string): Promise<boolean> {
	const parts = stored.split('$');
	if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
	const [log2N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
	if (![log2N, r, p].every(Number.isInteger) || log2N < 10 || log2N > 22) return false;
	const salt = Buffer.from(parts[4]!, 'base64');
	const expected = Buffer.from(parts[5]!, 'base64');
	const actual = await scrypt(password.normalize('NFC'), salt, expected.length, {
		N: 2 ** log2N,
		r,
		p,
		maxmem: maxmem({ log2N, r, p })
	});
	return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}
