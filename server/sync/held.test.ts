/**
 * Updates whose dependencies the server lacks, through a Room: held out of the doc (never stored,
 * sent or compacted), integrated once what they need arrives, bounded per connection.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as db from '../db';
import { SqliteStorage } from '../storage/sqlite';
import { HELD_MAX_BYTES } from './held';
import { Room, UnresolvedUpdate } from './room';
import { edit, RecordingPeer } from './test-helpers';

const POLICY = { maxUpdates: 1000, maxBytes: 1 << 30 };
const CRAFTED = 424242;

/** `base` creates a nested map; `dependent` writes into it (its parent is in `base` only). */
function dependentPair(payload = 'x') {
	const client = new Y.Doc();
	client.clientID = CRAFTED;
	const base = edit(client, (d) => d.getMap('attack').set('inner', new Y.Map()));
	const dependent = edit(client, (d) => (d.getMap('attack').get('inner') as Y.Map<string>).set('payload', payload));
	return { base, dependent };
}

const clientsOf = (update: Uint8Array) => new Set(Y.decodeUpdate(update).structs.map((s) => s.id.client));

async function setup() {
	const storage = new SqliteStorage(db.openMemory());
	const room = await Room.load('case/c-1', storage, POLICY);
	const count = { count: () => 0 };
	const writer = new RecordingPeer('u-writer', count);
	const other = new RecordingPeer('u-other', count);
	const reader = new RecordingPeer('u-reader', count);
	for (const peer of [writer, other, reader]) room.join(peer);
	await room.run(() => undefined);
	await room.receive(
		edit(new Y.Doc(), (d) => d.getMap('person').set('lastName', 'Muster')),
		other
	);
	return { room, storage, writer, other, reader };
}

describe('updates with missing dependencies', () => {
	it('are neither stored, nor sent, nor in a sync step 2 answer, nor in a snapshot', async () => {
		const { room, storage, writer, reader } = await setup();
		const sentBefore = reader.updates().length;
		await room.receive(dependentPair('geheim').dependent, writer);

		expect(room.doc.store.pendingStructs).toBeNull();
		expect(reader.updates().length).toBe(sentBefore);
		expect((await storage.load('case/c-1')).updates).toHaveLength(1);
		await room.answerStateVector(reader, Y.encodeStateVector(new Y.Doc()));
		expect(clientsOf(reader.updates().at(-1)!).has(CRAFTED)).toBe(false);
		await room.compact();
		const snapshot = (await storage.load('case/c-1')).snapshot!;
		expect(clientsOf(snapshot).has(CRAFTED)).toBe(false);
	});

	it('are integrated, stored and sent once what they depend on arrives (same connection)', async () => {
		const { room, storage, writer, reader } = await setup();
		const { base, dependent } = dependentPair('später');
		await room.receive(dependent, writer);
		await room.receive(base, writer);

		const mirror = new Y.Doc();
		for (const update of reader.updates()) Y.applyUpdate(mirror, update);
		expect((mirror.getMap('attack').get('inner') as Y.Map<string>).get('payload')).toBe('später');
		const reloaded = await Room.load('case/c-1', storage, POLICY);
		expect((reloaded.doc.getMap('attack').get('inner') as Y.Map<string>).get('payload')).toBe('später');
		// The author is sent neither part back.
		expect(writer.updates().some((u) => clientsOf(u).has(CRAFTED))).toBe(false);
	});

	it('are integrated when another connection brings what they depend on', async () => {
		const { room, writer, other, reader } = await setup();
		const { base, dependent } = dependentPair('von anderswo');
		await room.receive(dependent, writer);
		await room.receive(base, other);
		expect((room.doc.getMap('attack').get('inner') as Y.Map<string>).get('payload')).toBe('von anderswo');
		expect(reader.updates().some((u) => clientsOf(u).has(CRAFTED))).toBe(true);
	});

	it('covers deletions of unknown items too', async () => {
		const { room, storage, writer, reader } = await setup();
		const client = new Y.Doc();
		const insert = edit(client, (d) => d.getText('t').insert(0, 'abc'));
		const remove = edit(client, (d) => d.getText('t').delete(0, 2));
		await room.receive(remove, writer);
		expect(room.doc.store.pendingDs).toBeNull();
		expect((await storage.load('case/c-1')).updates).toHaveLength(1);
		await room.receive(insert, writer);
		expect(room.doc.getText('t').toString()).toBe('c');
		const mirror = new Y.Doc();
		for (const update of reader.updates()) Y.applyUpdate(mirror, update);
		expect(mirror.getText('t').toString()).toBe('c');
	});

	it('are dropped when their connection leaves', async () => {
		const { room, writer, reader } = await setup();
		const { base, dependent } = dependentPair();
		await room.receive(dependent, writer);
		room.leave(writer);
		await room.receive(base, reader);
		expect((room.doc.getMap('attack').get('inner') as Y.Map<string>).has('payload')).toBe(false);
	});

	it(`refuse a connection holding more than ${HELD_MAX_BYTES} bytes`, async () => {
		const { room, writer } = await setup();
		const { dependent } = dependentPair('x'.repeat(HELD_MAX_BYTES / 2));
		await room.receive(dependent, writer);
		const second = dependentPair('y'.repeat(HELD_MAX_BYTES / 2)).dependent;
		await expect(room.receive(second, writer)).rejects.toBeInstanceOf(UnresolvedUpdate);
	});

	it('are dropped from a stored snapshot on load, and the next compaction rewrites it', async () => {
		const storage = new SqliteStorage(db.openMemory());
		// What the server wrote before: a snapshot of a doc holding a pending struct.
		const polluted = new Y.Doc();
		polluted.getMap('person').set('lastName', 'Muster');
		Y.applyUpdate(polluted, dependentPair('alt').dependent);
		await storage.compact('case/c-1', Y.encodeStateAsUpdate(polluted), 0);
		expect(clientsOf((await storage.load('case/c-1')).snapshot!).has(CRAFTED)).toBe(true);

		const room = await Room.load('case/c-1', storage, POLICY);
		expect(room.doc.store.pendingStructs).toBeNull();
		expect(clientsOf(Y.encodeStateAsUpdate(room.doc)).has(CRAFTED)).toBe(false);
		await room.compact();
		expect(clientsOf((await storage.load('case/c-1')).snapshot!).has(CRAFTED)).toBe(false);
	});
});

describe('sync step 1', () => {
	it('is answered once per state of the doc for the same state vector', async () => {
		const { room, reader } = await setup();
		const empty = Y.encodeStateVector(new Y.Doc());
		const answers = () => reader.sent.length;
		await room.answerStateVector(reader, empty);
		const once = answers();
		for (let i = 0; i < 20; i++) await room.answerStateVector(reader, empty);
		expect(answers()).toBe(once);
		// Another state vector, or a changed doc, is answered again.
		await room.answerStateVector(reader, Y.encodeStateVector(room.doc));
		expect(answers()).toBe(once + 1);
		await room.change((doc) => doc.getMap('person').set('firstName', 'Eva'));
		const afterChange = answers();
		await room.answerStateVector(reader, empty);
		expect(answers()).toBe(afterChange + 1);
	});
});
