/**
 * Documents attached to cases: the blob (content-addressed, see blobs.ts), a metadata row in
 * the `documents` table (which document belongs to which case: the server's record for access),
 * and an entry in the case doc's `documents` list (what the browser shows, offline too).
 *
 * Order of writes on upload, so a failure never lists a document without its bytes:
 *   1. the blob is streamed, checked, fsynced and renamed into place;
 *   2. the row is inserted (or found: the same content uploaded to the same case again);
 *   3. the server adds the list entry to the case doc through its room (stored, then broadcast).
 * If 3 fails, the row and blob exist but the document is not listed; uploading it again lists
 * it (step 3 adds the entry whenever it is missing). An orphan blob costs disk space, nothing else.
 */
import * as documents from '../../src/lib/model/documents';
import type { DocumentMeta } from '../../src/lib/model/documents';
import * as docname from '../../src/lib/shared/docname';
import { byName, cleanName, MAX_UPLOAD_BYTES, recognize, SNIFF_BYTES } from '../../src/lib/shared/filetypes';
import type { Db } from '../db';
import type { Rooms } from '../sync/rooms';
import { BlobError, type BlobStore } from './blobs';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
	case_id TEXT NOT NULL,
	hash TEXT NOT NULL,
	name TEXT NOT NULL,
	size INTEGER NOT NULL,
	type TEXT NOT NULL,
	uploaded_by TEXT NOT NULL,
	uploaded_by_name TEXT NOT NULL,
	uploaded_at INTEGER NOT NULL,
	PRIMARY KEY (case_id, hash)
);
`;

interface Row {
	case_id: string;
	hash: string;
	name: string;
	size: number;
	type: string;
	uploaded_by: string;
	uploaded_by_name: string;
	uploaded_at: number;
}

export interface Upload {
	caseId: string;
	user: { id: string; displayName: string };
	/** The original file name as the browser sent it. */
	name: string;
	body: ReadableStream<Uint8Array>;
	now: number;
}

export interface Stored {
	meta: DocumentMeta;
	path: string;
}

export class Documents {
	#db: Db;
	#blobs: BlobStore;
	#rooms: () => Rooms;

	constructor(db: Db, blobs: BlobStore, rooms: () => Rooms) {
		db.exec(SCHEMA);
		this.#db = db;
		this.#blobs = blobs;
		this.#rooms = rooms;
	}

	/** Stores the upload and lists it in the case; rejects with BlobError (nothing stored). */
	async upload(upload: Upload): Promise<DocumentMeta> {
		const name = cleanName(upload.name);
		const claimed = byName(name);
		if (!name || !claimed) {
			// Not cancelled: that would reset the connection before the 415 reaches the client.
			throw new BlobError('type', `file type not allowed: ${name}`);
		}
		const written = await this.#blobs.write(upload.body, {
			maxBytes: MAX_UPLOAD_BYTES,
			sniffBytes: SNIFF_BYTES,
			accept: (head) => recognize(name, head) !== null
		});
		this.#db
			.prepare(
				`INSERT INTO documents (case_id, hash, name, size, type, uploaded_by, uploaded_by_name, uploaded_at)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, hash) DO NOTHING`
			)
			.run(
				upload.caseId,
				written.hash,
				name,
				written.size,
				claimed.mime,
				upload.user.id,
				upload.user.displayName,
				upload.now
			);
		const meta = toMeta(this.#row(upload.caseId, written.hash)!);
		const room = await this.#rooms().get(docname.caseDoc(upload.caseId));
		await room.change((doc) => documents.add(doc, meta));
		return meta;
	}

	/** The document if it belongs to the case and its blob is there. */
	find(caseId: string, hash: string): Stored | undefined {
		const row = this.#row(caseId, hash);
		if (!row || !this.#blobs.has(hash)) return undefined;
		return { meta: toMeta(row), path: this.#blobs.path(hash) };
	}

	/**
	 * Erasure: the case's document rows (with their file names) go, and every blob no other case
	 * references is deleted from disk. Returns how many blobs were deleted.
	 */
	forget(caseId: string): number {
		const hashes = this.#db
			.prepare<[string], { hash: string }>('SELECT hash FROM documents WHERE case_id = ?')
			.all(caseId)
			.map((r) => r.hash);
		this.#db.prepare('DELETE FROM documents WHERE case_id = ?').run(caseId);
		const used = this.#db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM documents WHERE hash = ?');
		let removed = 0;
		for (const hash of hashes) if (used.get(hash)!.n === 0 && this.#blobs.remove(hash)) removed++;
		return removed;
	}

	ofCase(caseId: string): DocumentMeta[] {
		return this.#db
			.prepare<[string], Row>('SELECT * FROM documents WHERE case_id = ? ORDER BY uploaded_at DESC')
			.all(caseId)
			.map(toMeta);
	}

	#row(caseId: string, hash: string): Row | undefined {
		return this.#db
			.prepare<[string, string], Row>('SELECT * FROM documents WHERE case_id = ? AND hash = ?')
			.get(caseId, hash);
	}
}

function toMeta(row: Row): DocumentMeta {
	return {
		id: row.hash,
		name: row.name,
		size: row.size,
		type: row.type,
		uploadedBy: row.uploaded_by,
		uploadedByName: row.uploaded_by_name,
		uploadedAt: row.uploaded_at
	};
}
