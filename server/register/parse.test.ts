import { describe, expect, it } from 'vitest';
import { FileError, parse } from './parse';

const TODAY = '2026-06-30';
const HEADER = 'ZEMIS-Nr;Nachname;Vorname;Geburtsdatum;Geschlecht;Nationalität;Status;Einreisedatum;Kanton;Gemeinde';
const GOOD = '12345678-9;Haidari;Amina;14.02.1994;w;AF;F;03.09.2022;SO;Biberist';

describe('register extract parsing', () => {
	it('reads a good row with German headers, semicolons and Swiss dates', () => {
		const { rows, rejected } = parse(`${HEADER}\n${GOOD}\n`, TODAY);
		expect(rejected).toEqual([]);
		expect(rows).toEqual([
			{
				line: 2,
				zemis: '12345678-9',
				lastName: 'Haidari',
				firstName: 'Amina',
				birthDate: '1994-02-14',
				sex: 'f',
				nationality: 'AF',
				status: 'F',
				entryDate: '2022-09-03',
				canton: 'SO',
				municipality: 'Biberist',
				agency: '',
				statusFrom: ''
			}
		]);
	});

	it('accepts a BOM, commas, English headers in any order, ISO dates and quoted fields', () => {
		const text =
			'\uFEFFmunicipality,ZEMIS number,last name,first name,date of birth,sex,nationality,status,entry date,canton,agency\r\n"Olten","123456789","Kovalenko, geb. Shevchenko",Olena,1988-05-01,female,ua,S,2022-03-20,so,SR-Olten\r\n';
		const { rows, rejected } = parse(text, TODAY);
		expect(rejected).toEqual([]);
		expect(rows[0]).toMatchObject({
			zemis: '12345678-9',
			lastName: 'Kovalenko, geb. Shevchenko',
			sex: 'f',
			nationality: 'UA',
			status: 'S',
			entryDate: '2022-03-20',
			canton: 'SO',
			municipality: 'Olten',
			agency: 'sr-olten'
		});
	});

	it('maps the ways a register writes the refugee statuses', () => {
		const statuses = ['F Flü', 'F-FLÜ', 'b flü', 'B-FL', 'n'].map(
			(status, i) => `1234567${i}-1;A;B;01.01.1990;m;SY;${status};01.01.2020;SO;Olten`
		);
		const { rows } = parse([HEADER, ...statuses].join('\n'), TODAY);
		expect(rows.map((r) => r.status)).toEqual(['F-FL', 'F-FL', 'B-FL', 'B-FL', 'N']);
	});

	// Each bad row with the line it sits on and (part of) the reason the user reads.
	const BAD: [string, string][] = [
		['12345678;Haidari;Amina;14.02.1994;w;AF;F;03.09.2022;SO;Biberist', 'ZEMIS-Nr «12345678» hat nicht die Form'],
		[';Haidari;Amina;14.02.1994;w;AF;F;03.09.2022;SO;Biberist', 'ZEMIS-Nr fehlt'],
		['22345678-9;;Amina;14.02.1994;w;AF;F;03.09.2022;SO;Biberist', 'Nachname fehlt'],
		['32345678-9;Haidari;;14.02.1994;w;AF;F;03.09.2022;SO;Biberist', 'Vorname fehlt'],
		[
			'42345678-9;Haidari;Amina;31.02.1994;w;AF;F;03.09.2022;SO;Biberist',
			'Geburtsdatum «31.02.1994» ist kein gültiges Datum'
		],
		[
			'52345678-9;Haidari;Amina;1994/02/14;w;AF;F;03.09.2022;SO;Biberist',
			'Geburtsdatum «1994/02/14» ist kein gültiges Datum'
		],
		['62345678-9;Haidari;Amina;14.02.1994;q;AF;F;03.09.2022;SO;Biberist', 'Geschlecht «q» unbekannt'],
		[
			'72345678-9;Haidari;Amina;14.02.1994;w;Afghanistan;F;03.09.2022;SO;Biberist',
			'Nationalität «Afghanistan» ist kein zweistelliger Ländercode'
		],
		['82345678-9;Haidari;Amina;14.02.1994;w;AF;VA;03.09.2022;SO;Biberist', 'Status «VA» unbekannt'],
		['92345678-9;Haidari;Amina;14.02.1994;w;AF;F;03.09.2030;SO;Biberist', 'Einreisedatum liegt in der Zukunft'],
		['13345678-9;Haidari;Amina;14.02.2024;w;AF;F;03.09.2022;SO;Biberist', 'Einreisedatum liegt vor dem Geburtsdatum'],
		[
			'14345678-9;Haidari;Amina;14.02.1994;w;AF;F;03.09.2022;Solothurn;Biberist',
			'Kanton «Solothurn» ist kein Kantonskürzel'
		],
		['15345678-9;Haidari;Amina;14.02.1994;w;AF;F;03.09.2022;SO;', 'Gemeinde fehlt'],
		['16345678-9;Haidari;Amina', 'Geburtsdatum fehlt'],
		[GOOD.replace('Amina', 'Zweitzeile'), 'ZEMIS-Nr kommt bereits in Zeile 2 vor']
	];

	it('rejects each bad row with its line number and a German reason, and keeps the good ones', () => {
		const text = [
			HEADER,
			GOOD,
			...BAD.map(([row]) => row),
			'17345678-9;Ok;Auch;01.01.2000;m;ER;B-FL;01.01.2019;SO;Olten'
		].join('\n');
		const { rows, rejected } = parse(text, TODAY);
		expect(rows.map((r) => r.line)).toEqual([2, BAD.length + 3]);
		expect(rejected.map((r) => r.line)).toEqual(BAD.map((_, i) => i + 3));
		BAD.forEach(([, reason], i) => expect(rejected[i]!.reason, `line ${i + 3}`).toContain(reason));
	});

	it('lists every problem of a row, not only the first', () => {
		const { rejected } = parse(`${HEADER}\n18345678-9;;;99.99.1999;w;AF;F;03.09.2022;SO;Olten`, TODAY);
		expect(rejected[0]!.reason).toBe(
			'Nachname fehlt; Vorname fehlt; Geburtsdatum «99.99.1999» ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)'
		);
	});

	it('skips empty lines but keeps counting them', () => {
		const { rows, rejected } = parse(`${HEADER}\n\n;;;\n${GOOD}\n`, TODAY);
		expect(rejected).toEqual([]);
		expect(rows[0]!.line).toBe(4);
	});

	it('refuses a file without a required column, naming it', () => {
		expect(() => parse('ZEMIS-Nr;Nachname;Vorname\n12345678-9;A;B', TODAY)).toThrow(FileError);
		expect(() => parse('ZEMIS-Nr;Nachname;Vorname\n12345678-9;A;B', TODAY)).toThrow(
			/Spalte fehlt: Geburtsdatum, Geschlecht, Nationalität, Status, Einreisedatum, Kanton, Gemeinde/
		);
		expect(() => parse('', TODAY)).toThrow(/leer/);
	});

	it('refuses a file with an unterminated quote whole, naming the line it opened on', () => {
		const rows = Array.from(
			{ length: 21 },
			(_, i) => `${String(20000000 + i)}-1;Name${i};Vorname;01.01.1990;m;SY;F;01.01.2020;SO;Olten`
		);
		rows[1] = rows[1]!.replace('Name1', '"Name1'); // line 3 of the file
		const error = (() => {
			try {
				parse([HEADER, ...rows].join('\n'), TODAY);
			} catch (e) {
				return e;
			}
		})();
		expect(error).toBeInstanceOf(FileError);
		expect(error).toMatchObject({ line: 3, message: expect.stringMatching(/^Zeile 3: /) });
	});

	it('accounts for every row: one with a line break in a field is rejected with its physical lines, the rest keep theirs', () => {
		const text = [
			HEADER,
			GOOD,
			'22222222-2;"Zwei',
			'Zeilen";Vorname;01.01.1990;m;SY;F;01.01.2020;SO;Olten',
			'33333333-3;Drei;Vorname;01.01.1990;m;SY;F;01.01.2020;SO;Olten;zu;viele;Felder',
			'44444444-4;;Vorname;01.01.1990;m;SY;F;01.01.2020;SO;Olten',
			'55555555-5;Fuenf;Vorname;01.01.1990;m;SY;F;01.01.2020;SO;Olten'
		].join('\r\n');
		const { rows, rejected } = parse(text, TODAY);
		expect(rows.map((r) => r.line)).toEqual([2, 7]);
		expect(rejected.map((r) => [r.line, r.zemis])).toEqual([
			[3, '22222222-2'],
			[5, '33333333-3'],
			[6, '44444444-4']
		]);
		expect(rejected[0]!.reason).toContain('Zeilen 3–4');
		expect(rejected[1]!.reason).toContain('13 Felder');
	});
});
