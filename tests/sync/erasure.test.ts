/**
 * Erasure is real: a unique marker written into a confidential note and then erased is found
 * nowhere afterwards — not in the SQLite file or its WAL, not in the doc the server serves, not
 * in a client's IndexedDB copy after its next sync. And the audit trail of a scripted sequence
 * of edits is exactly the expected entries, naming fields but holding no values.
 */
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { compactAfterSync } from '../../src/lib/sync/compact';
import { connect, waitForDoc, type Client } from '../support/clients';
import { signIn, startServer, until, type RunningServer } from '../support/server';

let server: RunningServer;
let anna: string;
let caseId: string;
const clients: Client[] = [];

beforeAll(async () => {
	server = await startServer();
	anna = await signIn(server.url, 'anna.keller', 'lotse-demo');
	const { cases } = (await (await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${anna}` } })).json()) as { cases: { id: string }[] };
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
		await until(() => syncs > 0, (notify) => (client.provider.on('sync', notify), () => client.provider.off('sync', notify)), 10_000, 'resync');
		await until(() => local.getArray('notes').length === 0, (notify) => (local.on('update', notify), () => local.off('update', notify)), 10_000, 'deletion applied');
		let clean = false;
		for (let i = 0; i < 50 && !clean; i++) {
			clean = !(await idbContains(`lotse:${doc}`, marker));
			if (!clean) await new Promise((resolve) => setTimeout(resolve, 50)); // IndexedDB writes have no event to wait for here
		}
		expect(clean).toBe(true);
		await idb.destroy();
	});
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
			['u-anna-keller', 'sr-wasseramt', `case/${caseId}/confidential`, 'change', 'Vertrauliche Notizen: Eintrag hinzugefügt']
		]);
		expect(JSON.stringify(await audit())).not.toContain('Auditprobe');

		const bytes = Buffer.from(await (await fetch(`${server.url}/api/cases/${caseId}/audit?format=csv`, { headers: { authorization: `Bearer ${anna}` } })).arrayBuffer());
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, so Excel reads umlauts right
		const csv = bytes.subarray(3).toString('utf8');
		expect(csv.split('\r\n')[0]).toBe('"Zeit";"Benutzer/in";"Stelle";"Fall";"Dokument";"Aktion";"Beschreibung"');
		expect(csv).toContain('"Anna Keller";"Sozialregion Wasseramt"');
	});
});

type Entry = { userId: string; agencyId: string; doc: string; action: string; summary: string };
async function audit(): Promise<Entry[]> {
	const response = await fetch(`${server.url}/api/cases/${caseId}/audit`, { headers: { authorization: `Bearer ${anna}` } });
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
