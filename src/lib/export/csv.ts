/**
 * CSV as Swiss Excel opens it with a double click: UTF-8 with a byte-order mark (else umlauts
 * break), ';' as separator (the de-CH list separator), CRLF line ends, quotes only where
 * needed. Text that Excel would run as a formula (=, +, -, @ first) is prefixed with an
 * apostrophe: exported names come from user input.
 */
import { dsvFormat } from 'd3-dsv';

export type Cell = string | number | null;

const dsv = dsvFormat(';');
const BOM = '\uFEFF';

export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return BOM + rows.map((row) => dsv.formatRow(row.map(cellText))).join('\r\n') + '\r\n';
}

function cellText(cell: Cell): string {
	if (cell === null) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
