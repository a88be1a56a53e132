/**
 * The exports read back by independent readers: Info-ZIP's `unzip -t` checks every CRC and
 * header, and Python's zipfile + ElementTree (standard library) read the cells of the sheet.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { workbook, column } from './xlsx';
import { crc32 } from './zip';

const READ_CELLS = `
import sys, zipfile, json, xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
out = {}
book = ET.fromstring(z.read('xl/workbook.xml'))
out['sheets'] = [s.get('name') for s in book.find('m:sheets', ns)]
for i, name in enumerate(out['sheets']):
    sheet = ET.fromstring(z.read('xl/worksheets/sheet%d.xml' % (i + 1)))
    cells = {}
    for c in sheet.iter('{%s}c' % ns['m']):
        t = c.get('t')
        if t == 'inlineStr':
            cells[c.get('r')] = ''.join(x.text or '' for x in c.iter('{%s}t' % ns['m']))
        else:
            cells[c.get('r')] = float(c.find('m:v', ns).text)
    out[name] = cells
print(json.dumps(out))
`;

function readBack(bytes: Uint8Array): Record<string, unknown> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-xlsx-'));
	const file = path.join(dir, 'test.xlsx');
	fs.writeFileSync(file, bytes);
	const test = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
	expect(test).toContain('No errors detected');
	const json = execFileSync('python3', ['-c', READ_CELLS, file], { encoding: 'utf8' });
	fs.rmSync(dir, { recursive: true });
	return JSON.parse(json) as Record<string, unknown>;
}

describe('zip', () => {
	it('computes the same CRC-32 as zlib', () => {
		const data = new TextEncoder().encode('Grüezi Lotse, 123 ' + 'x'.repeat(1000));
		expect(crc32(data)).toBe(zlib.crc32(data));
		expect(crc32(new Uint8Array())).toBe(0);
	});
});

describe('xlsx', () => {
	it('names columns like Excel', () => {
		expect([0, 25, 26, 51, 52, 701, 702].map(column)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
	});

	it('writes a workbook that readers open with the expected cells', () => {
		const bytes = workbook([
			{
				name: 'Kennzahlen 30.06.2026',
				rows: [
					['Kennzahl', 'Zähler', 'Nenner', 'Wert'],
					['IAS-1 Sprache <A1> & mehr', 1, 5, { percent: 0.2 }],
					['=SUM(A1)', 0, 0, null]
				]
			},
			{ name: 'Kohorten/Einreisejahr', rows: [['Einreisejahr', 'Wert'], ['2019', 1]] }
		]);
		const book = readBack(bytes) as { sheets: string[] } & Record<string, Record<string, string | number>>;
		expect(book.sheets).toEqual(['Kennzahlen 30.06.2026', 'Kohorten Einreisejahr']);
		const sheet = book['Kennzahlen 30.06.2026']!;
		expect(sheet).toMatchObject({ A1: 'Kennzahl', B1: 'Zähler', A2: 'IAS-1 Sprache <A1> & mehr', B2: 1, C2: 5, D2: 0.2, A3: '=SUM(A1)', B3: 0 });
		expect(sheet.D3).toBeUndefined();
		expect(book['Kohorten Einreisejahr']).toEqual({ A1: 'Einreisejahr', B1: 'Wert', A2: '2019', B2: 1 });
	});

	it('gives the same bytes for the same content', () => {
		const a = workbook([{ name: 'A', rows: [['x', 1]] }]);
		const b = workbook([{ name: 'A', rows: [['x', 1]] }]);
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	});
});

describe('csv', () => {
	it('is UTF-8 with BOM, semicolons, CRLF, quoted where needed, formulas defused', () => {
		const csv = toCsv([
			['Name', 'Gemeinde', 'Wert'],
			['Müller; Anna', 'Olten', 0.5],
			['=HYPERLINK("x")', 'Zuchwil "Süd"', null]
		]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual(['Name;Gemeinde;Wert', '"Müller; Anna";Olten;0.5', `"'=HYPERLINK(""x"")";"Zuchwil ""Süd""";`, '']);
	});
});
