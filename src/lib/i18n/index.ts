/**
 * The one i18n layer: `t(key, params)` for texts and the formatters for dates and numbers.
 * Dates are stored as ISO (YYYY-MM-DD) and shown as dd.mm.yyyy, as Swiss users expect.
 */
import { format as formatFns, isValid, parse as parseFns } from 'date-fns';
import { deCH, type MessageKey, type Messages } from './de-CH';

export type { MessageKey };
export const LOCALE = 'de-CH';

const messages: Messages = deCH;

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	return messages[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** 'YYYY-MM-DD' → 'dd.mm.yyyy'; anything else → ''. */
export function formatDate(iso: string): string {
	const date = parseIso(iso);
	return date ? formatFns(date, 'dd.MM.yyyy') : '';
}

/** 'dd.mm.yyyy' (also d.m.yyyy) → 'YYYY-MM-DD', or null if it is not a real date. */
export function parseDate(input: string): string | null {
	const trimmed = input.trim();
	if (!/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(trimmed)) return null;
	const date = parseFns(trimmed, 'd.M.yyyy', new Date(2000, 0, 1));
	if (!isValid(date) || date.getFullYear() < 1900 || date.getFullYear() > 2200) return null;
	return formatFns(date, 'yyyy-MM-dd');
}

export function parseIso(iso: string): Date | null {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
	const date = parseFns(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
	return isValid(date) ? date : null;
}

export function formatDateTime(ms: number): string {
	return formatFns(new Date(ms), 'dd.MM.yyyy HH:mm');
}

const numberFormat = new Intl.NumberFormat(LOCALE);
export function formatNumber(n: number): string {
	return numberFormat.format(n);
}

/** Case-insensitive, accent-insensitive compare for sorting names the Swiss way. */
export const collator = new Intl.Collator(LOCALE, { sensitivity: 'base' });

const regionNames = new Intl.DisplayNames([LOCALE], { type: 'region' });

/** 'UA' → 'Ukraine'; '' for anything that is not an ISO 3166 region code. */
export function countryName(code: string): string {
	if (!/^[A-Z]{2}$/.test(code)) return '';
	try {
		const name = regionNames.of(code) ?? '';
		return name === code ? '' : name;
	} catch {
		return '';
	}
}
