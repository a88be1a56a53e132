/** Helpers shared by the sync unit tests (not used by the server). */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { MESSAGE } from '../../src/lib/shared/protocol';
import type { Peer } from './room';

/** Runs `fn` as one transaction on `doc` and returns the update it produced. */
export function edit(doc: Y.Doc, fn: (doc: Y.Doc) => void): Uint8Array {
	let update: Uint8Array | null = null;
	const capture = (u: Uint8Array) => (update = u);
	doc.on('update', capture);
	doc.transact(() => fn(doc));
	doc.off('update', capture);
	return update!;
}

/** A peer that records what it was sent, and what storage held at that moment. */
export class RecordingPeer implements Peer {
	readonly sent: { message: Uint8Array; storedSoFar: number }[] = [];
	constructor(
		readonly userId: string,
		private storage: { count: () => number }
	) {}
	send(message: Uint8Array): void {
		this.sent.push({ message, storedSoFar: this.storage.count() });
	}
	updates(): Uint8Array[] {
		return this.sent.flatMap(({ message }) => {
			const decoder = decoding.createDecoder(message);
			if (decoding.readVarUint(decoder) !== MESSAGE.sync) return [];
			const step = decoding.readVarUint(decoder);
			return step === syncProtocol.messageYjsUpdate || step === syncProtocol.messageYjsSyncStep2
				? [decoding.readVarUint8Array(decoder)]
				: [];
		});
	}
}
