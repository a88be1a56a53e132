/**
 * Seeds the demo canton: agencies, staff accounts and a caseload of fictitious persons, written
 * the way the running server writes them (case docs built with the model functions, stored as
 * updates, summarized into the case registry and the agencies' index docs).
 *
 * Reproducible: the same seed and the same `today` store byte-identical updates, so a test or a
 * bug report can name a seed. Only the password hash differs between runs (a fresh salt).
 */
import * as Y from 'yjs';
import * as caseindex from '../../src/lib/model/caseindex';
import * as caseinfo from '../../src/lib/model/caseinfo';
import * as journal from '../../src/lib/model/journal';
import * as person from '../../src/lib/model/person';
import * as residence from '../../src/lib/model/residence';
import type { IsoDate } from '../../src/lib/model/schema';
import { summarize, type CaseSummary } from '../../src/lib/model/summary';
import { caseDoc, indexDoc } from '../../src/lib/shared/docname';
import type { Accounts } from '../auth/accounts';
import * as password from '../auth/password';
import type { Cases } from '../cases';
import type { Db } from '../db';
import type { Log } from '../log';
import type { DocStorage } from '../storage/storage';
import { AGENCIES, DEMO_PASSWORD, USERS } from './canton';
import { seedBoards } from './boards';
import { makeLate, pickLate } from './late';
import * as days from '../../src/lib/rules/calendar';
import * as dossierAssessments from './dossier-assessments';
import { seedOffers } from './offers';
import * as persons from './persons';
import { seedPlan } from './plans';
import * as random from './random';
import { seedSocial } from './social';
import * as seedTasks from './tasks';

/** The year of the Federal Charter; any number works, this one is easy to remember. */
export const DEFAULT_SEED = 1291;

/** Transaction origin of every seed write, so observers can tell seeded content from edits. */
export const ORIGIN = 'seed';

export interface SeedDeps {
	db: Db;
	accounts: Accounts;
	cases: Cases;
	storage: DocStorage;
	log?: Log;
}

export interface SeedOptions {
	seed?: number;
	persons?: number;
	/** The reference day of the demo (ISO); default: today in Switzerland. */
	today?: IsoDate;
	/** Cheaper scrypt parameters for tests; default: password.DEFAULT_PARAMS. */
	passwordParams?: password.KdfParams;
}

export interface SeedResult {
	agencies: number;
	users: number;
	cases: number;
}

export async function seedDemo(deps: SeedDeps, options: SeedOptions = {}): Promise<SeedResult> {
	const started = performance.now();
	const seed = options.seed ?? DEFAULT_SEED;
	const today = options.today ?? swissToday();
	const generated = persons.generate({ seed, today, count: options.persons });
	// Stored updates are stamped at the start of `today`: every generated fact lies before it,
	// and a fixed stamp keeps two runs with the same `today` identical.
	const at = days.toMs(today);

	// Hash before the transaction: scrypt takes a while and must not hold the write lock.
	// Every demo account has the same, published password: one scrypt hash serves them all and
	// keeps the first start fast (21 hashes at full strength would take several seconds).
	const demoHash = await password.hash(DEMO_PASSWORD, options.passwordParams);

	// One transaction for everything: a half-seeded database would have users, and the server
	// seeds only a database without users, so a failure must leave nothing behind.
	await inTransaction(deps.db, async () => {
		for (const agency of AGENCIES) deps.accounts.addAgency(agency);
		// Demo addresses use the reserved .invalid domain: reminders can never reach a real inbox.
		USERS.forEach((user) =>
			deps.accounts.addUser({ ...user, email: `${user.username}@lotse-demo.invalid`, passwordHash: demoHash })
		);

		await seedOffers(deps.storage, at, random.derive(seed, 4), ORIGIN);

		const lateId = pickLate(
			generated.map((item) => ({
				id: item.id,
				agencyId: item.info.agencyId,
				status: item.residence.at(-1)?.status ?? '',
				entryDate: item.person.entryDate,
				birthDate: item.person.birthDate
			})),
			today
		);
		const byAgency = new Map<string, CaseSummary[]>();
		for (const [index, item] of generated.entries()) {
			const doc = caseDocument(item, random.derive(seed, 2, index));
			await dossierAssessments.seed({ storage: deps.storage, doc, item, seed, index, today, at, origin: ORIGIN });
			seedSocial(doc, item, today, random.create(random.derive(seed, 31, index)), ORIGIN);
			seedPlan(doc, item, today, random.create(random.derive(seed, 5, index)), ORIGIN);
			if (item.id === lateId) makeLate(doc, item.id, item.person.entryDate, today, ORIGIN);
			seedTasks.addDemoTasks(doc, item, today, seed, index, ORIGIN);
			await deps.storage.append(caseDoc(item.id), Y.encodeStateAsUpdate(doc), { userId: null, at });
			const summary = summarize(item.id, doc, at);
			deps.cases.put(summary);
			const list = byAgency.get(summary.agencyId) ?? [];
			list.push(summary);
			byAgency.set(summary.agencyId, list);
			doc.destroy();
		}

		for (const [index, agency] of AGENCIES.entries()) {
			const summaries = byAgency.get(agency.id);
			if (!summaries) continue;
			const doc = indexDocument(summaries, random.derive(seed, 3, index));
			await deps.storage.append(indexDoc(agency.id), Y.encodeStateAsUpdate(doc), { userId: null, at });
			doc.destroy();
		}
		await seedBoards(deps.storage, { seed, today, at });
	});

	const result = { agencies: AGENCIES.length, users: USERS.length, cases: generated.length };
	deps.log?.info('seed.done', { ...result, seed, today, ms: Math.round(performance.now() - started) });
	return result;
}

/** A case doc written only through the model functions, as an editing client would. */
function caseDocument(item: persons.SeedCase, clientId: number): Y.Doc {
	const doc = new Y.Doc();
	// A fixed clientID makes the encoded update reproducible (Yjs picks a random one otherwise).
	doc.clientID = clientId;
	person.setAll(doc, item.person, ORIGIN);
	for (const period of item.residence) residence.change(doc, period.status, period.from, ORIGIN, period.id);
	caseinfo.setAll(doc, item.info, ORIGIN);
	for (const entry of item.journal) journal.add(doc, entry, ORIGIN);
	return doc;
}

function indexDocument(summaries: CaseSummary[], clientId: number): Y.Doc {
	const doc = new Y.Doc();
	doc.clientID = clientId;
	doc.transact(() => {
		for (const summary of summaries) caseindex.put(doc, summary);
	}, ORIGIN);
	return doc;
}

/**
 * Runs async work inside one SQLite transaction. better-sqlite3's own transaction() takes only
 * synchronous functions, but DocStorage.append is async by contract; SqliteStorage's inner
 * transactions become savepoints of this one. Safe only while nothing else uses the connection
 * concurrently, which holds for the seed: it runs before the server accepts connections.
 */
async function inTransaction(db: Db, work: () => Promise<void>): Promise<void> {
	db.exec('BEGIN IMMEDIATE');
	try {
		await work();
		db.exec('COMMIT');
	} catch (error) {
		if (db.inTransaction) db.exec('ROLLBACK');
		throw error;
	}
}

/** Today's date in Switzerland (sv-SE formats dates as YYYY-MM-DD). */
function swissToday(): IsoDate {
	return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });
}
