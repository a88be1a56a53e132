import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as db from '../db';
import { SqliteStorage } from './sqlite';
import { storageContract } from './storage.contract';

storageContract('SQLite in memory', async () => {
	const database = db.openMemory();
	return { storage: new SqliteStorage(database), dispose: async () => void database.close() };
});

storageContract('SQLite file (WAL)', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-storage-'));
	const database = db.open(dir);
	return {
		storage: new SqliteStorage(database),
		dispose: async () => {
			database.close();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	};
});

describe('SQLite file storage', () => {
	it('survives closing and reopening the database', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-storage-'));
		const source = new Y.Doc();
		source.getMap('person').set('lastName', 'Beispiel');
		const first = db.open(dir);
		expect(first.pragma('journal_mode', { simple: true })).toBe('wal');
		await new SqliteStorage(first).append('case/x', Y.encodeStateAsUpdate(source), { userId: 'u', at: 1 });
		first.close();

		const second = db.open(dir);
		const loaded = await new SqliteStorage(second).load('case/x');
		const doc = new Y.Doc();
		for (const u of loaded.updates) Y.applyUpdate(doc, u.data);
		expect(doc.getMap('person').get('lastName')).toBe('Beispiel');
		second.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});
});
