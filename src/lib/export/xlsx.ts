/**
 * A minimal Office Open XML workbook (.xlsx): one or more sheets, text as inline strings,
 * numbers as numbers (so Excel can sum them), rates as numbers with a percent format, a bold
 * header row and a frozen first row. Enough for lists and indicator tables; replace by a
 * library (exceljs) once one is approved.
 */
import { zip } from './zip';

export type XlsxCell = string | number | null | { percent: number };

export interface Sheet {
	name: string;
	rows: readonly (readonly XlsxCell[])[];
}

export const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STYLE_HEADER = 1;
const STYLE_PERCENT = 2;

export function workbook(sheets: readonly Sheet[]): Uint8Array {
	if (sheets.length === 0) throw new RangeError('a workbook needs at least one sheet');
	const encoder = new TextEncoder();
	const names = uniqueNames(sheets.map((s) => s.name));
	const files: [string, string][] = [
		['[Content_Types].xml', contentTypes(sheets.length)],
		['_rels/.rels', ROOT_RELS],
		['xl/workbook.xml', workbookXml(names)],
		['xl/_rels/workbook.xml.rels', workbookRels(sheets.length)],
		['xl/styles.xml', STYLES],
		...sheets.map((sheet, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet.rows)])
	];
	return zip(files.map(([name, text]) => ({ name, data: encoder.encode(text) })));
}

/** 0 → A, 25 → Z, 26 → AA. */
export function column(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

function sheetXml(rows: readonly (readonly XlsxCell[])[]): string {
	const body = rows
		.map((row, r) => {
			const cells = row.map((cell, c) => cellXml(cell, `${column(c)}${r + 1}`, r === 0)).join('');
			return `<row r="${r + 1}">${cells}</row>`;
		})
		.join('');
	const frozen = rows.length > 1 ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' : '';
	return `${XML}<worksheet xmlns="${NS}">${frozen}<sheetData>${body}</sheetData></worksheet>`;
}

function cellXml(cell: XlsxCell, ref: string, header: boolean): string {
	const style = header ? ` s="${STYLE_HEADER}"` : '';
	if (cell === null || cell === '') return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? `<c r="${ref}"${style}><v>${cell}</v></c>` : '';
	if (typeof cell === 'object') return Number.isFinite(cell.percent) ? `<c r="${ref}" s="${STYLE_PERCENT}"><v>${cell.percent}</v></c>` : '';
	return `<c r="${ref}" t="inlineStr"${style}><is><t xml:space="preserve">${escape(cell)}</t></is></c>`;
}

/** XML text: escapes markup and drops characters XML 1.0 forbids (control characters). */
export function escape(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique. */
function uniqueNames(names: readonly string[]): string[] {
	const used = new Set<string>();
	return names.map((raw, i) => {
		const base = raw.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || `Tabelle${i + 1}`;
		let name = base;
		for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 28)} ${n}`;
		used.add(name.toLowerCase());
		return name;
	});
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function contentTypes(sheets: number): string {
	const overrides = Array.from(
		{ length: sheets },
		(_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
	).join('');
	return (
		`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
		'<Default Extension="xml" ContentType="application/xml"/>' +
		'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
		'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
		`${overrides}</Types>`
	);
}

const ROOT_RELS =
	`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';

function workbookXml(names: readonly string[]): string {
	const sheets = names.map((name, i) => `<sheet name="${escape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
	return `${XML}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(sheets: number): string {
	const rels = Array.from(
		{ length: sheets },
		(_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
	).join('');
	return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${sheets + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
}

// Style 0: default; 1: bold (header row); 2: built-in number format 10 (0.00 %).
const STYLES =
	`${XML}<styleSheet xmlns="${NS}">` +
	'<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
	'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
	'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
	'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
	'<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
	'<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
	'<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
	'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
