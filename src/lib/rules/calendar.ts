/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, for the rules and the demo seed: pure and
 * the same in the browser and on the server, whatever the machine's time zone.
 */
import type { IsoDate } from '../model/schema';

const DAY_MS = 86_400_000;

/** Midnight UTC of the date, in ms since the epoch. */
export function toMs(date: IsoDate): number {
	return Date.parse(`${date}T00:00:00Z`);
}

export function toIso(ms: number): IsoDate {
	return new Date(ms).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(toMs(value)) && toIso(toMs(value)) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
	return toIso(toMs(date) + days * DAY_MS);
}

/** Adds calendar months; a day missing in the target month rolls over (31.1. + 1 → 3.3.). */
export function addMonths(date: IsoDate, months: number): IsoDate {
	const d = new Date(toMs(date));
	d.setUTCMonth(d.getUTCMonth() + months);
	return toIso(d.getTime());
}

export function addYears(date: IsoDate, years: number): IsoDate {
	return addMonths(date, 12 * years);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function between(a: IsoDate, b: IsoDate): number {
	return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** Completed years of life on `on` for someone born on `birth`. */
export function age(birth: IsoDate, on: IsoDate): number {
	const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
	return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

export function min(a: IsoDate, b: IsoDate): IsoDate {
	return a < b ? a : b;
}

export function max(a: IsoDate, b: IsoDate): IsoDate {
	return a > b ? a : b;
}

/** The latest of some dates, ignoring empty ones; '' if none. */
export function latest(...dates: IsoDate[]): IsoDate {
	return dates.reduce((max, d) => (d > max ? d : max), '');
}

/** dd.mm.yyyy, for texts the rules produce (the UI uses i18n.formatDate). */
export function swiss(date: IsoDate): string {
	return isIsoDate(date) ? date.split('-').reverse().join('.') : '';
}

/** Today's date in Switzerland (sv-SE formats dates as YYYY-MM-DD). */
// eslint-disable-next-line no-restricted-syntax -- the default serves pages at the edge; rules/ itself passes `now`
export function swissToday(now: number = Date.now()): IsoDate {
	return new Date(now).toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });
}
