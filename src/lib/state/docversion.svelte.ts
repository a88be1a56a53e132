/**
 * A reactive version counter for any Y.Doc: bumped on every change (local, IndexedDB or
 * server), so `$derived` reads of the model re-run when the doc changes. Lets a view read a
 * doc without adding getters to a shared state class.
 */
import type * as Y from 'yjs';

export class DocVersion {
	value = $state(0);
	#doc: Y.Doc;

	constructor(doc: Y.Doc) {
		this.#doc = doc;
		doc.on('update', this.#bump);
	}

	#bump = () => {
		this.value++;
	};

	destroy(): void {
		this.#doc.off('update', this.#bump);
	}
}

/** Today in Switzerland as ISO date (the clock lives at the edge, not in model/ or rules/). */
export function swissToday(): string {
	return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });
}
