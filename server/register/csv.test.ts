import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, readCsv } from './csv';

describe('register CSV reader', () => {
	it('reads quoted fields with separators, doubled quotes and line breaks, keeping physical lines', () => {
		const text = 'a;b;c\r\n"x;y";"sagt ""hallo""";3\r\n"zwei\nZeilen";;\n\nletzte;"";z';
		expect(readCsv(text, ';')).toEqual([
			{ line: 1, endLine: 1, fields: ['a', 'b', 'c'] },
			{ line: 2, endLine: 2, fields: ['x;y', 'sagt "hallo"', '3'] },
			{ line: 3, endLine: 4, fields: ['zwei\nZeilen', '', ''] },
			{ line: 5, endLine: 5, fields: [''] },
			{ line: 6, endLine: 6, fields: ['letzte', '', 'z'] }
		]);
	});

	it('keeps a quote inside an unquoted field and counts a lone CR as a line end', () => {
		expect(readCsv('O"Brien;x\r2;y', ';')).toEqual([
			{ line: 1, endLine: 1, fields: ['O"Brien', 'x'] },
			{ line: 2, endLine: 2, fields: ['2', 'y'] }
		]);
	});

	it('refuses an unterminated quote with the line it opened on', () => {
		const rows = ['h;i', '1;2', '3;"offen', ...Array.from({ length: 19 }, (_, i) => `${i};z`)];
		const error = (() => {
			try {
				readCsv(rows.join('\n'), ';');
			} catch (e) {
				return e;
			}
		})();
		expect(error).toBeInstanceOf(CsvSyntaxError);
		expect(error).toMatchObject({ line: 3 });
		expect((error as Error).message).toMatch(/^Zeile 3: Ein Anführungszeichen wird nie geschlossen/);
	});

	it('refuses a runaway quote that another quote ends in the wrong place, naming both lines', () => {
		const text = 'h;i\n1;"offen\n2;x\n3;"auch";y\n';
		expect(() => readCsv(text, ';')).toThrow(/^Zeile 2 \(Anführungszeichen bis Zeile 4\): Nach dem schliessenden/);
	});
});
