/**
 * PostgreSQL implementation of DocStorage, for running several Lotse instances on one
 * database. Sequence numbers come from a per-doc head row incremented atomically, so two
 * instances appending to the same doc never collide. Passes the same contract suite as SQLite.
 */
import pg from 'pg';
import type { DocStats, DocStorage, LoadedDoc, UpdateMeta } from './storage';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS doc_heads (doc TEXT PRIMARY KEY, seq BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS doc_updates (
	doc TEXT NOT NULL, seq BIGINT NOT NULL, data BYTEA NOT NULL, user_id TEXT, at BIGINT NOT NULL,
	PRIMARY KEY (doc, seq)
);
CREATE TABLE IF NOT EXISTS doc_snapshots (doc TEXT PRIMARY KEY, seq BIGINT NOT NULL, data BYTEA NOT NULL, at BIGINT NOT NULL);
`;

export class PostgresStorage implements DocStorage {
	#pool: pg.Pool;

	private constructor(pool: pg.Pool) {
		this.#pool = pool;
	}

	/** Connects and creates the tables in the pool's schema (search_path) if missing. */
	static async open(pool: pg.Pool): Promise<PostgresStorage> {
		await pool.query(SCHEMA);
		return new PostgresStorage(pool);
	}

	async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
		const client = await this.#pool.connect();
		try {
			await client.query('BEGIN');
			const result = await work(client);
			await client.query('COMMIT');
			return result;
		} catch (error) {
			await client.query('ROLLBACK');
			throw error;
		} finally {
			client.release();
		}
	}

	async #nextSeq(client: pg.PoolClient, doc: string): Promise<number> {
		const { rows } = await client.query<{ seq: string }>(
			'INSERT INTO doc_heads (doc, seq) VALUES ($1, 1) ON CONFLICT (doc) DO UPDATE SET seq = doc_heads.seq + 1 RETURNING seq',
			[doc]
		);
		return Number(rows[0]!.seq);
	}

	append(doc: string, update: Uint8Array, meta: UpdateMeta): Promise<number> {
		return this.#transaction(async (client) => {
			const seq = await this.#nextSeq(client, doc);
			await client.query('INSERT INTO doc_updates (doc, seq, data, user_id, at) VALUES ($1, $2, $3, $4, $5)', [
				doc,
				seq,
				Buffer.from(update),
				meta.userId,
				meta.at
			]);
			return seq;
		});
	}

	async load(doc: string): Promise<LoadedDoc> {
		return this.#transaction(async (client) => {
			await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
			const snapshot = await client.query<{ seq: string; data: Buffer }>(
				'SELECT seq, data FROM doc_snapshots WHERE doc = $1',
				[doc]
			);
			const snapshotSeq = Number(snapshot.rows[0]?.seq ?? 0);
			const updates = await client.query<{ seq: string; data: Buffer; user_id: string | null; at: string }>(
				'SELECT seq, data, user_id, at FROM doc_updates WHERE doc = $1 AND seq > $2 ORDER BY seq',
				[doc, snapshotSeq]
			);
			return {
				snapshot: snapshot.rows[0] ? new Uint8Array(snapshot.rows[0].data) : null,
				snapshotSeq,
				updates: updates.rows.map((row) => ({
					seq: Number(row.seq),
					data: new Uint8Array(row.data),
					userId: row.user_id,
					at: Number(row.at)
				}))
			};
		});
	}

	compact(doc: string, state: Uint8Array, uptoSeq: number): Promise<void> {
		return this.#transaction(async (client) => {
			await client.query(
				`INSERT INTO doc_snapshots (doc, seq, data, at) VALUES ($1, $2, $3, $4)
				 ON CONFLICT (doc) DO UPDATE SET seq = excluded.seq, data = excluded.data, at = excluded.at`,
				[doc, uptoSeq, Buffer.from(state), Date.now()]
			);
			await client.query('DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2', [doc, uptoSeq]);
		});
	}

	replace(doc: string, state: Uint8Array, meta: UpdateMeta): Promise<void> {
		return this.#transaction(async (client) => {
			const seq = await this.#nextSeq(client, doc);
			await client.query('DELETE FROM doc_updates WHERE doc = $1', [doc]);
			await client.query(
				`INSERT INTO doc_snapshots (doc, seq, data, at) VALUES ($1, $2, $3, $4)
				 ON CONFLICT (doc) DO UPDATE SET seq = excluded.seq, data = excluded.data, at = excluded.at`,
				[doc, seq, Buffer.from(state), meta.at]
			);
		});
	}

	remove(doc: string): Promise<void> {
		return this.#transaction(async (client) => {
			await client.query('DELETE FROM doc_updates WHERE doc = $1', [doc]);
			await client.query('DELETE FROM doc_snapshots WHERE doc = $1', [doc]);
			await client.query('DELETE FROM doc_heads WHERE doc = $1', [doc]);
		});
	}

	async stats(doc: string): Promise<DocStats> {
		const updates = await this.#pool.query<{ n: string; bytes: string | null }>(
			'SELECT count(*) AS n, sum(length(data)) AS bytes FROM doc_updates WHERE doc = $1',
			[doc]
		);
		const snapshot = await this.#pool.query<{ bytes: string }>(
			'SELECT length(data) AS bytes FROM doc_snapshots WHERE doc = $1',
			[doc]
		);
		return {
			updates: Number(updates.rows[0]?.n ?? 0),
			updateBytes: Number(updates.rows[0]?.bytes ?? 0),
			snapshotBytes: Number(snapshot.rows[0]?.bytes ?? 0)
		};
	}

	async list(prefix = ''): Promise<string[]> {
		// starts_with() instead of LIKE so that '%' and '_' in a prefix are literal.
		const { rows } = await this.#pool.query<{ doc: string }>(
			`SELECT doc FROM doc_snapshots WHERE starts_with(doc, $1) UNION SELECT DISTINCT doc FROM doc_updates WHERE starts_with(doc, $1) ORDER BY doc`,
			[prefix]
		);
		return rows.map((row) => row.doc);
	}

	async close(): Promise<void> {
		// The pool is owned by whoever created it.
	}
}
