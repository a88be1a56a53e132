/**
 * Counts local changes not yet confirmed sent, per doc, in localStorage, so the number shown
 * in the header ("offline mit N ungesendeten Änderungen") survives a reload while offline.
 * The changes themselves are safe in IndexedDB either way; this is only the count.
 */
const PREFIX = 'lotse:pending:';

function storage(): Storage | null {
	return typeof localStorage === 'undefined' ? null : localStorage;
}

export function get(doc: string): number {
	return Number(storage()?.getItem(PREFIX + doc) ?? 0) || 0;
}

export function add(doc: string, n = 1): number {
	const next = get(doc) + n;
	storage()?.setItem(PREFIX + doc, String(next));
	return next;
}

export function clear(doc: string): void {
	storage()?.removeItem(PREFIX + doc);
}

/** Pending changes of all docs on this device, except those named in `except`. */
export function total(except: ReadonlySet<string> = new Set()): number {
	const s = storage();
	if (!s) return 0;
	let sum = 0;
	for (let i = 0; i < s.length; i++) {
		const key = s.key(i);
		if (key?.startsWith(PREFIX) && !except.has(key.slice(PREFIX.length))) sum += Number(s.getItem(key)) || 0;
	}
	return sum;
}
