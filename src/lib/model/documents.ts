/**
 * Documents attached to a case (Dokumente): the metadata list in the case doc, one entry per
 * stored file, its id being the file's SHA-256 (the blob's address on the server).
 *
 * Only the server adds entries, and only after the blob is durably stored (see
 * server/documents/documents.ts), so a listed document always has its bytes. Because the list
 * lives in the case doc, it is synced and available offline like everything else in the case.
 */
import type * as Y from 'yjs';
import * as entries from './entries';
import { caseRoots, str } from './schema';

export interface DocumentMeta {
	/** SHA-256 of the content, lowercase hex. */
	id: string;
	name: string;
	size: number;
	/** Content-Type decided by the server from the allowed-types table. */
	type: string;
	uploadedBy: string;
	uploadedByName: string;
	/** ms since the epoch. */
	uploadedAt: number;
}

/** One entry per document, even if two replicas added the same one concurrently. */
export function list(doc: Y.Doc): DocumentMeta[] {
	const seen = new Set<string>();
	return caseRoots
		.documents(doc)
		.toArray()
		.map((entry) => ({
			id: str(entry.get('id')),
			name: str(entry.get('name')),
			size: num(entry.get('size')),
			type: str(entry.get('type')),
			uploadedBy: str(entry.get('uploadedBy')),
			uploadedByName: str(entry.get('uploadedByName')),
			uploadedAt: num(entry.get('uploadedAt'))
		}))
		.filter((meta) => /^[0-9a-f]{64}$/.test(meta.id) && !seen.has(meta.id) && seen.add(meta.id) !== undefined)
		.sort((a, b) => b.uploadedAt - a.uploadedAt || a.name.localeCompare(b.name));
}

/** Adds the entry unless one with the same content is listed already; true if it added. */
export function add(doc: Y.Doc, meta: DocumentMeta, origin?: unknown): boolean {
	const array = caseRoots.documents(doc);
	if (entries.find(array, meta.id)) return false;
	const { id, ...values } = meta;
	entries.add(doc, array, values, origin, id);
	return true;
}

function num(value: unknown): number {
	return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
