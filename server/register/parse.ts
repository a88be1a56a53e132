/**
 * Parsing of a person-register extract (ZEMIS-like CSV) into validated rows. Pure: text in,
 * rows and rejections out; register.ts applies the rows.
 *
 * Accepted: UTF-8 with or without BOM; ';' or ',' as separator (whichever the header line uses
 * more); German or English headers in any order and case, with or without accents/punctuation
 * ("ZEMIS-Nr", "zemis nr", "ZEMIS number"); dates dd.mm.yyyy or yyyy-mm-dd. Line numbers are
 * physical lines of the file, the header being line 1, as an editor shows them.
 *
 * Every row is accounted for: it becomes a row or a rejection with its line and every reason,
 * and the others go on. A file that cannot be read as CSV (a quote never closed, a quote closed
 * in the wrong place: csv.ts) or lacks a required column is refused whole (FileError, with the
 * line), never half-read.
 */
import { z } from 'zod';
import { parseDate } from '../../src/lib/i18n';
import type { Sex } from '../../src/lib/model/person';
import { isStatus, type Status } from '../../src/lib/model/residence';
import type { IsoDate } from '../../src/lib/model/schema';
import { isId } from '../../src/lib/shared/docname';
import type { Rejected } from '../../src/lib/shared/registerimport';
import { CsvSyntaxError, readCsv, type CsvRecord } from './csv';

export type { Rejected };

/** The columns of the extract; German header first (shown in messages), then accepted aliases. */
export const COLUMNS = {
	zemis: { header: 'ZEMIS-Nr', aliases: ['zemis', 'zemisnummer', 'zemisno', 'zemisnumber', 'nzemis'], required: true },
	lastName: {
		header: 'Nachname',
		aliases: ['name', 'familienname', 'lastname', 'surname', 'familyname'],
		required: true
	},
	firstName: { header: 'Vorname', aliases: ['vornamen', 'firstname', 'givenname', 'givennames'], required: true },
	birthDate: { header: 'Geburtsdatum', aliases: ['birthdate', 'dateofbirth', 'dob'], required: true },
	sex: { header: 'Geschlecht', aliases: ['sex', 'gender'], required: true },
	nationality: {
		header: 'Nationalität',
		aliases: ['nationalitaet', 'staatsangehoerigkeit', 'staatsangehorigkeit', 'nationality', 'citizenship'],
		required: true
	},
	status: { header: 'Status', aliases: ['aufenthaltsstatus', 'residencestatus', 'permit'], required: true },
	entryDate: { header: 'Einreisedatum', aliases: ['einreise', 'entrydate', 'dateofentry', 'entry'], required: true },
	canton: { header: 'Kanton', aliases: ['canton'], required: true },
	municipality: { header: 'Gemeinde', aliases: ['wohngemeinde', 'municipality', 'commune'], required: true },
	agency: {
		header: 'Stelle',
		aliases: ['zustaendigestelle', 'zustandigestelle', 'agency', 'agencyid'],
		required: false
	},
	statusFrom: { header: 'Status seit', aliases: ['statusdatum', 'statusfrom', 'statussince'], required: false }
} as const;

export type Column = keyof typeof COLUMNS;

export interface RegisterRow {
	line: number;
	zemis: string;
	lastName: string;
	firstName: string;
	birthDate: IsoDate;
	sex: Sex;
	nationality: string;
	status: Status;
	entryDate: IsoDate;
	canton: string;
	municipality: string;
	/** Agency id from the file, if it names one. */
	agency: string;
	/** Since when the status holds, if the file says. */
	statusFrom: IsoDate;
}

export interface Parsed {
	rows: RegisterRow[];
	rejected: Rejected[];
}

/** The file as a whole cannot be read (no header, missing column): nothing is imported. */
export class FileError extends Error {
	/** Recognized by this, not instanceof: SvelteKit's bundle has its own copy of this class. */
	readonly code = 'register-file';
	/** The physical line of the problem, when there is one. */
	readonly line: number | null;
	constructor(message: string, line: number | null = null) {
		super(message);
		this.line = line;
	}
}

/** Lowercase, without accents and punctuation: "Nationalität" → "nationalitat". */
export function normalizeHeader(header: string): string {
	return header
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

const HEADER_TO_COLUMN = new Map<string, Column>(
	(Object.entries(COLUMNS) as [Column, (typeof COLUMNS)[Column]][]).flatMap(([column, spec]) =>
		[spec.header, ...spec.aliases].map((name) => [normalizeHeader(name), column] as const)
	)
);

const SEX: Record<string, Sex> = {
	w: 'f',
	f: 'f',
	weiblich: 'f',
	female: 'f',
	frau: 'f',
	m: 'm',
	mannlich: 'm',
	male: 'm',
	mann: 'm',
	x: 'x',
	d: 'x',
	divers: 'x',
	diverse: 'x',
	other: 'x'
};

/** 'F Flü', 'F-FLÜ', 'fflu' → 'F-FL'; 'b' → 'B'. */
function toStatus(value: string): Status | null {
	const compact = value
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toUpperCase()
		.replace(/[^A-Z]/g, '');
	const mapped =
		compact === 'FFL' || compact === 'FFLU' || compact === 'FFLUE'
			? 'F-FL'
			: compact === 'BFL' || compact === 'BFLU' || compact === 'BFLUE'
				? 'B-FL'
				: compact;
	return isStatus(mapped) ? mapped : null;
}

function toIsoDate(value: string): IsoDate | null {
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		const ms = Date.parse(`${value}T00:00:00Z`);
		return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === value ? value : null;
	}
	return parseDate(value);
}

type Ctx = z.RefinementCtx;
function fail(ctx: Ctx, value: string, message: string): typeof z.NEVER {
	ctx.addIssue({ code: 'custom', message, input: value });
	return z.NEVER;
}

const text = (label: string) => z.string().trim().min(1, `${label} fehlt`).max(200, `${label} ist zu lang`);
const date = (label: string) =>
	text(label).transform(
		(value, ctx) =>
			toIsoDate(value) ?? fail(ctx, value, `${label} «${value}» ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)`)
	);

export function rowSchema(today: IsoDate) {
	return z
		.object({
			zemis: text('ZEMIS-Nr').transform((value, ctx) => {
				const digits = value.replace(/[\s.]/g, '');
				const match = /^(\d{8})-?(\d)$/.exec(digits);
				return match
					? `${match[1]}-${match[2]}`
					: fail(ctx, value, `ZEMIS-Nr «${value}» hat nicht die Form 12345678-9`);
			}),
			lastName: text('Nachname'),
			firstName: text('Vorname'),
			birthDate: date('Geburtsdatum'),
			sex: text('Geschlecht').transform(
				(value, ctx) => SEX[normalizeHeader(value)] ?? fail(ctx, value, `Geschlecht «${value}» unbekannt (w, m oder x)`)
			),
			nationality: text('Nationalität').transform((value, ctx) =>
				/^[a-z]{2}$/i.test(value)
					? value.toUpperCase()
					: fail(ctx, value, `Nationalität «${value}» ist kein zweistelliger Ländercode (z. B. AF)`)
			),
			status: text('Status').transform(
				(value, ctx) =>
					toStatus(value) ?? fail(ctx, value, `Status «${value}» unbekannt (N, F, F Flü, B Flü, S, B oder C)`)
			),
			entryDate: date('Einreisedatum'),
			canton: text('Kanton').transform((value, ctx) =>
				/^[a-z]{2}$/i.test(value)
					? value.toUpperCase()
					: fail(ctx, value, `Kanton «${value}» ist kein Kantonskürzel (z. B. SO)`)
			),
			municipality: text('Gemeinde'),
			agency: z
				.string()
				.trim()
				.transform((value, ctx) =>
					value === '' || isId(value.toLowerCase())
						? value.toLowerCase()
						: fail(ctx, value, `Stelle «${value}» ist keine gültige Kennung`)
				),
			statusFrom: z
				.string()
				.trim()
				.transform((value, ctx) =>
					value === '' ? '' : (toIsoDate(value) ?? fail(ctx, value, `Status seit «${value}» ist kein gültiges Datum`))
				)
		})
		.superRefine((row, ctx) => {
			const issue = (message: string) => ctx.addIssue({ code: 'custom', message, input: row });
			if (row.birthDate > today) issue('Geburtsdatum liegt in der Zukunft');
			if (row.entryDate > today) issue('Einreisedatum liegt in der Zukunft');
			if (row.entryDate < row.birthDate) issue('Einreisedatum liegt vor dem Geburtsdatum');
			if (row.statusFrom && row.statusFrom > today) issue('Status seit liegt in der Zukunft');
		});
}

export function parse(input: string, today: IsoDate): Parsed {
	const content = input.replace(/^\uFEFF/, '');
	const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
	if (firstLine.trim() === '') throw new FileError('Die Datei ist leer oder hat keine Kopfzeile.');
	const delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
	let records: CsvRecord[];
	try {
		records = readCsv(content, delimiter);
	} catch (error) {
		if (error instanceof CsvSyntaxError) throw new FileError(error.message, error.line);
		throw error;
	}
	const [headerRecord, ...body] = records;
	const header = headerRecord?.fields ?? [];

	const columns = header.map((name) => HEADER_TO_COLUMN.get(normalizeHeader(name)) ?? null);
	const missing = (Object.keys(COLUMNS) as Column[]).filter(
		(column) => COLUMNS[column].required && !columns.includes(column)
	);
	if (missing.length > 0) throw new FileError(`Spalte fehlt: ${missing.map((c) => COLUMNS[c].header).join(', ')}`, 1);

	const schema = rowSchema(today);
	const rows: RegisterRow[] = [];
	const rejected: Rejected[] = [];
	const seen = new Map<string, number>();
	for (const { line, endLine, fields: record } of body) {
		if (record.every((cell) => cell.trim() === '')) continue;
		const zemisAt = columns.indexOf('zemis');
		const zemisCell = (record[zemisAt] ?? '').trim();
		// A register extract has no line breaks in its fields: one that does hides rows in it.
		if (endLine > line) {
			rejected.push({
				line,
				zemis: zemisCell,
				reason: `Ein Feld reicht über die Zeilen ${line}–${endLine} (Zeilenumbruch zwischen Anführungszeichen); diese Zeilen wurden nicht importiert`
			});
			continue;
		}
		if (record.length > header.length) {
			rejected.push({
				line,
				zemis: zemisCell,
				reason: `Die Zeile hat ${record.length} Felder, die Kopfzeile ${header.length}`
			});
			continue;
		}
		const raw: Record<Column, string> = {
			zemis: '',
			lastName: '',
			firstName: '',
			birthDate: '',
			sex: '',
			nationality: '',
			status: '',
			entryDate: '',
			canton: '',
			municipality: '',
			agency: '',
			statusFrom: ''
		};
		columns.forEach((column, i) => {
			if (column) raw[column] = record[i] ?? '';
		});
		const result = schema.safeParse(raw);
		if (!result.success) {
			rejected.push({
				line,
				zemis: raw.zemis.trim(),
				reason: [...new Set(result.error.issues.map((issue) => issue.message))].join('; ')
			});
			continue;
		}
		const earlier = seen.get(result.data.zemis);
		if (earlier !== undefined) {
			rejected.push({ line, zemis: raw.zemis.trim(), reason: `ZEMIS-Nr kommt bereits in Zeile ${earlier} vor` });
			continue;
		}
		seen.set(result.data.zemis, line);
		rows.push({ line, ...result.data });
	}
	return { rows, rejected };
}

function count(text: string, char: string): number {
	return text.split(char).length - 1;
}
