/**
 * Updates that reference items the server does not have. Yjs integrates what it can of an
 * update and keeps the rest — structs whose origin, parent or preceding clock is missing, and
 * deletions of unknown items — in `doc.store.pendingStructs` / `pendingDs`, waiting for the
 * missing items. But `encodeStateAsUpdate` includes that pending part: left in the room's doc,
 * it would reach every joiner in sync step 2 and every snapshot, although it was never
 * integrated, stored or checked (one crafted client made a doc grow by megabytes that way).
 *
 * So after every apply the room moves the pending part out of the doc into this holding area,
 * per connection, bounded in bytes. It is applied again whenever the doc changed, and what then
 * integrates is stored and broadcast like any update from that connection. That is the normal
 * way for it to arrive: a client that reconnects and keeps typing sends its new edit before its
 * sync step 2 has delivered the offline edits the new one builds on. Held data is never stored
 * and never sent; it is dropped when its connection leaves (the client still has it and sends
 * it again on its next sync).
 */
import * as Y from 'yjs';

/** Held bytes one connection may accumulate before it is refused (a real client holds a few edits). */
export const HELD_MAX_BYTES = 1024 * 1024;

interface Held {
	/** V2-encoded, as Yjs keeps pending data. */
	parts: Uint8Array[];
	bytes: number;
}

export class HeldUpdates<P> {
	#held = new Map<P, Held>();
	#maxBytes: number;

	constructor(maxBytes = HELD_MAX_BYTES) {
		this.#maxBytes = maxBytes;
	}

	get size(): number {
		return this.#held.size;
	}

	/**
	 * Moves what the last apply left pending out of `doc`, held for `peer`. False when the peer
	 * now holds more than the bound (the caller refuses the connection).
	 */
	takeFrom(doc: Y.Doc, peer: P): boolean {
		// The common case, on every update: nothing pending, two property reads.
		if (doc.store.pendingStructs === null && doc.store.pendingDs === null) return true;
		const parts = take(doc);
		let held = this.#held.get(peer);
		if (!held) {
			held = { parts: [], bytes: 0 };
			this.#held.set(peer, held);
		}
		for (const part of parts) {
			held.parts.push(part);
			held.bytes += part.byteLength;
		}
		return held.bytes <= this.#maxBytes;
	}

	/** Takes every peer's held data out, each merged into one V2 update, to be applied again. */
	drain(): [P, Uint8Array][] {
		const all = [...this.#held].map(([peer, held]): [P, Uint8Array] => [
			peer,
			held.parts.length === 1 ? held.parts[0]! : Y.mergeUpdatesV2(held.parts)
		]);
		this.#held.clear();
		return all;
	}

	drop(peer: P): void {
		this.#held.delete(peer);
	}
}

/** Removes the pending part from `doc` and returns it (empty when everything integrated). */
export function take(doc: Y.Doc): Uint8Array[] {
	const { store } = doc;
	if (store.pendingStructs === null && store.pendingDs === null) return [];
	const parts: Uint8Array[] = [];
	if (store.pendingStructs) parts.push(store.pendingStructs.update);
	if (store.pendingDs) parts.push(store.pendingDs);
	store.pendingStructs = null;
	store.pendingDs = null;
	return parts;
}
