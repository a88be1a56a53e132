/** Helpers shared by the sync unit tests (not used by the server). */
import * as Y from 'yjs';

/** Runs `fn` as one transaction on `doc` and returns the update it produced. */
export function edit(doc: Y.Doc, fn: (doc: Y.Doc) => void): Uint8Array {
	let update: Uint8Array | null = null;
	const capture = (u: Uint8Array) => (update = u);
	doc.on('update', capture);
	doc.transact(() => fn(doc));
	doc.off('update', capture);
	return update!;
}
