/**
 * Excel export (.xlsx) through exceljs: text as text, numbers as numbers (so Excel can sum
 * them), rates as numbers with a percent format, a bold, frozen header row. exceljs is loaded
 * only when someone exports, so it does not weigh on every page.
 */
import type ExcelJS from 'exceljs';

export type XlsxCell = string | number | null | { percent: number };

export interface Sheet {
	name: string;
	rows: readonly (readonly XlsxCell[])[];
}

export const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's rules for sheet names: ≤ 31 characters, none of : \ / ? * [ ], unique. */
export function sheetNames(names: readonly string[]): string[] {
	const taken = new Set<string>();
	return names.map((raw) => {
		const base =
			raw
				.replace(/[:\\/?*[\]]/g, ' ')
				.trim()
				.slice(0, 31) || 'Tabelle';
		let name = base;
		for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
		taken.add(name.toLowerCase());
		return name;
	});
}

export function fill(book: ExcelJS.Workbook, sheets: readonly Sheet[]): void {
	if (sheets.length === 0) throw new RangeError('a workbook needs at least one sheet');
	const names = sheetNames(sheets.map((s) => s.name));
	sheets.forEach((sheet, index) => {
		const worksheet = book.addWorksheet(names[index], { views: [{ state: 'frozen', ySplit: 1 }] });
		sheet.rows.forEach((row, r) => {
			const added = worksheet.addRow(
				row.map((cell) => (cell !== null && typeof cell === 'object' ? cell.percent : cell))
			);
			row.forEach((cell, c) => {
				if (cell !== null && typeof cell === 'object') added.getCell(c + 1).numFmt = '0.0%';
			});
			if (r === 0) added.font = { bold: true };
		});
	});
}

export async function workbook(sheets: readonly Sheet[]): Promise<Uint8Array> {
	const { default: Excel } = await import('exceljs');
	const book = new Excel.Workbook();
	book.creator = 'Lotse';
	fill(book, sheets);
	return new Uint8Array(await book.xlsx.writeBuffer());
}
