import { describe, expect, it } from 'vitest';
import { clientAddress } from './address';

describe('client address', () => {
	it('ignores X-Forwarded-For unless proxies are trusted', () => {
		expect(clientAddress('10.0.0.9', '1.2.3.4', 0)).toBe('10.0.0.9');
	});

	it('takes the address the outermost trusted proxy saw', () => {
		expect(clientAddress('10.0.0.9', '203.0.113.5', 1)).toBe('203.0.113.5');
		// A client-written entry in front is not believed.
		expect(clientAddress('10.0.0.9', '6.6.6.6, 203.0.113.5', 1)).toBe('203.0.113.5');
		expect(clientAddress('10.0.0.9', ['6.6.6.6', '203.0.113.5, 10.0.0.8'], 2)).toBe('203.0.113.5');
		// Header missing or shorter than the trusted chain: the farthest address known.
		expect(clientAddress('10.0.0.9', undefined, 1)).toBe('10.0.0.9');
		expect(clientAddress('10.0.0.9', '203.0.113.5', 3)).toBe('203.0.113.5');
	});
});
