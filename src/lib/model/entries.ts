/**
 * Shared mechanics for arrays of entries in a doc: each entry is a Y.Map of plain values with
 * an `id`, so two users editing different fields of the same entry both keep their change.
 * Aggregate modules (assessment, plan, situation, tasks) build on these four functions.
 */
import * as Y from 'yjs';
import { newId } from './schema';

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

export function toObject(map: Y.Map<unknown>): Record<string, unknown> {
	return map.toJSON() as Record<string, unknown>;
}

export function add(
	doc: Y.Doc,
	array: Y.Array<Y.Map<unknown>>,
	values: Record<string, Plain | undefined>,
	origin?: unknown,
	id: string = newId()
): string {
	doc.transact(() => {
		const map = new Y.Map<unknown>();
		map.set('id', id);
		for (const [key, value] of Object.entries(values)) if (value !== undefined && key !== 'id') map.set(key, value);
		array.push([map]);
	}, origin);
	return id;
}

export function find(array: Y.Array<Y.Map<unknown>>, id: string): Y.Map<unknown> | undefined {
	return array.toArray().find((entry) => entry.get('id') === id);
}

/** Sets only the fields that differ, so an unchanged field does not overwrite a concurrent edit. */
export function update(
	doc: Y.Doc,
	array: Y.Array<Y.Map<unknown>>,
	id: string,
	values: Record<string, Plain | undefined>,
	origin?: unknown
): void {
	doc.transact(() => {
		const map = find(array, id);
		if (!map) return;
		for (const [key, value] of Object.entries(values)) {
			if (key === 'id' || value === undefined) continue;
			if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
		}
	}, origin);
}

export function remove(doc: Y.Doc, array: Y.Array<Y.Map<unknown>>, id: string, origin?: unknown): void {
	doc.transact(() => {
		const index = array.toArray().findIndex((entry) => entry.get('id') === id);
		if (index >= 0) array.delete(index, 1);
	}, origin);
}
