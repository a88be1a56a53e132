/**
 * `npm run seed [-- --force] [--seed=N] [--persons=N] [--today=YYYY-MM-DD]`: fills the database
 * in $LOTSE_DATA_DIR with the demo canton. Refuses a database that already has users, because
 * seeding next to real accounts would mix fictitious cases into a live registry; `--force`
 * deletes the database first (stop the server before).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Accounts } from '../auth/accounts';
import { Cases } from '../cases';
import { fromEnv } from '../config';
import { open } from '../db';
import { SqliteStorage } from '../storage/sqlite';
import { AGENCIES, DEMO_PASSWORD, USERS } from './canton';
import * as days from '../../src/lib/rules/calendar';
import { seedDemo, type SeedOptions } from './seed';

/** The files of the database that server/db.ts opens, including SQLite's WAL companions. */
const DB_FILES = ['lotse.db', 'lotse.db-wal', 'lotse.db-shm'];

class UsageError extends Error {}

interface Args {
	force: boolean;
	options: SeedOptions;
}

function parse(argv: readonly string[]): Args {
	const args: Args = { force: false, options: {} };
	for (const arg of argv) {
		const [name, value = ''] = arg.split('=', 2) as [string, string | undefined];
		if (arg === '--force') args.force = true;
		else if (name === '--seed' && /^\d+$/.test(value)) args.options.seed = Number(value);
		else if (name === '--persons' && /^\d+$/.test(value)) args.options.persons = Number(value);
		else if (name === '--today' && days.isIsoDate(value)) args.options.today = value;
		else
			throw new UsageError(
				`unknown or invalid argument "${arg}"; usage: npm run seed -- [--force] [--seed=N] [--persons=N] [--today=YYYY-MM-DD]`
			);
	}
	return args;
}

async function main(argv: readonly string[]): Promise<void> {
	const { force, options } = parse(argv);
	const config = fromEnv();
	if (force) {
		for (const file of DB_FILES) fs.rmSync(path.join(config.dataDir, file), { force: true });
	}
	const db = open(config.dataDir, config.durability);
	try {
		const accounts = new Accounts(db);
		if (accounts.count() > 0) {
			throw new UsageError(
				[
					`Die Datenbank in ${config.dataDir} enthält bereits Benutzerkonten; es wurde nichts verändert.`,
					'Mit "npm run seed -- --force" wird sie gelöscht und neu mit Demodaten gefüllt (Server vorher stoppen).',
					`The database in ${config.dataDir} already has user accounts; nothing was changed.`,
					'Run "npm run seed -- --force" to delete it and seed the demo data afresh (stop the server first).'
				].join('\n')
			);
		}
		const started = performance.now();
		const result = await seedDemo({ db, accounts, cases: new Cases(db), storage: new SqliteStorage(db) }, options);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		process.stdout.write(report(result, config.dataDir, seconds));
	} finally {
		db.close();
	}
}

function report(result: { agencies: number; users: number; cases: number }, dataDir: string, seconds: string): string {
	const agencyName = new Map(AGENCIES.map((a) => [a.id, a.name]));
	const width = Math.max(...USERS.map((u) => u.username.length));
	const rolesWidth = Math.max(...USERS.map((u) => u.roles.join(', ').length));
	const lines = [
		`Demodaten geschrieben / demo data written: ${dataDir} (${seconds} s)`,
		`  ${result.agencies} Stellen / agencies, ${result.users} Konten / accounts, ${result.cases} Fälle / cases`,
		`  Passwort für alle Konten / password for every account: ${DEMO_PASSWORD}`,
		'',
		...USERS.map(
			(u) =>
				`  ${u.username.padEnd(width)}  ${u.roles.join(', ').padEnd(rolesWidth)}  ${agencyName.get(u.agencyId) ?? u.agencyId}`
		),
		''
	];
	return lines.join('\n');
}

try {
	await main(process.argv.slice(2));
} catch (error) {
	process.stderr.write(
		`${error instanceof UsageError ? '' : 'Seed failed: '}${error instanceof Error ? error.message : String(error)}\n`
	);
	process.exitCode = 1;
}
