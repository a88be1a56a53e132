/**
 * The one CSV writer of Lotse: every CSV the app produces (audit exports on the server, list
 * and indicator exports in the browser) goes through `toCsv`, so there is one place that
 * decides what a cell may look like.
 *
 * Format: as Swiss Excel opens it with a double click — UTF-8 with a byte-order mark (else
 * umlauts break), ';' as separator (the de-CH list separator), CRLF line ends.
 *
 * Formula injection (OWASP "CSV Injection"): exported text comes from user input (names,
 * notes, doc keys), and a spreadsheet runs a cell that starts with = + - @ as a formula — and,
 * after trimming, one that starts with a tab or CR followed by such a sign. Such a cell gets a
 * leading apostrophe, which spreadsheets show as text. Every text cell is quoted, with inner
 * quotes doubled, so a separator, quote or line break inside it cannot start a new cell or row.
 * Numbers are written as numbers (Excel must be able to sum them).
 */

export type Cell = string | number | null;

const BOM = '\uFEFF';

/**
 * Cells a spreadsheet might evaluate: a trigger sign first, or after leading white space
 * (tab, CR, LF, spaces, no-break spaces) — also the full-width forms some locales evaluate.
 */
const FORMULA = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/** One cell, ready to be joined with ';'. */
export function cell(value: Cell): string {
	if (value === null) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = FORMULA.test(value) ? `'${value}` : value;
	return `"${text.replace(/"/g, '""')}"`;
}

/** A whole CSV file: BOM, rows joined by CRLF, a final CRLF. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return BOM + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}
