import { describe, expect, it } from 'vitest';
import { allowed } from './origin';

describe('origin.allowed', () => {
	it('lets requests without Origin through (Node and Yrs clients)', () => {
		expect(allowed(undefined, '127.0.0.1:3000', [])).toBe(true);
	});

	it('accepts the origin the request was sent to, in either scheme', () => {
		expect(allowed('http://127.0.0.1:3000', '127.0.0.1:3000', [])).toBe(true);
		expect(allowed('https://Lotse.Example.ch', 'lotse.example.ch', [])).toBe(true);
	});

	it('refuses another port, another host, a look-alike and the opaque origin', () => {
		expect(allowed('http://127.0.0.1:4000', '127.0.0.1:3000', [])).toBe(false);
		expect(allowed('http://evil.example', '127.0.0.1:3000', [])).toBe(false);
		expect(allowed('http://127.0.0.1:3000.evil.example', '127.0.0.1:3000', [])).toBe(false);
		expect(allowed('null', '127.0.0.1:3000', [])).toBe(false);
		expect(allowed('http://127.0.0.1:3000', undefined, [])).toBe(false);
	});

	it('accepts listed origins (the public address behind a proxy)', () => {
		expect(allowed('https://lotse.example.ch', '10.0.0.5:3000', ['https://lotse.example.ch'])).toBe(true);
		expect(allowed('https://other.example.ch', '10.0.0.5:3000', ['https://lotse.example.ch'])).toBe(false);
	});
});
