import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff';

const options = { free: 3, windowMs: 60_000, baseMs: 1000, maxMs: 8000 };

describe('sign-in backoff', () => {
	it('allows the free attempts, then doubles the wait up to the maximum', () => {
		const backoff = new Backoff(options);
		let now = 0;
		for (let i = 0; i < 3; i++) expect(backoff.attempt('u', now)).toBe(0);
		expect(backoff.attempt('u', now)).toBe(0); // the 4th is counted; the next must wait 1 s
		expect(backoff.attempt('u', now)).toBe(1000);
		now += 1000;
		expect(backoff.attempt('u', now)).toBe(0); // 5th: next waits 2 s
		expect(backoff.attempt('u', now + 500)).toBe(1500);
		now += 2000;
		expect(backoff.attempt('u', now)).toBe(0); // 6th: 4 s
		now += 4000;
		expect(backoff.attempt('u', now)).toBe(0); // 7th: 8 s
		now += 8000;
		expect(backoff.attempt('u', now)).toBe(0); // 8th: capped at 8 s
		expect(backoff.attempt('u', now)).toBe(8000);
		expect(backoff.attempt('other', now)).toBe(0);
	});

	it('starts afresh after the window and takes back refunded attempts', () => {
		const backoff = new Backoff(options);
		for (let i = 0; i < 4; i++) backoff.attempt('u', 0);
		expect(backoff.attempt('u', 500)).toBe(500);
		expect(backoff.attempt('u', 60_000)).toBe(0); // window over: counted as the first again
		backoff.refund('u');
		for (let i = 0; i < 3; i++) expect(backoff.attempt('u', 60_001)).toBe(0);
	});

	it('forgets the oldest keys beyond its bound', () => {
		const backoff = new Backoff({ ...options, free: 0, maxKeys: 2 });
		backoff.attempt('a', 0);
		backoff.attempt('b', 0);
		backoff.attempt('c', 0);
		expect(backoff.attempt('a', 1)).toBe(0); // forgotten, so not waiting
		expect(backoff.attempt('c', 1)).toBeGreaterThan(0);
	});
});
