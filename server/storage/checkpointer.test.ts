import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as db from '../db';
import { Checkpointer } from './checkpointer';
import { SqliteStorage } from './sqlite';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const pages = (database: db.Db) => database.pragma('wal_autocheckpoint', { simple: true });

describe('Checkpointer', () => {
	let dir: string;
	let database: db.Db;

	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-checkpoint-'));
		database = db.open(dir);
	});
	afterEach(() => {
		if (database.open) database.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('takes checkpoints off the server connection and copies the whole log into the database', async () => {
		const checkpointer = await Checkpointer.start(database, 'normal', silent, 60_000);
		expect(pages(database)).toBe(0);
		const storage = new SqliteStorage(database);
		for (let i = 0; i < 50; i++) storage.append('case/c-1', new Uint8Array(3000).fill(i), { userId: 'u', at: i });

		const result = await checkpointer.checkpoint();
		expect(result.log).toBeGreaterThan(0);
		expect(result.checkpointed).toBe(result.log);
		await checkpointer.stop();
		expect(pages(database)).toBe(1000);
		await expect(checkpointer.checkpoint()).rejects.toThrow('stopped');

		// What was checkpointed is in the database file: a fresh connection reads it all.
		database.close();
		const reopened = db.open(dir);
		const loaded = await new SqliteStorage(reopened).load('case/c-1');
		expect(loaded.updates.map((u) => u.data[0])).toEqual(Array.from({ length: 50 }, (_, i) => i));
		reopened.close();
	});
});
