/**
 * `npm run import -- <file.csv> [--agency <id>]`: imports a person-register extract into the
 * database in $LOTSE_DATA_DIR, through the same core as the import screen (register.ts).
 *
 * It writes the database directly, so it refuses to run while a server uses the same data dir
 * (see server/pidfile.ts for why): stop the server, or import from the screen /import instead.
 * Exit code 0: every row imported; 2: some rows rejected (listed); 1: nothing imported.
 */
import fs from 'node:fs';
import { Access } from '../access';
import { Consents } from '../privacy/consents';
import { Handovers } from '../privacy/handovers';
import { Accounts } from '../auth/accounts';
import { Cases } from '../cases';
import { fromEnv } from '../config';
import { open } from '../db';
import * as log from '../log';
import { runningServer } from '../pidfile';
import { Summaries } from '../projections/summaries';
import { SqliteStorage } from '../storage/sqlite';
import { Rooms } from '../sync/rooms';
import { FileError, RegisterImport, type ImportReport } from './register';

class UsageError extends Error {}

const USAGE = 'usage: npm run import -- <datei.csv> [--agency <stelle>]';

function parseArgs(argv: readonly string[]): { file: string; agency?: string } {
	let file = '';
	let agency: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		if (arg === '--agency') agency = argv[++i];
		else if (arg.startsWith('--agency=')) agency = arg.slice('--agency='.length);
		else if (!arg.startsWith('--') && !file) file = arg;
		else throw new UsageError(`unbekanntes Argument / unknown argument "${arg}"; ${USAGE}`);
	}
	if (!file) throw new UsageError(USAGE);
	if (agency === '') throw new UsageError(`--agency braucht eine Stelle; ${USAGE}`);
	return { file, agency };
}

async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv);
	const config = fromEnv();
	const pid = runningServer(config.dataDir);
	if (pid !== null) {
		throw new UsageError(
			`Ein Lotse-Server (pid ${pid}) verwendet ${config.dataDir}; bitte stoppen oder über die Seite «Import» importieren.\n` +
				`A Lotse server (pid ${pid}) uses ${config.dataDir}; stop it or import from the Import screen.`
		);
	}
	const text = fs.readFileSync(args.file, 'utf8');
	const db = open(config.dataDir, config.durability);
	const logger = log.create('warn');
	const accounts = new Accounts(db);
	const cases = new Cases(db);
	const storage = new SqliteStorage(db);
	const rooms = new Rooms(storage, {
		idleMs: 60_000,
		compaction: { maxUpdates: config.compactAfterUpdates, maxBytes: config.compactAfterBytes }
	});
	const summaries = new Summaries(cases, () => rooms, logger, { delayMs: 0 });
	try {
		if (args.agency && !accounts.agency(args.agency))
			throw new UsageError(`Stelle «${args.agency}» gibt es nicht / no such agency`);
		const core = new RegisterImport({
			accounts,
			cases,
			access: new Access({ accounts, cases, consents: new Consents(db), handovers: new Handovers(db) }),
			rooms: () => rooms,
			summaries,
			log: logger
		});
		const now = Date.now();
		const report = await core.run(text, { actor: null, today: swissToday(now), now, defaultAgency: args.agency });
		process.stdout.write(format(report, args.file));
		return report.rejected.length > 0 ? 2 : 0;
	} finally {
		await summaries.flush();
		await rooms.close();
		db.close();
	}
}

function format(report: ImportReport, file: string): string {
	const lines = [
		`${file}: ${report.rows} Zeilen / rows`,
		`  neu angelegt / created:  ${report.created}`,
		`  ergänzt / updated:       ${report.updated}`,
		`  unverändert / unchanged: ${report.unchanged}`,
		`  abgelehnt / rejected:    ${report.rejected.length}`,
		...report.rejected.map((r) => `    Zeile ${r.line}${r.zemis ? ` (${r.zemis})` : ''}: ${r.reason}`),
		''
	];
	return lines.join('\n');
}

function swissToday(now: number): string {
	return new Date(now).toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	const known = error instanceof UsageError || error instanceof FileError;
	process.stderr.write(
		`${known ? '' : 'Import fehlgeschlagen / failed: '}${error instanceof Error ? error.message : String(error)}\nEs wurde nichts importiert / nothing was imported.\n`
	);
	process.exitCode = 1;
}
