/**
 * Durable storage of Yjs docs: an append-only update log per doc plus a snapshot that folds
 * the log's prefix. One interface, several implementations (SQLite embedded, PostgreSQL at
 * scale); storage.contract.ts holds the one test suite every implementation must pass.
 *
 * Async on purpose: the room awaits `append` before it broadcasts, so "stored before sent"
 * holds for network-backed stores too. `append` alone may also answer synchronously: an
 * implementation that has committed by the time it returns (SQLite) returns the number itself,
 * and the room broadcasts in the same tick.
 */

export interface UpdateMeta {
	/** Author of the update; null for the server itself (projections, seed). */
	userId: string | null;
	/** Milliseconds since the epoch. */
	at: number;
}

export interface StoredUpdate extends UpdateMeta {
	seq: number;
	data: Uint8Array;
}

export interface LoadedDoc {
	/** The folded state up to `snapshotSeq`, or null if the doc was never compacted. */
	snapshot: Uint8Array | null;
	snapshotSeq: number;
	/** Updates after the snapshot, in order. */
	updates: StoredUpdate[];
}

export interface DocStats {
	updates: number;
	updateBytes: number;
	snapshotBytes: number;
}

export interface DocStorage {
	/**
	 * Appends one update durably and returns its sequence number (strictly increasing per doc):
	 * the number itself if the update is committed when this returns, else a promise of it.
	 */
	append(doc: string, update: Uint8Array, meta: UpdateMeta): number | Promise<number>;
	/** Everything needed to rebuild the doc. A doc never written loads as empty. */
	load(doc: string): Promise<LoadedDoc>;
	/**
	 * Replaces the snapshot with `state` (which must contain every update up to `uptoSeq`) and
	 * drops the folded updates, in one transaction. Updates appended after `uptoSeq` stay.
	 */
	compact(doc: string, state: Uint8Array, uptoSeq: number): Promise<void>;
	/** Replaces the doc's whole history by `state` (erasure: nothing of the old log remains). */
	replace(doc: string, state: Uint8Array, meta: UpdateMeta): Promise<void>;
	/** Removes the doc and its history entirely. */
	remove(doc: string): Promise<void>;
	stats(doc: string): Promise<DocStats>;
	/** Names of all docs with stored content, optionally those starting with a prefix. */
	list(prefix?: string): Promise<string[]>;
	close(): Promise<void>;
}
