import { describe, expect, it } from 'vitest';
import { cell, toCsv } from './csv';

describe('csv cell', () => {
	it('defuses every formula trigger of the OWASP list, also behind tab, CR and spaces', () => {
		for (const raw of [
			'=1+1',
			'+1',
			'-1',
			'@SUM(A1)',
			'\t=HYPERLINK("http://x")',
			'\r=HYPERLINK("http://x")',
			'\n=1',
			'\t',
			'\rplain',
			'  =1',
			'\u00a0=1',
			'\uff1d1'
		]) {
			const out = cell(raw);
			expect(out.startsWith(`"'`), JSON.stringify(raw)).toBe(true);
		}
	});

	it('quotes every text cell and doubles inner quotes; numbers stay numbers', () => {
		expect(cell('Müller; "Anna"\r\nZeile')).toBe('"Müller; ""Anna""\r\nZeile"');
		expect(cell('')).toBe('""');
		expect(cell(null)).toBe('');
		expect(cell(-3.5)).toBe('-3.5');
		expect(cell(Number.NaN)).toBe('');
		expect(cell('a=b')).toBe('"a=b"');
	});

	it('writes a file with BOM, semicolons and CRLF', () => {
		expect(
			toCsv([
				['a', 1],
				['=b', null]
			])
		).toBe('\uFEFF"a";1\r\n"\'=b";\r\n');
	});
});
