/**
 * The index doc of an agency (index/<agency>): caseId → CaseSummary. Written by the server's
 * projection only; clients read it and mirror it into Dexie.
 */
import type * as Y from 'yjs';
import { indexRoots } from './schema';
import type { CaseSummary } from './summary';

export function all(doc: Y.Doc): CaseSummary[] {
	const out: CaseSummary[] = [];
	indexRoots.cases(doc).forEach((value) => {
		if (isSummary(value)) out.push(value);
	});
	return out;
}

export function get(doc: Y.Doc, caseId: string): CaseSummary | undefined {
	const value = indexRoots.cases(doc).get(caseId);
	return isSummary(value) ? value : undefined;
}

export function put(doc: Y.Doc, summary: CaseSummary): void {
	indexRoots.cases(doc).set(summary.id, summary);
}

export function remove(doc: Y.Doc, caseId: string): void {
	indexRoots.cases(doc).delete(caseId);
}

function isSummary(value: unknown): value is CaseSummary {
	return typeof value === 'object' && value !== null && typeof (value as CaseSummary).id === 'string';
}
