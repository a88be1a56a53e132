/**
 * Documents attached to a plan measure: the measure keeps only document ids (content hashes);
 * the names come from the case's document list (model/documents.ts). Pure helpers, so the plan
 * tab and the report agree on what an attachment shows.
 */
import type { DocumentMeta } from './documents';

export interface Attached {
	id: string;
	/** The file name, or '' while the document list has not (yet) synced this entry. */
	name: string;
	meta: DocumentMeta | undefined;
}

/** The ids with `id` added once (attaching twice changes nothing). */
export function attach(ids: readonly string[], id: string): string[] {
	return ids.includes(id) ? [...ids] : [...ids, id];
}

/** The ids without `id`. */
export function detach(ids: readonly string[], id: string): string[] {
	return ids.filter((x) => x !== id);
}

/**
 * The attached documents, in attachment order, with their names. An id missing from the list
 * is kept (name ''): an upload attaches its hash before the server's list entry has synced.
 */
export function resolve(ids: readonly string[], documents: readonly DocumentMeta[]): Attached[] {
	const byId = new Map(documents.map((d) => [d.id, d]));
	return [...new Set(ids)].map((id) => ({ id, name: byId.get(id)?.name ?? '', meta: byId.get(id) }));
}

/** The case's documents not attached yet, by name: what the attach menu offers. */
export function attachable(ids: readonly string[], documents: readonly DocumentMeta[]): DocumentMeta[] {
	const taken = new Set(ids);
	return documents.filter((d) => !taken.has(d.id)).sort((a, b) => a.name.localeCompare(b.name, 'de-CH'));
}

/** Download address of a case document (the server checks the case and that the document is in it). */
export function href(caseId: string, id: string): string {
	return `/api/documents/${encodeURIComponent(id)}?case=${encodeURIComponent(caseId)}`;
}
