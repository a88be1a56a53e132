/**
 * The one test suite every DocStorage implementation must pass (SQLite now, PostgreSQL next).
 * Call it from the implementation's test file with a factory that returns a fresh, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocStorage } from './storage';

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
	let update: Uint8Array | null = null;
	const capture = (u: Uint8Array) => (update = u);
	doc.on('update', capture);
	doc.getText('t').insert(doc.getText('t').length, text);
	doc.off('update', capture);
	if (!update) throw new Error('no update emitted');
	return update;
}

async function rebuild(storage: DocStorage, name: string): Promise<Y.Doc> {
	const loaded = await storage.load(name);
	const doc = new Y.Doc();
	if (loaded.snapshot) Y.applyUpdate(doc, loaded.snapshot);
	for (const u of loaded.updates) Y.applyUpdate(doc, u.data);
	return doc;
}

export function storageContract(
	name: string,
	make: () => Promise<{ storage: DocStorage; dispose: () => Promise<void> }>
) {
	describe(`DocStorage contract: ${name}`, () => {
		let storage: DocStorage;
		let dispose: () => Promise<void>;

		beforeEach(async () => {
			({ storage, dispose } = await make());
		});
		afterEach(async () => {
			await dispose();
		});

		it('loads a doc that was never written as empty', async () => {
			const loaded = await storage.load('case/none');
			expect(loaded).toEqual({ snapshot: null, snapshotSeq: 0, updates: [] });
		});

		it('returns appended updates in order with their author and time', async () => {
			const source = new Y.Doc();
			const seqs = [
				await storage.append('case/a', textUpdate(source, 'Hallo'), { userId: 'u-1', at: 1000 }),
				await storage.append('case/a', textUpdate(source, ' Welt'), { userId: null, at: 2000 })
			];
			expect(seqs[1]).toBeGreaterThan(seqs[0]!);
			const loaded = await storage.load('case/a');
			expect(loaded.updates.map((u) => [u.seq, u.userId, u.at])).toEqual([
				[seqs[0], 'u-1', 1000],
				[seqs[1], null, 2000]
			]);
			expect((await rebuild(storage, 'case/a')).getText('t').toString()).toBe('Hallo Welt');
		});

		it('keeps docs apart', async () => {
			const a = new Y.Doc();
			const b = new Y.Doc();
			await storage.append('case/a', textUpdate(a, 'A'), { userId: 'u', at: 1 });
			await storage.append('case/a/confidential', textUpdate(b, 'B'), { userId: 'u', at: 1 });
			expect((await rebuild(storage, 'case/a')).getText('t').toString()).toBe('A');
			expect((await rebuild(storage, 'case/a/confidential')).getText('t').toString()).toBe('B');
			expect(await storage.list('case/')).toEqual(['case/a', 'case/a/confidential']);
			expect(await storage.list('index/')).toEqual([]);
		});

		it('compaction folds the log into a snapshot and keeps later updates', async () => {
			const source = new Y.Doc();
			for (const word of ['eins ', 'zwei ', 'drei ']) {
				await storage.append('case/c', textUpdate(source, word), { userId: 'u', at: 1 });
			}
			const before = await storage.load('case/c');
			const lastSeq = before.updates.at(-1)!.seq;
			const folded = Y.encodeStateAsUpdate(await rebuild(storage, 'case/c'));
			// An update that arrives while the snapshot is being built must survive compaction.
			await storage.append('case/c', textUpdate(source, 'vier'), { userId: 'u', at: 2 });
			await storage.compact('case/c', folded, lastSeq);

			const after = await storage.load('case/c');
			expect(after.snapshotSeq).toBe(lastSeq);
			expect(after.updates).toHaveLength(1);
			expect(after.updates[0]!.seq).toBeGreaterThan(lastSeq);
			expect((await rebuild(storage, 'case/c')).getText('t').toString()).toBe('eins zwei drei vier');
			expect((await storage.stats('case/c')).updates).toBe(1);
		});

		it('keeps sequence numbers increasing across compaction', async () => {
			const source = new Y.Doc();
			const first = await storage.append('case/d', textUpdate(source, 'a'), { userId: 'u', at: 1 });
			await storage.compact('case/d', Y.encodeStateAsUpdate(source), first);
			const second = await storage.append('case/d', textUpdate(source, 'b'), { userId: 'u', at: 1 });
			expect(second).toBeGreaterThan(first);
		});

		it('replace drops the whole log and keeps only the new state', async () => {
			const source = new Y.Doc();
			await storage.append('case/e', textUpdate(source, 'geheim'), { userId: 'u', at: 1 });
			const clean = new Y.Doc();
			clean.getText('t').insert(0, 'sauber');
			await storage.replace('case/e', Y.encodeStateAsUpdate(clean), { userId: null, at: 3 });
			const loaded = await storage.load('case/e');
			expect(loaded.updates).toEqual([]);
			expect((await rebuild(storage, 'case/e')).getText('t').toString()).toBe('sauber');
		});

		it('remove deletes the doc entirely', async () => {
			const source = new Y.Doc();
			await storage.append('case/f', textUpdate(source, 'x'), { userId: 'u', at: 1 });
			await storage.remove('case/f');
			expect(await storage.load('case/f')).toEqual({ snapshot: null, snapshotSeq: 0, updates: [] });
			expect(await storage.list()).not.toContain('case/f');
		});

		it('reports the size of the log', async () => {
			const source = new Y.Doc();
			const update = textUpdate(source, 'abc');
			await storage.append('case/g', update, { userId: 'u', at: 1 });
			expect(await storage.stats('case/g')).toEqual({ updates: 1, updateBytes: update.byteLength, snapshotBytes: 0 });
		});

		it('treats prefix characters literally in list', async () => {
			const source = new Y.Doc();
			await storage.append('case/h', textUpdate(source, 'x'), { userId: 'u', at: 1 });
			expect(await storage.list('case%')).toEqual([]);
			expect(await storage.list('case_')).toEqual([]);
		});
	});
}
