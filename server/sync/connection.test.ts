import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { CLOSE, MESSAGE } from '../../src/lib/shared/protocol';
import * as db from '../db';
import { SqliteStorage } from '../storage/sqlite';
import { Connection } from './connection';
import { Rooms } from './rooms';
import { edit } from './test-helpers';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** Just enough of a ws socket: records what is sent and how it was closed. */
function fakeSocket() {
	const socket = {
		OPEN: 1,
		readyState: 1,
		sent: [] as Uint8Array[],
		closedWith: null as number | null,
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
			silent
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
});
