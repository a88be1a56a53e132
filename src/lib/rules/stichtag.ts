/**
 * Date rules for steering figures, defined once so every indicator reads the same way:
 *
 * - Full years between two dates compare month-day strings: a person born on 15.3.2008 is 18
 *   on 15.3.2026 (the birthday on the reference date counts as the new age). Someone born on
 *   29 February turns a year older on 1 March in years without 29 February.
 * - "Entry at least 3 years before the reference date" uses the same rule, so it holds on the
 *   third anniversary of the entry itself (inclusive).
 */
import type { IsoDate } from '../model/schema';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date in the form YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Completed years from `from` to `to` (age, years since entry); negative if `to` is earlier. */
export function fullYears(from: IsoDate, to: IsoDate): number {
	// As YYYYMMDD numbers the difference divided by 10,000 is exactly the completed years
	// (month and day decide the remainder). Char codes avoid allocating substrings: this runs
	// several times per person and reference date.
	return Math.floor((dayNumber(to) - dayNumber(from)) / 10000);
}

/** The char code of '0' at each of the eight digit positions, subtracted once. */
const ZEROS = 48 * 11111111;

/** 'YYYY-MM-DD' → YYYYMMDD as a number. */
export function dayNumber(date: IsoDate): number {
	return (
		date.charCodeAt(0) * 10000000 +
		date.charCodeAt(1) * 1000000 +
		date.charCodeAt(2) * 100000 +
		date.charCodeAt(3) * 10000 +
		date.charCodeAt(5) * 1000 +
		date.charCodeAt(6) * 100 +
		date.charCodeAt(8) * 10 +
		date.charCodeAt(9) -
		ZEROS
	);
}

/**
 * The date `years` after `date`, for cohorts ("3 years after entry"): the same month and day,
 * and 1 March for a 29 February in a year without one, consistent with fullYears.
 */
export function anniversary(date: IsoDate, years: number): IsoDate {
	const year = String(Number(date.slice(0, 4)) + years).padStart(4, '0');
	const candidate = `${year}${date.slice(4)}`;
	return isIsoDate(candidate) ? candidate : `${year}-03-01`;
}

/** First day of the calendar year of `date`: the default start of a reporting period. */
export function yearStart(date: IsoDate): IsoDate {
	return `${date.slice(0, 4)}-01-01`;
}

/** Does the dated span [start, end] (end '' = open) touch the period [from, to]? */
export function overlaps(start: IsoDate, end: IsoDate, from: IsoDate, to: IsoDate): boolean {
	return start !== '' && start <= to && (end === '' || end >= from);
}

/** Is the span in effect on `date`? */
export function covers(start: IsoDate, end: IsoDate, date: IsoDate): boolean {
	return start !== '' && start <= date && (end === '' || date <= end);
}
