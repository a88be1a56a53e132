/**
 * The dimensions figures can be broken down by (Gruppierung), each a key function of a person
 * as of the reference date. Bands follow the indicators: ages as in the KIP counts, durations
 * of stay at the IAS milestones (3, 5, 7 years).
 */
import type { Snapshot } from './snapshot';

export const GROUP_BY = [
	'ageBand',
	'sex',
	'status',
	'stay',
	'nationality',
	'agency',
	'manager',
	'municipality',
	'entryYear'
] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export function isGroupBy(value: unknown): value is GroupBy {
	return typeof value === 'string' && (GROUP_BY as readonly string[]).includes(value);
}

export const AGE_BANDS = [
	[0, 3, '0–3'],
	[4, 15, '4–15'],
	[16, 25, '16–25'],
	[26, 55, '26–55'],
	[56, 64, '56–64'],
	[65, 200, '65+']
] as const;

export const STAY_BANDS = [
	[0, 2, 'unter 3 Jahre'],
	[3, 4, '3–4 Jahre'],
	[5, 6, '5–6 Jahre'],
	[7, 200, '7 Jahre und mehr']
] as const;

function band(bands: readonly (readonly [number, number, string])[], value: number): string {
	for (const [min, max, label] of bands) if (value >= min && value <= max) return label;
	return 'unbekannt';
}

/** The group of a person; '' is shown as «ohne Angabe». */
export function keyOf(by: GroupBy, s: Snapshot): string {
	switch (by) {
		case 'ageBand':
			return band(AGE_BANDS, s.age);
		case 'sex':
			return s.facts.sex;
		case 'status':
			return s.status;
		case 'stay':
			return band(STAY_BANDS, s.yearsInCh);
		case 'nationality':
			return s.facts.nationality;
		case 'agency':
			return s.facts.agencyId;
		case 'manager':
			return s.facts.managerId;
		case 'municipality':
			return s.facts.municipality;
		case 'entryYear':
			return s.facts.entryDate.slice(0, 4);
	}
}

/** Sort order of group keys: bands in their natural order, everything else alphabetically. */
export function compareKeys(by: GroupBy, a: string, b: string): number {
	const bands: readonly (readonly [number, number, string])[] | null =
		by === 'ageBand' ? AGE_BANDS : by === 'stay' ? STAY_BANDS : null;
	if (bands) {
		const rank = (k: string) => bands.findIndex((x) => x[2] === k);
		return rank(a) - rank(b);
	}
	return a.localeCompare(b, 'de-CH');
}
