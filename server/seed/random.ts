/**
 * A seeded pseudo-random source (mulberry32). The demo data must be reproducible: the same seed
 * gives the same canton, byte for byte, so tests can compare runs and a bug report can name a
 * seed. Never Math.random here.
 */
import type { IsoDate } from '../../src/lib/model/schema';
import * as days from '../../src/lib/rules/calendar';

export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform 32-bit unsigned integer. */
	uint32(): number;
	/** Uniform integer in [min, max], both included. */
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	/** Picks by relative weight: [[value, weight], …]. */
	weighted<T>(items: readonly (readonly [T, number])[]): T;
	chance(p: number): boolean;
	/** Uniform calendar date in [from, to], both included. */
	date(from: IsoDate, to: IsoDate): IsoDate;
	/** Fisher–Yates on a copy. */
	shuffle<T>(items: readonly T[]): T[];
}

export function create(seed: number): Random {
	let state = seed >>> 0;
	const uint32 = (): number => {
		// mulberry32 (Tommy Ettinger): tiny, fast, and good enough for demo data.
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return (t ^ (t >>> 14)) >>> 0;
	};
	const next = () => uint32() / 2 ** 32;
	const int = (min: number, max: number) => {
		if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new RangeError(`int(${min}, ${max})`);
		return min + Math.floor(next() * (max - min + 1));
	};
	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new RangeError('pick from an empty list');
		return items[int(0, items.length - 1)] as T;
	};
	return {
		next,
		uint32,
		int,
		pick,
		weighted<T>(items: readonly (readonly [T, number])[]): T {
			const total = items.reduce((sum, [, weight]) => sum + weight, 0);
			if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
			let r = next() * total;
			for (const [value, weight] of items) {
				r -= weight;
				if (r < 0) return value;
			}
			// Rounding can leave r at exactly 0 after the loop: the last item is the right answer.
			return (items.at(-1) as readonly [T, number])[0];
		},
		chance: (p: number) => next() < p,
		date(from: IsoDate, to: IsoDate): IsoDate {
			const span = days.between(from, to);
			if (span < 0) throw new RangeError(`date range ${from}..${to} is empty`);
			return days.addDays(from, int(0, span));
		},
		shuffle<T>(items: readonly T[]): T[] {
			const out = [...items];
			for (let i = out.length - 1; i > 0; i--) {
				const j = int(0, i);
				[out[i], out[j]] = [out[j] as T, out[i] as T];
			}
			return out;
		}
	};
}

/**
 * A well-mixed 32-bit value from a seed and some salts (e.g. a case index), so that each case
 * gets its own stream and its own Yjs clientID without depending on how many numbers earlier
 * cases consumed.
 */
export function derive(seed: number, ...salts: number[]): number {
	let h = seed >>> 0;
	for (const salt of salts) {
		h = Math.imul(h ^ (salt >>> 0), 0x9e3779b1) >>> 0;
		h = create(h).uint32();
	}
	return h;
}
