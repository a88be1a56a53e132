import { describe, expect, it } from 'vitest';
import * as password from './password';

// Low cost parameters keep the suite fast; the format and the comparison are what is tested.
const FAST = { log2N: 10, r: 8, p: 1 };

describe('password hashing', () => {
	it('verifies the right password and refuses a wrong one', async () => {
		const stored = await password.hash('Sonnenblume-42', FAST);
		expect(await password.verify('Sonnenblume-42', stored)).toBe(true);
		expect(await password.verify('sonnenblume-42', stored)).toBe(false);
		expect(await password.verify('', stored)).toBe(false);
	});

	it('salts every hash', async () => {
		const a = await password.hash('gleich', FAST);
		const b = await password.hash('gleich', FAST);
		expect(a).not.toBe(b);
		expect(await password.verify('gleich', a)).toBe(true);
		expect(await password.verify('gleich', b)).toBe(true);
	});

	it('stores the KDF and its parameters, never the password', async () => {
		const stored = await password.hash('Geheimnis', FAST);
		expect(stored).toMatch(/^scrypt\$10\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
		expect(stored).not.toContain('Geheimnis');
	});

	it('uses OWASP-strength parameters by default', async () => {
		const stored = await password.hash('x');
		expect(stored.startsWith('scrypt$17$8$1$')).toBe(true);
	});

	it('treats canonically equal Unicode spellings as the same password', async () => {
		const stored = await password.hash('Zürich', FAST);
		expect(await password.verify('Zu\u0308rich', stored)).toBe(true);
	});

	it.each(['', 'bcrypt$x', 'scrypt$99$8$1$a$b', 'scrypt$x$8$1$a$b'])(
		'refuses a malformed stored hash %j',
		async (stored) => {
			expect(await password.verify('x', stored)).toBe(false);
		}
	);
});
