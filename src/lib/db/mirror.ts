/**
 * Keeps Dexie's `cases` table equal to the summaries in an index doc: a full reconcile once the
 * doc's local copy is loaded, then only the keys that changed.
 *
 * The reconcile writes only rows that differ: loading the local copy of an index with thousands
 * of cases must not rewrite them all, because every write re-runs the boards' live queries.
 */
import type * as Y from 'yjs';
import * as caseindex from '$lib/model/caseindex';
import type { CaseSummary } from '$lib/model/summary';
import { indexRoots } from '$lib/model/schema';
import type { LotseDb } from './index';

export function mirror(
	doc: Y.Doc,
	database: LotseDb,
	agencyId: string,
	loaded: Promise<unknown> = Promise.resolve()
): () => void {
	const map = indexRoots.cases(doc);
	// Until the local copy is in, changes are left to the reconcile (which sees all of them).
	let live = false;

	const reconcile = async () => {
		const summaries = caseindex.all(doc);
		const keep = new Set(summaries.map((s) => s.id));
		await database.transaction('rw', database.cases, async () => {
			const stored = new Map(
				(await database.cases.where('agencyId').equals(agencyId).toArray()).map((row) => [row.id, JSON.stringify(row)])
			);
			const stale = [...stored.keys()].filter((id) => !keep.has(id));
			const changed = summaries.filter((s) => stored.get(s.id) !== JSON.stringify(s));
			if (stale.length > 0) await database.cases.bulkDelete(stale);
			if (changed.length > 0) await database.cases.bulkPut(changed);
		});
	};

	const onChange = (event: Y.YMapEvent<unknown>) => {
		if (!live) return;
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
	// An empty doc must not reconcile first: it would delete every mirrored row, and lists would
	// flash empty instead of opening from the local index.
	void loaded.then(() => {
		live = true;
		return reconcile();
	});
	return () => map.unobserve(onChange);
}
