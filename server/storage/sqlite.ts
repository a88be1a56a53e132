/**
 * SQLite implementation of DocStorage (better-sqlite3, WAL). better-sqlite3 is synchronous, so
 * every append is committed before the returned promise resolves; with `synchronous = FULL`
 * the WAL is fsynced on each commit, so an acknowledged update survives a crash of the process
 * and of the machine.
 */
import type Database from 'better-sqlite3';
import type { DocStats, DocStorage, LoadedDoc, UpdateMeta } from './storage';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS doc_updates (
	doc TEXT NOT NULL,
	seq INTEGER NOT NULL,
	data BLOB NOT NULL,
	user_id TEXT,
	at INTEGER NOT NULL,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_snapshots (
	doc TEXT PRIMARY KEY,
	seq INTEGER NOT NULL,
	data BLOB NOT NULL,
	at INTEGER NOT NULL
);
`;

export class SqliteStorage implements DocStorage {
	#db: Database.Database;
	#statements;
	/**
	 * Last sequence number per doc, so an append does not have to ask SQLite for max(seq) each
	 * time. Valid because one process owns the database (the import CLI refuses to run beside a
	 * server); the first append of a doc reads it from the tables.
	 */
	#heads = new Map<string, number>();

	constructor(db: Database.Database) {
		this.#db = db;
		db.exec(SCHEMA);
		this.#statements = {
			lastSeq: db.prepare<[string, string], { seq: number | null }>(
				`SELECT max(seq) AS seq FROM (
					SELECT max(seq) AS seq FROM doc_updates WHERE doc = ?
					UNION ALL SELECT seq FROM doc_snapshots WHERE doc = ?)`
			),
			insert: db.prepare('INSERT INTO doc_updates (doc, seq, data, user_id, at) VALUES (?, ?, ?, ?, ?)'),
			snapshot: db.prepare<[string], { seq: number; data: Buffer }>(
				'SELECT seq, data FROM doc_snapshots WHERE doc = ?'
			),
			updates: db.prepare<[string, number], { seq: number; data: Buffer; user_id: string | null; at: number }>(
				'SELECT seq, data, user_id, at FROM doc_updates WHERE doc = ? AND seq > ? ORDER BY seq'
			),
			upsertSnapshot: db.prepare(
				`INSERT INTO doc_snapshots (doc, seq, data, at) VALUES (?, ?, ?, ?)
				 ON CONFLICT (doc) DO UPDATE SET seq = excluded.seq, data = excluded.data, at = excluded.at`
			),
			dropUpdatesUpTo: db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?'),
			dropUpdates: db.prepare('DELETE FROM doc_updates WHERE doc = ?'),
			dropSnapshot: db.prepare('DELETE FROM doc_snapshots WHERE doc = ?'),
			stats: db.prepare<[string], { n: number; bytes: number | null }>(
				'SELECT count(*) AS n, sum(length(data)) AS bytes FROM doc_updates WHERE doc = ?'
			),
			snapshotBytes: db.prepare<[string], { bytes: number }>(
				'SELECT length(data) AS bytes FROM doc_snapshots WHERE doc = ?'
			),
			listAll: db.prepare<[string, string, string, string], { doc: string }>(
				`SELECT doc FROM doc_snapshots WHERE doc >= ? AND doc < ?
				 UNION SELECT DISTINCT doc FROM doc_updates WHERE doc >= ? AND doc < ? ORDER BY doc`
			)
		};
	}

	#nextSeq(doc: string): number {
		const last = this.#heads.get(doc) ?? this.#statements.lastSeq.get(doc, doc)?.seq ?? 0;
		return last + 1;
	}

	// Built once: better-sqlite3's transaction() wraps a function, and wrapping anew on every
	// append showed up in profiles of the sync path.
	#appendTx = (doc: string, update: Uint8Array, meta: UpdateMeta): number => {
		const next = this.#nextSeq(doc);
		this.#statements.insert.run(doc, next, update, meta.userId, meta.at);
		return next;
	};
	#appendInTx: ((doc: string, update: Uint8Array, meta: UpdateMeta) => number) | undefined;

	append(doc: string, update: Uint8Array, meta: UpdateMeta): number {
		this.#appendInTx ??= this.#db.transaction(this.#appendTx).immediate;
		const seq = this.#appendInTx(doc, update, meta);
		this.#heads.set(doc, seq);
		return seq;
	}

	async load(doc: string): Promise<LoadedDoc> {
		return this.#db.transaction(() => {
			const snapshot = this.#statements.snapshot.get(doc);
			const snapshotSeq = snapshot?.seq ?? 0;
			const updates = this.#statements.updates.all(doc, snapshotSeq).map((row) => ({
				seq: row.seq,
				data: new Uint8Array(row.data),
				userId: row.user_id,
				at: row.at
			}));
			return { snapshot: snapshot ? new Uint8Array(snapshot.data) : null, snapshotSeq, updates };
		})();
	}

	async compact(doc: string, state: Uint8Array, uptoSeq: number): Promise<void> {
		this.#db
			.transaction(() => {
				this.#statements.upsertSnapshot.run(doc, uptoSeq, state, Date.now());
				this.#statements.dropUpdatesUpTo.run(doc, uptoSeq);
			})
			.immediate();
	}

	async replace(doc: string, state: Uint8Array, meta: UpdateMeta): Promise<void> {
		const seq = this.#db
			.transaction(() => {
				const next = this.#nextSeq(doc);
				this.#statements.dropUpdates.run(doc);
				this.#statements.upsertSnapshot.run(doc, next, state, meta.at);
				return next;
			})
			.immediate();
		this.#heads.set(doc, seq);
	}

	async remove(doc: string): Promise<void> {
		this.#db
			.transaction(() => {
				this.#statements.dropUpdates.run(doc);
				this.#statements.dropSnapshot.run(doc);
			})
			.immediate();
		this.#heads.delete(doc);
	}

	async stats(doc: string): Promise<DocStats> {
		const row = this.#statements.stats.get(doc);
		return {
			updates: row?.n ?? 0,
			updateBytes: row?.bytes ?? 0,
			snapshotBytes: this.#statements.snapshotBytes.get(doc)?.bytes ?? 0
		};
	}

	async list(prefix = ''): Promise<string[]> {
		// Range scan instead of LIKE so that '%' or '_' in a prefix mean nothing special.
		const end = prefix + '\uffff';
		return this.#statements.listAll.all(prefix, end, prefix, end).map((row) => row.doc);
	}

	async close(): Promise<void> {
		// The database handle is owned by whoever opened it (server/db.ts).
	}
}
