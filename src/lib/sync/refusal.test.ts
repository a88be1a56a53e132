import { describe, expect, it } from 'vitest';
import { CLOSE } from '$lib/shared/protocol';
import { refusal } from './refusal';

describe('refusal', () => {
	it('keeps the two codes every screen explains itself', () => {
		expect(refusal(CLOSE.unauthorized)).toBe('signedOut');
		expect(refusal(CLOSE.forbidden)).toBe('forbidden');
	});

	it('gives every other final code a German sentence, never the English close reason', () => {
		for (const code of [CLOSE.malformed, CLOSE.awarenessTooLarge, CLOSE.tooManyClients, 4499]) {
			const text = refusal(code);
			expect(text).toMatch(/Server|Verbindung|Anwesenheit/);
			expect(text).toMatch(/neu/);
		}
		expect(refusal(4499)).toContain('4499');
	});
});
