import * as encoding from 'lib0/encoding';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as db from '../db';
import { SqliteStorage } from '../storage/sqlite';
import type { DocStorage, StoredUpdate } from '../storage/storage';
import { MalformedUpdate, Room } from './room';
import { edit, RecordingPeer } from './test-helpers';

const POLICY = { maxUpdates: 1000, maxBytes: 1 << 30 };

/** `storage` with another append (which stores through it). */
function withAppend(storage: SqliteStorage, append: DocStorage['append']): DocStorage {
	return {
		append,
		load: (doc) => storage.load(doc),
		compact: (doc, state, upto) => storage.compact(doc, state, upto),
		replace: (doc, state, meta) => storage.replace(doc, state, meta),
		remove: (doc) => storage.remove(doc),
		stats: (doc) => storage.stats(doc),
		list: (prefix) => storage.list(prefix),
		close: () => storage.close()
	};
}

async function setup() {
	const database = db.openMemory();
	const storage = new SqliteStorage(database);
	const rows = async (name = 'case/c-1'): Promise<StoredUpdate[]> => (await storage.load(name)).updates;
	let count = 0;
	// Counts appends, so peers can record how much was stored when they were sent something.
	const counting = withAppend(storage, async (doc, update, meta) => {
		const seq = await storage.append(doc, update, meta);
		count++;
		return seq;
	});
	const room = await Room.load('case/c-1', counting, POLICY);
	return { room, storage, rows, stored: { count: () => count } };
}

/** A writer and a reader in `room`, once their joins went out and the room is idle again. */
async function writerAndReader(room: Room, stored: { count: () => number }) {
	const writer = new RecordingPeer('u-writer', stored);
	const reader = new RecordingPeer('u-reader', stored);
	room.join(writer);
	room.join(reader);
	await room.run(() => undefined);
	return { writer, reader };
}

describe('Room', () => {
	it('stores an update with its author before any peer is sent it', async () => {
		const { room, rows, stored } = await setup();
		const alice = new RecordingPeer('u-alice', stored);
		const bob = new RecordingPeer('u-bob', stored);
		room.join(alice);
		room.join(bob);

		const client = new Y.Doc();
		await room.receive(
			edit(client, (d) => d.getMap('person').set('lastName', 'Muster')),
			alice
		);

		const stored1 = await rows();
		expect(stored1).toHaveLength(1);
		expect(stored1[0]!.userId).toBe('u-alice');
		const broadcast = bob.sent.at(-1)!;
		expect(broadcast.storedSoFar).toBe(1);
		const mirror = new Y.Doc();
		for (const u of bob.updates()) Y.applyUpdate(mirror, u);
		expect(mirror.getMap('person').get('lastName')).toBe('Muster');
		// The author is not sent its own update back.
		expect(alice.updates()).toEqual([]);
	});

	it('answers a sync step 1 only after queued updates are stored', async () => {
		const { room, stored } = await setup();
		const writer = new RecordingPeer('u-w', stored);
		const reader = new RecordingPeer('u-r', stored);
		room.join(writer);
		const client = new Y.Doc();
		const pendingStore = room.receive(
			edit(client, (d) => d.getText('t').insert(0, 'x')),
			writer
		);
		const answer = room.answerStateVector(reader, Y.encodeStateVector(new Y.Doc()));
		await Promise.all([pendingStore, answer]);
		const step2 = reader.sent.at(-1)!;
		expect(step2.storedSoFar).toBe(1);
	});

	it('with a storage that commits synchronously, stores and sends an edit before receive returns', async () => {
		const storage = new SqliteStorage(db.openMemory());
		const count = { count: () => 0 };
		const room = await Room.load('case/c-1', storage, POLICY);
		const { writer, reader } = await writerAndReader(room, count);

		const sentBefore = reader.sent.length;
		const pending = room.receive(
			edit(new Y.Doc(), (d) => d.getText('t').insert(0, 'x')),
			writer
		);
		// Nothing awaited yet: the update is already stored and on its way.
		expect(reader.sent.length).toBe(sentBefore + 1);
		expect((await storage.load('case/c-1')).updates).toHaveLength(1);
		await pending;
	});

	it('keeps the order of work while a slow store is pending', async () => {
		const storage = new SqliteStorage(db.openMemory());
		const held: (() => void)[] = [];
		// Each append waits until the test releases it, like a slow network store.
		const slow = withAppend(
			storage,
			(doc, update, meta) =>
				new Promise<number>((resolve) => held.push(() => resolve(storage.append(doc, update, meta))))
		);
		const room = await Room.load('case/c-1', slow, POLICY);
		const stored = { count: () => held.length };
		const { writer, reader } = await writerAndReader(room, stored);
		const client = new Y.Doc();

		const first = room.receive(
			edit(client, (d) => d.getText('t').insert(0, 'a')),
			writer
		);
		const second = room.receive(
			edit(client, (d) => d.getText('t').insert(1, 'b')),
			writer
		);
		const answer = room.answerStateVector(reader, Y.encodeStateVector(new Y.Doc()));
		await Promise.resolve();
		// Only the first is being stored; the second and the answer wait behind it, nothing is sent.
		expect(held).toHaveLength(1);
		expect(reader.updates()).toEqual([]);
		held.shift()!();
		await first;
		expect(reader.updates()).toHaveLength(1);
		await vi.waitFor(() => expect(held).toHaveLength(1));
		held.shift()!();
		await Promise.all([second, answer]);
		// Both updates, then the answer that contains them, in that order.
		const mirror = new Y.Doc();
		for (const update of reader.updates()) Y.applyUpdate(mirror, update);
		expect(mirror.getText('t').toString()).toBe('ab');
		expect(reader.updates()).toHaveLength(3);
	});

	it('stores updates that arrived together as one update and sends them once', async () => {
		const { room, rows, stored } = await setup();
		const { writer, reader } = await writerAndReader(room, stored);
		const client = new Y.Doc();
		const updates = ['a', 'b', 'c'].map((letter, i) => edit(client, (d) => d.getText('t').insert(i, letter)));

		await room.receiveAll(updates, writer);
		expect(await rows()).toHaveLength(1);
		expect(reader.updates()).toHaveLength(1);
		const mirror = new Y.Doc();
		Y.applyUpdate(mirror, reader.updates()[0]!);
		expect(mirror.getText('t').toString()).toBe('abc');
	});

	it('keeps the updates before a malformed one of a batch and refuses it and the rest', async () => {
		const { room, rows, stored } = await setup();
		const writer = new RecordingPeer('u-writer', stored);
		room.join(writer);
		const client = new Y.Doc();
		const first = edit(client, (d) => d.getText('t').insert(0, 'gut'));
		const broken = edit(client, (d) => d.getText('t').insert(3, ' kaputt'));
		const after = edit(client, (d) => d.getText('t').insert(10, ' danach'));

		await expect(room.receiveAll([first, broken.slice(0, broken.length - 3), after], writer)).rejects.toBeInstanceOf(
			MalformedUpdate
		);
		expect(await rows()).toHaveLength(1);
		expect(room.doc.getText('t').toString()).toBe('gut');
	});

	it('rejects a truncated update without storing or changing anything', async () => {
		const { room, rows, stored } = await setup();
		const peer = new RecordingPeer('u', stored);
		room.join(peer);
		const client = new Y.Doc();
		const good = edit(client, (d) => d.getText('t').insert(0, 'Hallo Welt'));
		await expect(room.receive(good.slice(0, good.length - 4), peer)).rejects.toBeInstanceOf(MalformedUpdate);
		expect(await rows()).toEqual([]);
		expect(room.doc.getText('t').toString()).toBe('');
	});

	it('stores and broadcasts changes the server makes itself, without an author', async () => {
		const { room, rows, stored } = await setup();
		const peer = new RecordingPeer('u', stored);
		room.join(peer);
		await room.change((doc) => doc.getMap('cases').set('c-1', { id: 'c-1' }));
		expect((await rows())[0]!.userId).toBeNull();
		expect(peer.updates()).toHaveLength(1);
	});

	it('ignores updates that change nothing (already known)', async () => {
		const { room, rows, stored } = await setup();
		const peer = new RecordingPeer('u', stored);
		const client = new Y.Doc();
		const update = edit(client, (d) => d.getText('t').insert(0, 'a'));
		await room.receive(update, peer);
		await room.receive(update, peer);
		expect(await rows()).toHaveLength(1);
	});

	it('compacts into a snapshot that reloads to the same state', async () => {
		const { room, storage, stored } = await setup();
		const peer = new RecordingPeer('u', stored);
		const client = new Y.Doc();
		for (const word of ['a', 'b', 'c'])
			await room.receive(
				edit(client, (d) => d.getText('t').insert(0, word)),
				peer
			);
		await room.compact();
		const loaded = await storage.load('case/c-1');
		expect(loaded.updates).toEqual([]);
		expect(loaded.snapshot).not.toBeNull();
		const reloaded = await Room.load('case/c-1', storage, POLICY);
		expect(reloaded.doc.getText('t').toString()).toBe('cba');
	});

	it('compacts on its own once the update threshold is reached', async () => {
		const database = db.openMemory();
		const storage = new SqliteStorage(database);
		const room = await Room.load('case/c-2', storage, { maxUpdates: 3, maxBytes: 1 << 30 });
		const client = new Y.Doc();
		const peer = new RecordingPeer('u', { count: () => 0 });
		for (let i = 0; i < 3; i++)
			await room.receive(
				edit(client, (d) => d.getText('t').insert(0, String(i))),
				peer
			);
		expect((await storage.stats('case/c-2')).updates).toBe(0);
		expect((await storage.load('case/c-2')).snapshot).not.toBeNull();
	});

	it('removes the presence of a peer that leaves', async () => {
		const { room, stored } = await setup();
		const peer = new RecordingPeer('u', stored);
		room.join(peer);
		const client = new Y.Doc();
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, 1);
		encoding.writeVarUint(encoder, client.clientID);
		encoding.writeVarUint(encoder, 1);
		encoding.writeVarString(encoder, JSON.stringify({ user: { name: 'x' } }));
		room.receiveAwareness(encoding.toUint8Array(encoder), peer, [client.clientID]);
		expect(room.awareness.getStates().has(client.clientID)).toBe(true);
		expect(room.mayClaim(new RecordingPeer('other', stored), client.clientID)).toBe(false);
		room.leave(peer);
		expect(room.awareness.getStates().has(client.clientID)).toBe(false);
	});
});
