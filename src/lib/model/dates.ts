/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) by their digits, so results do not depend on the
 * time zone of the browser or server that computes them.
 */
import type { IsoDate } from './schema';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function isIso(value: string): boolean {
	return ISO.test(value);
}

/** Completed years of life on `on` for someone born on `birth`; null if either is missing. */
export function age(birth: IsoDate, on: IsoDate): number | null {
	if (!isIso(birth) || !isIso(on)) return null;
	const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
	return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** Completed calendar months from `from` to `to` (negative when `to` is earlier); null if missing. */
export function monthsBetween(from: IsoDate, to: IsoDate): number | null {
	if (!isIso(from) || !isIso(to)) return null;
	const months =
		(Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
	if (months > 0 && to.slice(8) < from.slice(8)) return months - 1;
	if (months < 0 && to.slice(8) > from.slice(8)) return months + 1;
	return months;
}
