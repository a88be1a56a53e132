import { describe, expect, it } from 'vitest';
import { at, between, spread } from './rank';

describe('rank', () => {
	it('finds a key strictly between two others, at both ends too', () => {
		for (const [a, b] of [
			['', ''],
			['', 'a'],
			['a', ''],
			['a', 'b'],
			['a', 'a1'],
			['az', 'b'],
			['0001', '0002']
		]) {
			const key = between(a!, b!);
			if (a) expect(key > a).toBe(true);
			if (b) expect(key < b).toBe(true);
			expect(key.endsWith('0')).toBe(false);
		}
	});

	it('keeps finding room after many insertions into the same gap', () => {
		let low = 'a';
		const high = 'b';
		for (let i = 0; i < 200; i++) {
			const key = between(low, high);
			expect(key > low && key < high).toBe(true);
			low = key;
		}
	});

	it('spreads keys in order and places an item at an index', () => {
		const keys = spread(5);
		expect([...keys].sort()).toEqual(keys);
		const middle = at(keys, 2);
		expect(middle > keys[1]! && middle < keys[2]!).toBe(true);
		expect(at(keys, 0) < keys[0]!).toBe(true);
		expect(at(keys, 5) > keys[4]!).toBe(true);
		expect(at([], 0)).not.toBe('');
	});

	it('rejects a reversed range', () => {
		expect(() => between('b', 'a')).toThrow(RangeError);
	});
});
