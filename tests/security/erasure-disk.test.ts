/**
 * Erasing a person leaves nothing of them on disk (issue 10, point 1). A unique marker goes into
 * every kind of field — master data, a map key of the person (which the audit trail names),
 * journal, assessment, plan, task, confidential note, a document's file name — and a document
 * with unique bytes is uploaded; the case already has offer bookings and reminders. After
 * POST /api/cases/<id>/erase {"person":true} every file of the data directory (database, WAL,
 * SHM, blobs) is searched for the marker and the document's bytes, the rows of every table that
 * named the case are counted, and the indicators count one person fewer at once. A blob that
 * another case references too stays.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as assessment from '../../src/lib/model/assessment';
import * as employers from '../../src/lib/model/employers';
import * as journal from '../../src/lib/model/journal';
import * as person from '../../src/lib/model/person';
import * as plan from '../../src/lib/model/plan';
import * as tasks from '../../src/lib/model/tasks';
import { connect, waitForDoc, type Client } from '../support/clients';
import { signIn, startServer, uploadDocument, type RunningServer } from '../support/server';

let server: RunningServer;
let anna: string;
let regula: string;
const clients: Client[] = [];

beforeAll(async () => {
	server = await startServer();
	[anna, regula] = await Promise.all([
		signIn(server.url, 'anna.keller', 'lotse-demo'),
		signIn(server.url, 'regula.brunner', 'lotse-demo')
	]);
}, 120_000);

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

/** Reads the live database (WAL mode allows a second, read-only connection). */
function query<T>(sql: string, ...params: unknown[]): T[] {
	const db = new Database(path.join(server.dataDir, 'lotse.db'), { readonly: true, fileMustExist: true });
	try {
		return db.prepare(sql).all(...params) as T[];
	} finally {
		db.close();
	}
}

/** Every file of the data directory that contains `needle`. */
function filesHolding(needle: Buffer): string[] {
	return fs
		.readdirSync(server.dataDir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name))
		.filter((file) => fs.readFileSync(file).indexOf(needle) >= 0)
		.map((file) => path.relative(server.dataDir, file));
}

function upload(caseId: string, name: string, body: Buffer): Promise<Response> {
	return uploadDocument(server.url, anna, caseId, name, new Uint8Array(body));
}

async function persons(token: string): Promise<number> {
	const today = new Date().toISOString().slice(0, 10);
	const response = await fetch(`${server.url}/api/indicators?at=${today}`, {
		headers: { authorization: `Bearer ${token}` }
	});
	return ((await response.json()) as { persons: number }).persons;
}

const pdf = (bytes: Buffer) => Buffer.concat([Buffer.from('%PDF-1.4\n'), bytes, Buffer.from('\n%%EOF\n')]);

describe('erasure of a person on disk', () => {
	it('leaves no marker, no document bytes and no row of the person anywhere in the data directory', async () => {
		// A case of Anna's agency that has offer bookings and reminders already (seeded plan and tasks).
		const [victim] = query<{ case_id: string }>(
			`SELECT b.case_id FROM offer_bookings b JOIN reminders r ON r.case_id = b.case_id
			 WHERE b.agency_id = 'sr-wasseramt' GROUP BY b.case_id ORDER BY b.case_id LIMIT 1`
		);
		const caseId = victim!.case_id;
		const [other] = query<{ id: string }>(
			`SELECT id FROM cases WHERE agency_id = 'sr-wasseramt' AND id <> ? LIMIT 1`,
			caseId
		);
		const marker = `ERASEME${randomBytes(8).toString('hex')}`;
		const secretBytes = randomBytes(48); // only in the victim's document
		const sharedBytes = randomBytes(48); // in a document of the victim AND of another case

		const main = connect(server.url, `case/${caseId}`, anna);
		const confidential = connect(server.url, `case/${caseId}/confidential`, anna);
		clients.push(main, confidential);
		await Promise.all([main.synced(), confidential.synced()]);
		const doc = main.doc;
		doc.transact(() => {
			person.set(doc, 'lastName', `${marker}-Nachname`);
			person.set(doc, 'municipality', `${marker}-Gemeinde`);
			doc.getMap('person').set(`${marker}-Schluessel`, 'x'); // a key naming the person
			journal.add(doc, {
				date: '2026-01-05',
				authorId: 'u-anna-keller',
				authorName: 'Anna Keller',
				now: Date.now(),
				paragraphs: [`${marker}-Verlauf`]
			});
			assessment.add(doc, { kind: 'short', date: '2026-01-06', goals: `${marker}-Abklaerung` });
			plan.addGoal(doc, { text: `${marker}-Ziel`, targetDate: '2026-12-31' });
			plan.addMeasure(doc, { offerId: '', offerName: `${marker}-Massnahme` });
			tasks.add(doc, { title: `${marker}-Pendenz`, due: '2026-01-10', assigneeId: 'u-anna-keller' });
		});
		const note = new (await import('yjs')).Map<unknown>();
		confidential.doc.transact(() => {
			note.set('id', 'n-erase');
			note.set('text', `${marker}-Notiz`);
			confidential.doc.getArray('notes').push([note]);
		});
		expect((await upload(caseId, `${marker}-Bericht.pdf`, pdf(secretBytes))).status).toBe(201);
		expect((await upload(caseId, 'gemeinsam.pdf', pdf(sharedBytes))).status).toBe(201);
		expect((await upload(other!.id, 'gemeinsam.pdf', pdf(sharedBytes))).status).toBe(201);
		// The case is a candidate on an employer board of its region.
		const board = connect(server.url, 'employers/bucheggberg-wasseramt', anna);
		clients.push(board);
		await board.synced();
		const employer = employers.list(board.doc)[0]!;
		employers.addEntry(board.doc, employer.id, 'candidates', {
			caseId,
			positionId: '',
			addedBy: 'u-anna-keller',
			date: '2026-01-07'
		});

		// Everything is stored and projected: the summary in the index carries the name.
		const index = connect(server.url, 'index/sr-wasseramt', anna);
		clients.push(index);
		await waitForDoc(
			index.doc,
			(d) => JSON.stringify(d.getMap('cases').get(caseId) ?? {}).includes(marker),
			'summary in the index'
		);
		await waitForDoc(confidential.doc, (d) => d.getArray('notes').length > 0, 'note stored');
		const witness = connect(server.url, 'employers/bucheggberg-wasseramt', anna);
		clients.push(witness);
		await waitForDoc(
			witness.doc,
			(d) => employers.list(d).some((e) => e.candidates.some((c) => c.caseId === caseId)),
			'candidate stored'
		);
		expect(filesHolding(Buffer.from(marker)).length).toBeGreaterThan(0); // the probe works
		expect(filesHolding(secretBytes)).toEqual([expect.stringMatching(/^blobs\//)]);
		const before = await persons(regula);
		expect(before).toBeGreaterThan(0);

		const response = await fetch(`${server.url}/api/cases/${caseId}/erase`, {
			method: 'POST',
			headers: { authorization: `Bearer ${regula}`, 'content-type': 'application/json', origin: server.url },
			body: JSON.stringify({ person: true })
		});
		expect(response.status).toBe(200);

		// The projections forgot the person at once.
		expect(await persons(regula)).toBe(before - 1);
		// Nothing identifying is left in any file: database, WAL, SHM, blobs.
		expect(filesHolding(Buffer.from(marker))).toEqual([]);
		expect(filesHolding(Buffer.from(marker, 'utf16le'))).toEqual([]);
		expect(filesHolding(secretBytes)).toEqual([]);
		// The blob another case references stays, for that case.
		expect(filesHolding(sharedBytes)).toEqual([expect.stringMatching(/^blobs\//)]);
		// No table holds a row of the case, except the audit trail (ids only, the record of the erasure).
		for (const table of ['cases', 'person_facts', 'offer_bookings', 'reminders', 'documents', 'notifications']) {
			const column = table === 'cases' ? 'id' : 'case_id';
			expect(query<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`, caseId)[0]!.n, table).toBe(
				0
			);
		}
		for (const table of ['consents', 'shares', 'handovers', 'assessor_links'])
			expect(query<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE case_id = ?`, caseId)[0]!.n, table).toBe(0);
		expect(
			query<{ n: number }>(`SELECT count(*) AS n FROM doc_updates WHERE doc LIKE ?`, `case/${caseId}%`)[0]!.n
		).toBe(0);
		expect(query<{ n: number }>(`SELECT count(*) AS n FROM documents WHERE case_id = ?`, other!.id)[0]!.n).toBe(1);
		// The employer board no longer links the case.
		const fresh = connect(server.url, 'employers/bucheggberg-wasseramt', anna);
		clients.push(fresh);
		await fresh.synced();
		expect(employers.list(fresh.doc).flatMap((e) => e.candidates.map((c) => c.caseId))).not.toContain(caseId);
	});
});
