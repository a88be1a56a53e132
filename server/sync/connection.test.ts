import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { CLOSE, MAX_AWARENESS_CLIENTS, MAX_AWARENESS_STATE_BYTES, MESSAGE } from '../../src/lib/shared/protocol';
import * as db from '../db';
import { SqliteStorage } from '../storage/sqlite';
import * as awareness from './awareness';
import { Connection } from './connection';
import { Rooms } from './rooms';
import { edit } from './test-helpers';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const BUFFER_BOUND = 1000;

/** Just enough of a ws socket: records what is sent and how it was closed. */
function fakeSocket() {
	const socket = {
		OPEN: 1,
		readyState: 1,
		sent: [] as Uint8Array[],
		closedWith: null as number | null,
		/** What ws reports as queued for the peer; tests set it to play a reader that stopped. */
		bufferedAmount: 0,
		terminated: false,
		terminate() {
			socket.terminated = true;
		},
		send(message: Uint8Array) {
			socket.sent.push(message);
		},
		close(code: number) {
			socket.closedWith = code;
			socket.readyState = 3;
		}
	};
	return socket;
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
	const encoder = encoding.createEncoder();
	write(encoder);
	return encoding.toUint8Array(encoder);
}

const awarenessFrame = (entries: awareness.AwarenessEntry[]) =>
	frame((e) => {
		encoding.writeVarUint(e, MESSAGE.awareness);
		encoding.writeVarUint8Array(e, awareness.encode(entries));
	});

const updateFrame = (update: Uint8Array) =>
	frame((e) => {
		encoding.writeVarUint(e, MESSAGE.sync);
		syncProtocol.writeUpdate(e, update);
	});

async function setup() {
	const storage = new SqliteStorage(db.openMemory());
	const rooms = new Rooms(storage, { idleMs: 60_000, compaction: { maxUpdates: 1000, maxBytes: 1 << 30 } });
	const room = await rooms.get('case/c-1');
	const open = (userId: string) => {
		const socket = fakeSocket();
		const connection = new Connection(
			socket as unknown as WebSocket,
			'case/c-1',
			{ id: userId, name: userId },
			true,
			silent,
			BUFFER_BOUND
		);
		room.join(connection);
		return { socket, connection };
	};
	const writer = open('u-writer');
	const reader = open('u-reader');
	await room.run(() => undefined);
	reader.socket.sent.length = 0;
	return { storage, rooms, room, writer, reader };
}

describe('Connection', () => {
	it('hands the updates of one socket read to the room together: one commit, one message per peer', async () => {
		const { storage, rooms, room, writer, reader } = await setup();
		const client = new Y.Doc();
		// ws emits all frames of one read in the same tick, like these three calls.
		const handled = ['a', 'b', 'c'].map((letter, i) =>
			writer.connection.receive(room, rooms, updateFrame(edit(client, (d) => d.getText('t').insert(i, letter))))
		);
		await Promise.all(handled);

		expect((await storage.load('case/c-1')).updates).toHaveLength(1);
		expect(reader.socket.sent).toHaveLength(1);
		expect(room.doc.getText('t').toString()).toBe('abc');
	});

	it('applies updates before a later frame of another kind is answered', async () => {
		const { rooms, room, writer } = await setup();
		const client = new Y.Doc();
		const update = writer.connection.receive(
			room,
			rooms,
			updateFrame(edit(client, (d) => d.getText('t').insert(0, 'x')))
		);
		const step1 = writer.connection.receive(
			room,
			rooms,
			frame((e) => {
				encoding.writeVarUint(e, MESSAGE.sync);
				syncProtocol.writeSyncStep1(e, new Y.Doc());
			})
		);
		await Promise.all([update, step1]);
		// The answer to the step 1 (the last frame sent to the writer) already holds the update.
		const answer = writer.socket.sent.at(-1)!;
		const decoder = decoding.createDecoder(answer);
		expect(decoding.readVarUint(decoder)).toBe(MESSAGE.sync);
		const mirror = new Y.Doc();
		syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), mirror, null);
		expect(mirror.getText('t').toString()).toBe('x');
	});

	it('keeps what came before a malformed frame of the same read and closes with 4400', async () => {
		const { storage, rooms, room, writer, reader } = await setup();
		const client = new Y.Doc();
		const good = writer.connection.receive(
			room,
			rooms,
			updateFrame(edit(client, (d) => d.getText('t').insert(0, 'gut')))
		);
		const bad = writer.connection.receive(room, rooms, new Uint8Array([MESSAGE.sync]));
		await Promise.all([good, bad]);

		expect(writer.socket.closedWith).toBe(CLOSE.malformed);
		expect(room.doc.getText('t').toString()).toBe('gut');
		expect((await storage.load('case/c-1')).updates).toHaveLength(1);
		expect(reader.socket.sent).toHaveLength(1);
	});

	it('stops sending to a socket whose queue passed the bound and closes it with 4503', async () => {
		vi.useFakeTimers();
		try {
			const { reader } = await setup();
			// One message always goes out onto an empty buffer, however large.
			reader.connection.send(new Uint8Array(5000));
			expect(reader.socket.sent).toHaveLength(1);
			reader.socket.bufferedAmount = 5000;
			reader.connection.send(new Uint8Array(10));
			expect(reader.socket.sent).toHaveLength(1);
			expect(reader.socket.closedWith).toBe(CLOSE.fellBehind);
			// It never reads its close frame: cut after the grace period, freeing what is queued.
			expect(reader.socket.terminated).toBe(false);
			vi.advanceTimersByTime(5000);
			expect(reader.socket.terminated).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	it('keeps sending while the queue stays under the bound', async () => {
		const { reader } = await setup();
		reader.socket.bufferedAmount = BUFFER_BOUND - 100;
		reader.connection.send(new Uint8Array(50));
		expect(reader.socket.sent).toHaveLength(1);
		expect(reader.socket.closedWith).toBeNull();
	});

	it(`closes with 4429 when one connection claims more than ${MAX_AWARENESS_CLIENTS} awareness client ids`, async () => {
		const { rooms, room, writer, reader } = await setup();
		const claim = (ids: number[]) =>
			writer.connection.receive(
				room,
				rooms,
				awarenessFrame(ids.map((clientId) => ({ clientId, clock: 1, state: { cursor: 1 } })))
			);
		await claim(Array.from({ length: MAX_AWARENESS_CLIENTS }, (_, i) => 100 + i));
		expect(writer.socket.closedWith).toBeNull();
		const relayed = reader.socket.sent.length;
		await claim([999]);
		expect(writer.socket.closedWith).toBe(CLOSE.tooManyClients);
		expect(reader.socket.sent).toHaveLength(relayed);
		expect(room.awareness.getStates().has(999)).toBe(false);
	});

	it('drops echoed removals of client ids the connection does not own (they neither count nor relay)', async () => {
		const { rooms, room, writer, reader } = await setup();
		const ids = Array.from({ length: 20 }, (_, i) => 200 + i);
		await writer.connection.receive(
			room,
			rooms,
			awarenessFrame(ids.map((clientId) => ({ clientId, clock: 2, state: null })))
		);
		expect(writer.socket.closedWith).toBeNull();
		expect(reader.socket.sent).toHaveLength(0);
	});

	it('closes with 4413 on an awareness state above the bound, relaying nothing', async () => {
		const { rooms, room, writer, reader } = await setup();
		const big = { cursor: 'x'.repeat(MAX_AWARENESS_STATE_BYTES) };
		await writer.connection.receive(room, rooms, awarenessFrame([{ clientId: 5, clock: 1, state: big }]));
		expect(writer.socket.closedWith).toBe(CLOSE.awarenessTooLarge);
		expect(reader.socket.sent).toHaveLength(0);
	});
});
