/**
 * The person-register import at the server-module level, over a real SQLite database in a temp
 * dir: idempotence (the same file twice changes nothing, not even the update log), caseworkers'
 * entries never overwritten, per-row access, and the CLI — which runs the same core — twice.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as person from '../../src/lib/model/person';
import * as residence from '../../src/lib/model/residence';
import { caseDoc } from '../../src/lib/shared/docname';
import { Access } from '../../server/access';
import { Consents } from '../../server/privacy/consents';
import { Handovers } from '../../server/privacy/handovers';
import { Accounts, type User } from '../../server/auth/accounts';
import { Cases } from '../../server/cases';
import * as db from '../../server/db';
import { Summaries } from '../../server/projections/summaries';
import { RegisterImport, type ImportReport } from '../../server/register/register';
import { AGENCIES, USERS } from '../../server/seed/canton';
import { SqliteStorage } from '../../server/storage/sqlite';
import { Rooms } from '../../server/sync/rooms';
import { ROOT, tempDataDir } from '../support/server';

const TODAY = '2026-06-30';
const HEADER = 'ZEMIS-Nr;Nachname;Vorname;Geburtsdatum;Geschlecht;Nationalität;Status;Einreisedatum;Kanton;Gemeinde';
const FILE = [
	HEADER,
	'11111111-1;Haidari;Amina;14.02.1994;w;AF;F;03.09.2022;SO;Biberist',
	'22222222-2;Kovalenko;Olena;01.05.1988;w;UA;S;20.03.2022;SO;Olten',
	'33333333-3;Tesfay;Yonas;1999-07-30;m;ER;B Flü;2019-11-02;SO;Grenchen',
	'44444444-4;Ohne;Datum;;m;SY;F;01.01.2020;SO;Olten',
	'55555555-5;Unbekannt;Gemeinde;01.01.1980;m;SY;F;01.01.2020;SO;Zürich',
	'66666666-6;Falscher;Status;01.01.1980;m;SY;X;01.01.2020;SO;Olten'
].join('\n');

let dir: string;
let database: db.Db;
let rooms: Rooms;
let core: RegisterImport;
let cases: Cases;
let accounts: Accounts;

function setUp(dataDir: string): void {
	database = db.open(dataDir, 'normal');
	accounts = new Accounts(database);
	for (const agency of AGENCIES) accounts.addAgency(agency);
	for (const user of USERS) accounts.addUser({ ...user, passwordHash: 'unused' });
}

function start(): void {
	cases = new Cases(database);
	const storage = new SqliteStorage(database);
	rooms = new Rooms(storage, { idleMs: 60_000, compaction: { maxUpdates: 10_000, maxBytes: 1 << 30 } });
	const silent = { debug() {}, info() {}, warn() {}, error() {} };
	const summaries = new Summaries(cases, () => rooms, silent, { delayMs: 0 });
	core = new RegisterImport({
		accounts,
		cases,
		access: new Access({ accounts, cases, consents: new Consents(database), handovers: new Handovers(database) }),
		rooms: () => rooms,
		summaries
	});
}

function run(text: string, actor: User | null = null): Promise<ImportReport> {
	return core.run(text, { actor, today: TODAY, now: Date.parse(`${TODAY}T10:00:00Z`) });
}

function updateCount(): number {
	return database.prepare<[], { n: number }>('SELECT count(*) AS n FROM doc_updates').get()!.n;
}

function user(username: string): User {
	return accounts.user(USERS.find((u) => u.username === username)!.id)!;
}

beforeEach(() => {
	dir = tempDataDir('lotse-import-');
	setUp(dir);
	start();
});

afterEach(async () => {
	await rooms.close();
	database.close();
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('person register import', () => {
	it('imports the good rows, reports the bad ones by line, and changes nothing the second time', async () => {
		const first = await run(FILE);
		expect(first).toMatchObject({ rows: 6, created: 3, updated: 0, unchanged: 0 });
		expect(first.rejected.map((r) => [r.line, r.zemis])).toEqual([
			[5, '44444444-4'],
			[6, '55555555-5'],
			[7, '66666666-6']
		]);
		expect(first.rejected[1]!.reason).toContain('Gemeinde «Zürich» ist keiner Stelle zugeordnet');

		const amina = cases.byZemis('11111111-1')!;
		expect(amina.agencyId).toBe('sr-wasseramt');
		expect(cases.byZemis('22222222-2')!.agencyId).toBe('sr-olten');
		expect(cases.byZemis('33333333-3')!.summary).toMatchObject({
			status: 'B-FL',
			agencyId: 'gemeinde-grenchen',
			birthDate: '1999-07-30'
		});
		// The agency's index doc lists the new case, so it appears in the caseworkers' lists.
		const index = await rooms.get('index/sr-wasseramt');
		expect(index.doc.getMap('cases').has(amina.id)).toBe(true);

		const updates = updateCount();
		const second = await run(FILE);
		expect(second).toEqual({ ...first, created: 0, unchanged: 3 });
		expect(updateCount()).toBe(updates);
	});

	it('never overwrites what caseworkers entered, but fills what is empty', async () => {
		await run(FILE);
		const id = cases.byZemis('11111111-1')!.id;
		const room = await rooms.get(caseDoc(id));
		await room.change((doc) => {
			person.set(doc, 'lastName', 'Haidari-Rahimi');
			person.set(doc, 'municipality', '');
		});
		const report = await run(FILE);
		expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
		expect(person.read(room.doc)).toMatchObject({ lastName: 'Haidari-Rahimi', municipality: 'Biberist' });
		expect((await run(FILE)).updated).toBe(0);
	});

	it('adds a newer status once, and never an older one over a caseworker’s entry', async () => {
		await run(FILE);
		const room = await rooms.get(caseDoc(cases.byZemis('11111111-1')!.id));
		const withDate = (status: string, from: string) =>
			`${HEADER};Status seit\n11111111-1;Haidari;Amina;14.02.1994;w;AF;${status};03.09.2022;SO;Biberist;${from}`;
		expect((await run(withDate('B', '01.05.2026'))).updated).toBe(1);
		expect((await run(withDate('B', '01.05.2026'))).unchanged).toBe(1);
		expect((await run(withDate('F-FL', '01.01.2024'))).unchanged).toBe(1);
		expect(residence.list(room.doc).map((p) => [p.status, p.from, p.to])).toEqual([
			['F', '2022-09-03', '2026-04-30'],
			['B', '2026-05-01', '']
		]);
	});

	it('lets case staff import only for their own agency, and not change other agencies’ cases', async () => {
		await run(FILE.split('\n').slice(0, 3).join('\n')); // Amina (Wasseramt) and Olena (Olten), as the system
		const lea = user('lea.kaufmann'); // case manager, sr-olten
		const report = await run(
			[
				HEADER,
				'11111111-1;Haidari;Amina;14.02.1994;w;AF;F;03.09.2022;SO;Biberist',
				'77777777-7;Neu;Person;01.01.2000;m;AF;N;01.06.2026;SO;Zuchwil',
				'88888888-8;Neu;Olten;01.01.2000;m;AF;N;01.06.2026;SO;Trimbach'
			].join('\n'),
			lea
		);
		expect(report).toMatchObject({ created: 1, unchanged: 0 });
		expect(report.rejected.map((r) => r.line)).toEqual([2, 3]);
		// Not which agency holds the case (tests/security/import-leak.test.ts): the canton office sorts it out.
		expect(report.rejected[0]!.reason).toBe('Die Person ist bereits erfasst — wenden Sie sich an die kantonale Stelle');
		expect(report.rejected[1]!.reason).toContain('nur Fälle Ihrer eigenen Stelle');
		expect(cases.byZemis('77777777-7')).toBeUndefined();
		expect(cases.byZemis('88888888-8')!.agencyId).toBe('sr-olten');
	});
});

describe('npm run import (CLI, same core)', () => {
	function cli(file: string, env: Record<string, string> = {}) {
		const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/register/cli.ts'), file], {
			cwd: ROOT,
			env: { ...process.env, LOTSE_DATA_DIR: dir, ...env },
			encoding: 'utf8'
		});
		return { code: result.status, out: result.stdout, err: result.stderr };
	}

	it('imports a file twice with the same result and exit code 2 for rejected rows', async () => {
		await rooms.close();
		database.close();
		const file = path.join(dir, 'extract.csv');
		fs.writeFileSync(file, '\uFEFF' + FILE.replaceAll('\n', '\r\n'));

		const first = cli(file);
		expect(first.err).toBe('');
		expect(first.code).toBe(2);
		expect(first.out).toContain('neu angelegt / created:  3');
		expect(first.out).toContain('Zeile 5 (44444444-4): Geburtsdatum fehlt');
		const second = cli(file);
		expect(second.code).toBe(2);
		expect(second.out).toContain('neu angelegt / created:  0');
		expect(second.out).toContain('unverändert / unchanged: 3');

		database = db.open(dir, 'normal');
		expect(new Cases(database).count()).toBe(3);
		start();
	});

	it('refuses to write while a server uses the data dir', () => {
		fs.writeFileSync(path.join(dir, 'server.pid'), String(process.ppid));
		const result = cli(path.join(dir, 'none.csv'));
		expect(result.code).toBe(1);
		expect(result.err).toContain('verwendet');
	});
});
