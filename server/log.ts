/**
 * Structured logging: one JSON line per event on stdout. Events carry ids (user, doc, case),
 * never personal data such as names or free text.
 */
export type Level = 'debug' | 'info' | 'warn' | 'error';
export type Fields = Record<string, string | number | boolean | null | undefined>;

export interface Log {
	debug(event: string, fields?: Fields): void;
	info(event: string, fields?: Fields): void;
	warn(event: string, fields?: Fields): void;
	error(event: string, fields?: Fields): void;
}

const ORDER: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export function create(
	minimum: Level = 'info',
	write: (line: string) => void = (line) => process.stdout.write(line + '\n')
): Log {
	const emit =
		(level: Level) =>
		(event: string, fields: Fields = {}) => {
			if (ORDER[level] < ORDER[minimum]) return;
			write(JSON.stringify({ t: new Date().toISOString(), level, event, ...fields }));
		};
	return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
