/**
 * The CSV reader of the person-register import: text → records, each with the PHYSICAL line it
 * starts on and ends on (a quoted field may span lines; the rows after it keep their real line
 * numbers). Pure.
 *
 * Why not a library: d3-dsv, used before, reads an unterminated quote as a field that runs to the
 * end of the file — 20 rows vanished into one without a word (issue 10, point 12). Libraries
 * that do report errors (csv-parse) report the line where they notice a problem and the line a
 * record ends on; the import must name the line where a record or a runaway quote STARTS. This
 * reader is a plain RFC 4180 state machine that knows both, and it refuses instead of guessing:
 * an opening quote that is never closed, or a closing quote followed by anything but a
 * separator or a line end, is a `CsvSyntaxError` with the line of the opening quote.
 * A quote inside an unquoted field (O"Brien) is kept as a character, as spreadsheets do.
 */

export interface CsvRecord {
	/** Physical line the record starts on (1 = first line of the file). */
	line: number;
	/** Physical line it ends on; > line when a quoted field spans lines. */
	endLine: number;
	fields: string[];
}

export class CsvSyntaxError extends Error {
	/** The physical line the problem starts on (an opening quote's line). */
	readonly line: number;
	constructor(line: number, message: string) {
		super(message);
		this.line = line;
	}
}

/** Reads all records. Line ends: CRLF, LF or a lone CR. */
export function readCsv(text: string, delimiter: string): CsvRecord[] {
	const out: CsvRecord[] = [];
	let line = 1;
	let start = 1;
	let fields: string[] = [];
	let field = '';
	/** Something of the current record was read (a field may be empty, even quoted: ""). */
	let open = false;
	let i = 0;
	const lineEnd = (at: number): number => (text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1);
	while (i < text.length) {
		const c = text[i]!;
		if (c === '"' && field === '') {
			i = quoted(i + 1);
			open = true;
		} else if (c === delimiter) {
			fields.push(field);
			field = '';
			open = true;
			i++;
		} else if (c === '\r' || c === '\n') {
			fields.push(field);
			out.push({ line: start, endLine: line, fields });
			fields = [];
			field = '';
			open = false;
			i += lineEnd(i);
			start = ++line;
		} else {
			field += c;
			open = true;
			i++;
		}
	}
	// The last line without a line end (a file ending in a line end has no empty record after it).
	if (open) {
		fields.push(field);
		out.push({ line: start, endLine: line, fields });
	}
	return out;

	/** Reads a quoted field from just after its opening quote; returns the index after the closing quote. */
	function quoted(from: number): number {
		const opened = line;
		let at = from;
		for (;;) {
			if (at >= text.length)
				throw new CsvSyntaxError(
					opened,
					`Zeile ${opened}: Ein Anführungszeichen wird nie geschlossen – die Datei ist ab hier nicht lesbar.`
				);
			const q = text[at]!;
			if (q === '"' && text[at + 1] === '"') {
				field += '"';
				at += 2;
			} else if (q === '"') {
				at++;
				break;
			} else if (q === '\r' || q === '\n') {
				const n = lineEnd(at);
				field += text.slice(at, at + n);
				at += n;
				line++;
			} else {
				field += q;
				at++;
			}
		}
		const next = text[at];
		if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
			const where = line === opened ? `Zeile ${opened}` : `Zeile ${opened} (Anführungszeichen bis Zeile ${line})`;
			throw new CsvSyntaxError(
				opened,
				`${where}: Nach dem schliessenden Anführungszeichen folgt «${next}» statt eines Trennzeichens – vermutlich fehlt ein Anführungszeichen.`
			);
		}
		return at;
	}
}
