/**
 * Erasure is real: a unique marker written into a confidential note and then erased is found
 * nowhere afterwards — not in the SQLite file or its WAL, not in the doc the server serves, not
 * in a client's IndexedDB copy after its next sync. And the audit trail of a scripted sequence
 * of edits is exactly the expected entries, naming fields but holding no values.
 */
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { compactAfterSync, wipeWhenForbidden } from '../../src/lib/sync/compact';
import { connect, rawUpgrade, waitForDoc, type Client } from '../support/clients';
import { create } from '../../server/app';
import { fromEnv } from '../../server/config';
import { context } from '../../server/context';
import * as caseinfo from '../../src/lib/model/caseinfo';
import { signIn, startServer, tempDataDir, until, type RunningServer } from '../support/server';

let server: RunningServer;
let anna: string;
let caseId: string;
const clients: Client[] = [];

beforeAll(async () => {
	server = await startServer();
	anna = await signIn(server.url, 'anna.keller', 'lotse-demo');
	const { cases } = (await (
		await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${anna}` } })
	).json()) as { cases: { id: string }[] };
	caseId = cases[3]!.id;
}, 120_000);

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

function found(marker: string): string[] {
	return ['lotse.db', 'lotse.db-wal']
		.map((file) => path.join(server.dataDir, file))
		.filter((file) => fs.existsSync(file) && fs.readFileSync(file).indexOf(marker) >= 0)
		.map((file) => path.basename(file));
}

/** Like idbContains, but a deleted database counts as holding nothing. */
async function idbHolds(name: string, marker: string): Promise<boolean> {
	const names = (await indexedDB.databases()).map((d) => d.name);
	return names.includes(name) && idbContains(name, marker);
}

async function idbContains(name: string, marker: string): Promise<boolean> {
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(name);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const rows = await new Promise<Uint8Array[]>((resolve) => {
		const request = db.transaction('updates').objectStore('updates').getAll();
		request.onsuccess = () => resolve(request.result as Uint8Array[]);
	});
	db.close();
	return rows.some((row) => Buffer.from(row).indexOf(marker) >= 0);
}

describe('erasure of a confidential note', () => {
	it('leaves the marker nowhere: SQLite file, WAL, served doc, client IndexedDB', async () => {
		const marker = `MARKER-${crypto.randomUUID()}`;
		const doc = `case/${caseId}/confidential`;
		const local = new Y.Doc();
		const idb = new IndexeddbPersistence(`lotse:${doc}`, local);
		await idb.whenSynced;
		const client = connect(server.url, doc, anna, local);
		clients.push(client);
		compactAfterSync(client.provider, idb);
		await client.synced();

		const entry = new Y.Map<unknown>();
		local.transact(() => {
			entry.set('id', 'note-1');
			entry.set('text', new Y.Text(`Gesundheit: ${marker}`));
			local.getArray('notes').push([entry]);
		});
		const witness = connect(server.url, doc, anna);
		clients.push(witness);
		await waitForDoc(witness.doc, (d) => d.getArray('notes').length === 1, 'note stored');
		expect(found(marker).length).toBeGreaterThan(0); // the probe works: the marker is on disk now
		expect(await idbContains(`lotse:${doc}`, marker)).toBe(true);

		let syncs = 0;
		client.provider.on('sync', (synced: boolean) => synced && syncs++);
		const response = await fetch(`${server.url}/api/cases/${caseId}/erase`, {
			method: 'POST',
			headers: { authorization: `Bearer ${anna}`, 'content-type': 'application/json', origin: server.url },
			body: JSON.stringify({ root: 'notes', entryId: 'note-1' })
		});
		expect(response.status).toBe(200);

		expect(found(marker)).toEqual([]);
		const fresh = connect(server.url, doc, anna);
		clients.push(fresh);
		await fresh.synced();
		expect(fresh.doc.getArray('notes').length).toBe(0);
		expect(Buffer.from(Y.encodeStateAsUpdate(fresh.doc)).indexOf(marker)).toBe(-1);

		// The client was told to resync (4100); after that sync its local copy is rewritten.
		await until(
			() => syncs > 0,
			(notify) => (client.provider.on('sync', notify), () => client.provider.off('sync', notify)),
			10_000,
			'resync'
		);
		await until(
			() => local.getArray('notes').length === 0,
			(notify) => (local.on('update', notify), () => local.off('update', notify)),
			10_000,
			'deletion applied'
		);
		let clean = false;
		for (let i = 0; i < 50 && !clean; i++) {
			clean = !(await idbContains(`lotse:${doc}`, marker));
			if (!clean) await new Promise((resolve) => setTimeout(resolve, 50)); // IndexedDB writes have no event to wait for here
		}
		expect(clean).toBe(true);
		await idb.destroy();
	});
});

describe('erasure of a whole person', () => {
	it('removes both docs, the registry row and every index entry; the marker is nowhere', async () => {
		const regula = await signIn(server.url, 'regula.brunner', 'lotse-demo');
		const { cases } = (await (
			await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${anna}` } })
		).json()) as { cases: { id: string }[] };
		const victim = cases[8]!.id;
		const marker = `PERSON-${crypto.randomUUID()}`;
		const name = `case/${victim}`;
		const local = new Y.Doc();
		const idb = new IndexeddbPersistence(`lotse:${name}`, local);
		await idb.whenSynced;
		const client = connect(server.url, name, anna, local);
		clients.push(client);
		compactAfterSync(client.provider, idb);
		wipeWhenForbidden(client.provider, idb);
		const closed = new Promise<{ code: number }>((resolve) => client.provider.on('closed', resolve));
		await client.synced();
		local.getMap('person').set('lastName', marker);
		const confidential = connect(server.url, `case/${victim}/confidential`, anna);
		clients.push(confidential);
		await confidential.synced();
		const note = new Y.Map<unknown>();
		confidential.doc.transact(() => {
			note.set('id', 'note-p');
			note.set('text', `Notiz ${marker}`);
			confidential.doc.getArray('notes').push([note]);
		});
		// The summary (with the name) reached the agency's index: the erasure must take it out too.
		const index = connect(server.url, 'index/sr-wasseramt', anna);
		clients.push(index);
		await waitForDoc(
			index.doc,
			(d) => JSON.stringify(d.getMap('cases').get(victim) ?? {}).includes(marker),
			'summary in the index'
		);
		expect(found(marker).length).toBeGreaterThan(0);

		// Only the rules' roles may erase a person: not the case manager, yes the team lead.
		const erase = (token: string) =>
			fetch(`${server.url}/api/cases/${victim}/erase`, {
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', origin: server.url },
				body: JSON.stringify({ person: true })
			});
		expect((await erase(anna)).status).toBe(403);
		expect((await erase(regula)).status).toBe(200);

		expect(found(marker)).toEqual([]);
		const listed = (await (
			await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${anna}` } })
		).json()) as { cases: { id: string }[] };
		expect(listed.cases.map((c) => c.id)).not.toContain(victim);
		const refused = await rawUpgrade(server.url, `/sync/${encodeURIComponent(name)}?token=${anna}`);
		expect(refused).toMatchObject({ status: 403 });
		const fresh = connect(server.url, 'index/sr-wasseramt', anna);
		clients.push(fresh);
		await fresh.synced();
		expect(fresh.doc.getMap('cases').has(victim)).toBe(false);
		expect(Buffer.from(Y.encodeStateAsUpdate(fresh.doc)).indexOf(marker)).toBe(-1);
		// The open client was closed as forbidden and dropped its IndexedDB copy (as DocHandle does).
		expect(await closed).toMatchObject({ code: 4403 });
		let clean = false;
		for (let i = 0; i < 50 && !clean; i++) {
			clean = !(await idbHolds(`lotse:${name}`, marker));
			if (!clean) await new Promise((resolve) => setTimeout(resolve, 50)); // IndexedDB deletion has no event to wait for here
		}
		expect(clean).toBe(true);
	});
});

describe('retention rule', () => {
	it('erases a closed case whose closing date is older than the retention period, logged and audited', async () => {
		// In-process, so the scheduled run can be called with an injected `now`.
		const dataDir = tempDataDir('lotse-retention-');
		const logged: string[] = []; // the server's JSON log lines, kept out of the test output
		const spy = vi
			.spyOn(process.stdout, 'write')
			.mockImplementation((chunk: string | Uint8Array) => (logged.push(String(chunk)), true));
		const lotse = await create(
			fromEnv({
				LOTSE_DATA_DIR: dataDir,
				LOTSE_BUILD_DIR: path.join(dataDir, 'no-build'),
				LOTSE_LOG_LEVEL: 'info',
				LOTSE_RETENTION_YEARS: '10'
			})
		);
		try {
			const { cases, erasure, audit } = context();
			const [old, recent] = cases
				.ofAgency('sr-olten')
				.filter((r) => !r.summary.closed)
				.map((r) => r.id);
			const close = async (id: string, closedAt: string) => {
				const room = await lotse.rooms.get(`case/${id}`);
				await room.change((doc) => caseinfo.setAll(doc, { closedAt }));
			};
			await close(old!, '2015-03-01');
			await close(recent!, '2020-06-30');
			await eventually(
				async () => cases.get(old!)?.summary.closed === true && cases.get(recent!)?.summary.closed === true
			);

			const now = Date.parse('2026-01-15T12:00:00Z');
			const before = audit.forCase(old!).length;
			expect(await erasure.retention(10, now)).toBe(1);
			expect(cases.get(old!)).toBeUndefined();
			expect(logged.some((l) => l.includes('"retention.run"') && l.includes('"erased":1'))).toBe(true);
			expect(logged.some((l) => l.includes('"erasure.person"') && l.includes(old!))).toBe(true);
			expect(cases.get(recent!)).toBeDefined();
			const room = await lotse.rooms.get(`case/${old}`);
			expect(room.doc.getMap('person').size).toBe(0); // storage holds nothing of it any more
			const trail = audit.forCase(old!);
			expect(trail.length).toBe(before + 1);
			expect(trail[0]).toMatchObject({ action: 'retention', userId: null });
			// Ten years after the later closing date it goes too.
			expect(await erasure.retention(10, Date.parse('2030-07-01T12:00:00Z'))).toBe(1);
			expect(cases.get(recent!)).toBeUndefined();
		} finally {
			spy.mockRestore();
			await lotse.close();
		}
	}, 180_000);
});

describe('audit trail', () => {
	it('records a scripted sequence of edits as the expected entries, without values', async () => {
		const before = await audit();
		const person = connect(server.url, `case/${caseId}`, anna);
		clients.push(person);
		await person.synced();
		person.doc.getMap('person').set('lastName', 'Auditprobe');
		const other = connect(server.url, `case/${caseId}`, anna);
		clients.push(other);
		await waitForDoc(other.doc, (d) => d.getMap('person').get('lastName') === 'Auditprobe', 'name stored');
		const confidential = connect(server.url, `case/${caseId}/confidential`, anna);
		clients.push(confidential);
		await confidential.synced();
		const note = new Y.Map<unknown>();
		confidential.doc.transact(() => {
			note.set('id', 'note-2');
			note.set('text', 'Vertraulich: Auditprobe');
			confidential.doc.getArray('notes').push([note]);
		});
		await eventually(async () => (await audit()).length >= before.length + 3);

		const added = (await audit()).slice(0, -before.length || undefined).reverse();
		expect(added.map((e) => [e.userId, e.agencyId, e.doc, e.action, e.summary])).toEqual([
			['u-anna-keller', 'sr-wasseramt', `case/${caseId}`, 'change', 'Stammdaten: Nachname geändert'],
			['u-anna-keller', 'sr-wasseramt', `case/${caseId}/confidential`, 'open', 'Vertrauliches Dokument geöffnet'],
			[
				'u-anna-keller',
				'sr-wasseramt',
				`case/${caseId}/confidential`,
				'change',
				'Vertrauliche Notizen: Eintrag hinzugefügt'
			]
		]);
		expect(JSON.stringify(await audit())).not.toContain('Auditprobe');

		const bytes = Buffer.from(
			await (
				await fetch(`${server.url}/api/cases/${caseId}/audit?format=csv`, {
					headers: { authorization: `Bearer ${anna}` }
				})
			).arrayBuffer()
		);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, so Excel reads umlauts right
		const csv = bytes.subarray(3).toString('utf8');
		expect(csv.split('\r\n')[0]).toBe('"Zeit";"Benutzer/in";"Stelle";"Fall";"Dokument";"Aktion";"Beschreibung"');
		expect(csv).toContain('"Anna Keller";"Sozialregion Wasseramt"');
	});
});

type Entry = { userId: string; agencyId: string; doc: string; action: string; summary: string };
async function audit(): Promise<Entry[]> {
	const response = await fetch(`${server.url}/api/cases/${caseId}/audit`, {
		headers: { authorization: `Bearer ${anna}` }
	});
	return ((await response.json()) as { entries: Entry[] }).entries;
}

/** Polls an HTTP-observable condition (the audit is written after the update is stored). */
async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > end) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}
