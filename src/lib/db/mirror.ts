/**
 * Keeps Dexie's `cases` table equal to the summaries in an index doc: a full reconcile when the
 * doc is loaded, then only the keys that changed.
 */
import type * as Y from 'yjs';
import * as caseindex from '$lib/model/caseindex';
import type { CaseSummary } from '$lib/model/summary';
import { indexRoots } from '$lib/model/schema';
import type { LotseDb } from './index';

export function mirror(doc: Y.Doc, database: LotseDb, agencyId: string, loaded: Promise<unknown> = Promise.resolve()): () => void {
	const map = indexRoots.cases(doc);

	const reconcile = async () => {
		const summaries = caseindex.all(doc);
		const keep = new Set(summaries.map((s) => s.id));
		await database.transaction('rw', database.cases, async () => {
			const stale = (await database.cases.where('agencyId').equals(agencyId).primaryKeys()).filter((id) => !keep.has(id));
			await database.cases.bulkDelete(stale);
			await database.cases.bulkPut(summaries);
		});
	};

	const onChange = (event: Y.YMapEvent<unknown>) => {
		const put: CaseSummary[] = [];
		const removed: string[] = [];
		for (const key of event.keysChanged) {
			const summary = caseindex.get(doc, key);
			if (summary) put.push(summary);
			else removed.push(key);
		}
		void database.transaction('rw', database.cases, async () => {
			await database.cases.bulkPut(put);
			await database.cases.bulkDelete(removed);
		});
	};

	map.observe(onChange);
	// Reconcile only once the doc's local copy is in: an empty doc would first delete every
	// mirrored row, and lists would flash empty instead of opening from the local index.
	void loaded.then(reconcile);
	return () => map.unobserve(onChange);
}
