import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as db from '../db';
import { SqliteStorage } from '../storage/sqlite';
import type { Peer } from './room';
import { Rooms } from './rooms';

const peer = (userId: string): Peer => ({ userId, send: () => undefined });

function update(fn: (doc: Y.Doc) => void): Uint8Array {
	const doc = new Y.Doc();
	fn(doc);
	return Y.encodeStateAsUpdate(doc);
}

describe('Rooms', () => {
	it('loads a room once and shares it', async () => {
		const rooms = new Rooms(new SqliteStorage(db.openMemory()), {
			idleMs: 1000,
			compaction: { maxUpdates: 100, maxBytes: 1 << 20 }
		});
		const [a, b] = await Promise.all([rooms.get('case/c-1'), rooms.get('case/c-1')]);
		expect(a).toBe(b);
		expect(rooms.size).toBe(1);
		await rooms.close();
	});

	it('unloads a room nobody has open once it was idle long enough, compacting it first', async () => {
		const storage = new SqliteStorage(db.openMemory());
		const rooms = new Rooms(storage, { idleMs: 1000, compaction: { maxUpdates: 100, maxBytes: 1 << 20 } });
		const room = await rooms.get('case/c-1');
		const p = peer('u');
		room.join(p);
		await room.receive(
			update((d) => d.getText('t').insert(0, 'Notiz')),
			p
		);

		// With a peer present, the room stays however long it was idle.
		await rooms.sweep(room.lastActivity + 10_000);
		expect(rooms.size).toBe(1);

		room.leave(p);
		await rooms.sweep(room.lastActivity + 500);
		expect(rooms.size).toBe(1);
		await rooms.sweep(room.lastActivity + 1000);
		expect(rooms.size).toBe(0);
		expect(room.destroyed).toBe(true);

		const stored = await storage.load('case/c-1');
		expect(stored.updates).toEqual([]);
		const reloaded = await rooms.get('case/c-1');
		expect(reloaded).not.toBe(room);
		expect(reloaded.doc.getText('t').toString()).toBe('Notiz');
		await rooms.close();
	});

	it('keeps memory bounded: many docs opened and left are all unloaded', async () => {
		const rooms = new Rooms(new SqliteStorage(db.openMemory()), {
			idleMs: 1000,
			compaction: { maxUpdates: 100, maxBytes: 1 << 20 }
		});
		let last = 0;
		for (let i = 0; i < 50; i++) {
			const room = await rooms.get(`case/c-${i}`);
			const p = peer('u');
			room.join(p);
			room.leave(p);
			last = Math.max(last, room.lastActivity);
		}
		expect(rooms.size).toBe(50);
		await rooms.sweep(last + 1000);
		expect(rooms.size).toBe(0);
		await rooms.close();
	});

	it('evicts a room whose state cannot be trusted, so the next user reloads it', async () => {
		const evicted: string[] = [];
		const rooms = new Rooms(new SqliteStorage(db.openMemory()), {
			idleMs: 1000,
			compaction: { maxUpdates: 100, maxBytes: 1 << 20 },
			onEvict: (room) => evicted.push(room.name)
		});
		const room = await rooms.get('case/c-9');
		rooms.evict(room, 'test');
		expect(evicted).toEqual(['case/c-9']);
		expect(await rooms.get('case/c-9')).not.toBe(room);
		await rooms.close();
	});
});
