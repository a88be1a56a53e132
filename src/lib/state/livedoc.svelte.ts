/**
 * A doc opened through the hub whose reads are reactive: `read(fn)` re-runs in any derived or
 * template when the doc changes (locally, from IndexedDB or from the server). Screens that need
 * a second doc beside their case (the offer catalogue, the confidential part) use this.
 */
import type * as Y from 'yjs';
import type { DocHandle } from '$lib/sync/dochandle.svelte';
import { hub } from '$lib/sync/hub.svelte';

export class LiveDoc {
	readonly handle: DocHandle;
	#version = $state(0);

	constructor(name: string) {
		this.handle = hub.open(name);
		this.handle.doc.on('update', this.#bump);
	}

	get doc(): Y.Doc {
		return this.handle.doc;
	}

	read<T>(fn: (doc: Y.Doc) => T): T {
		void this.#version;
		return fn(this.handle.doc);
	}

	#bump = () => {
		this.#version++;
	};

	destroy(): void {
		this.handle.doc.off('update', this.#bump);
		hub.release(this.handle);
	}
}
