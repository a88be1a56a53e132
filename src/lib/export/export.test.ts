/**
 * The exports read back by a library: the .xlsx by exceljs (as a spreadsheet program would
 * open it), the CSV by its bytes.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { sheetNames, workbook } from './xlsx';

describe('xlsx', () => {
	it('writes a workbook that exceljs reads back with the expected cells', async () => {
		const bytes = await workbook([
			{
				name: 'Kennzahlen 30.06.2026',
				rows: [
					['Kennzahl', 'Zähler', 'Nenner', 'Wert'],
					['IAS-1 Sprache <A1> & mehr', 1, 5, { percent: 0.2 }],
					['=SUM(A1)', 0, 0, null]
				]
			},
			{
				name: 'Kohorten/Einreisejahr',
				rows: [
					['Einreisejahr', 'Wert'],
					['2019', 1]
				]
			}
		]);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
		expect(book.worksheets.map((s) => s.name)).toEqual(['Kennzahlen 30.06.2026', 'Kohorten Einreisejahr']);
		const sheet = book.getWorksheet('Kennzahlen 30.06.2026')!;
		const value = (ref: string) => sheet.getCell(ref).value;
		expect([
			value('A1'),
			value('B1'),
			value('A2'),
			value('B2'),
			value('C2'),
			value('D2'),
			value('A3'),
			value('B3')
		]).toEqual(['Kennzahl', 'Zähler', 'IAS-1 Sprache <A1> & mehr', 1, 5, 0.2, '=SUM(A1)', 0]);
		expect(sheet.getCell('D2').numFmt).toBe('0.0%');
		expect(sheet.getCell('A1').font?.bold).toBe(true);
		expect(value('D3')).toBeNull();
		const cohorts = book.getWorksheet('Kohorten Einreisejahr')!;
		expect([cohorts.getCell('A2').value, cohorts.getCell('B2').value]).toEqual(['2019', 1]);
	});

	it('makes sheet names Excel accepts', () => {
		expect(sheetNames(['a/b', 'A/B', 'x'.repeat(40)])).toEqual(['a b', 'A B 2', 'x'.repeat(31)]);
	});
});

describe('csv', () => {
	it('is UTF-8 with BOM, semicolons, CRLF, text quoted, formulas defused', () => {
		const csv = toCsv([
			['Name', 'Gemeinde', 'Wert'],
			['Müller; Anna', 'Olten', 0.5],
			['=HYPERLINK("x")', 'Zuchwil "Süd"', null]
		]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual([
			'"Name";"Gemeinde";"Wert"',
			'"Müller; Anna";"Olten";0.5',
			`"'=HYPERLINK(""x"")";"Zuchwil ""Süd""";`,
			''
		]);
	});
});
