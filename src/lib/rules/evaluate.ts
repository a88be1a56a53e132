/**
 * Computes indicators over person facts at a reference date: pure, so the API, the screen's
 * tests and the benchmark run the same code. One pass over the persons: each person is turned
 * into a snapshot once and tested against every indicator, counting into flat arrays.
 */
import type { PersonFacts } from '../model/facts';
import type { IsoDate } from '../model/schema';
import { compareKeys, keyOf, type GroupBy } from './groups';
import { INDICATORS, type Indicator } from './indicators';
import { take } from './snapshot';
import { anniversary, yearStart } from './stichtag';

export interface Figure {
	id: string;
	numerator: number;
	denominator: number;
	/** numerator / denominator, null when the population is empty. */
	value: number | null;
	target: number | null;
}

export interface Group {
	key: string;
	figures: Figure[];
}

export interface Result {
	at: IsoDate;
	from: IsoDate;
	groupBy: GroupBy | null;
	total: Figure[];
	groups: Group[];
}

export interface Query {
	at: IsoDate;
	/** Start of the period for 'period' indicators; default 1 January of the reference year. */
	from?: IsoDate;
	groupBy?: GroupBy | null;
	indicators?: readonly Indicator[];
}

export function compute(facts: readonly PersonFacts[], query: Query): Result {
	const list = query.indicators ?? INDICATORS;
	const from = query.from ?? yearStart(query.at);
	const n = list.length;
	const total = new Counts(n);
	const groups = new Map<string, Counts>();
	for (const f of facts) {
		const s = take(f, query.at, from);
		if (!s.inCanton) continue;
		let bucket: Counts | undefined;
		if (query.groupBy) {
			const key = keyOf(query.groupBy, s);
			bucket = groups.get(key);
			if (!bucket) groups.set(key, (bucket = new Counts(n)));
		}
		for (let i = 0; i < n; i++) {
			const indicator = list[i] as Indicator;
			if (!indicator.population.test(s)) continue;
			const counted = indicator.counted.test(s);
			total.add(i, counted);
			bucket?.add(i, counted);
		}
	}
	const by = query.groupBy ?? null;
	return {
		at: query.at,
		from,
		groupBy: by,
		total: total.figures(list),
		groups: by
			? [...groups]
					.sort(([a], [b]) => compareKeys(by, a, b))
					.map(([key, counts]) => ({ key, figures: counts.figures(list) }))
			: []
	};
}

export interface CohortRow extends Figure {
	entryYear: string;
}

/**
 * "X years after entry", per entry year: each person is evaluated on the X-th anniversary of
 * their own entry. Persons whose anniversary lies after `at` are not yet measurable and left
 * out; an entry year with nobody measurable yet does not appear.
 */
export function cohort(facts: readonly PersonFacts[], indicator: Indicator, at: IsoDate): CohortRow[] {
	const years = indicator.yearsAfterEntry;
	if (years === null) return [];
	const rows = new Map<string, Counts>();
	for (const f of facts) {
		if (!f.entryDate) continue;
		const when = anniversary(f.entryDate, years);
		if (when > at) continue;
		const s = take(f, when, yearStart(when));
		if (!s.inCanton || !indicator.population.test(s)) continue;
		const year = f.entryDate.slice(0, 4);
		let counts = rows.get(year);
		if (!counts) rows.set(year, (counts = new Counts(1)));
		counts.add(0, indicator.counted.test(s));
	}
	return [...rows]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([entryYear, counts]) => ({ entryYear, ...(counts.figures([indicator])[0] as Figure) }));
}

export interface Member {
	id: string;
	counted: boolean;
}

/** The persons behind a figure: its population, each marked whether counted. */
export function members(
	facts: readonly PersonFacts[],
	indicator: Indicator,
	query: Query & { group?: string | null; entryYear?: string | null }
): Member[] {
	const out: Member[] = [];
	const from = query.from ?? yearStart(query.at);
	for (const f of facts) {
		let s;
		if (query.entryYear && indicator.yearsAfterEntry !== null) {
			if (f.entryDate.slice(0, 4) !== query.entryYear) continue;
			const when = anniversary(f.entryDate, indicator.yearsAfterEntry);
			if (when > query.at) continue;
			s = take(f, when, yearStart(when));
		} else {
			s = take(f, query.at, from);
		}
		if (!s.inCanton || !indicator.population.test(s)) continue;
		if (query.groupBy && query.group != null && keyOf(query.groupBy, s) !== query.group) continue;
		out.push({ id: f.id, counted: indicator.counted.test(s) });
	}
	return out;
}

class Counts {
	num: Int32Array;
	den: Int32Array;
	constructor(n: number) {
		this.num = new Int32Array(n);
		this.den = new Int32Array(n);
	}
	add(i: number, counted: boolean): void {
		// Typed arrays are never sparse: index i exists for every indicator of the list.
		(this.den[i] as number) += 1;
		if (counted) (this.num[i] as number) += 1;
	}
	figures(list: readonly Indicator[]): Figure[] {
		return list.map((indicator, i) => {
			const numerator = this.num[i] as number;
			const denominator = this.den[i] as number;
			return {
				id: indicator.id,
				numerator,
				denominator,
				value: denominator > 0 ? numerator / denominator : null,
				target: indicator.target
			};
		});
	}
}
