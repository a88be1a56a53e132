/**
 * The summaries of the user's agency, live from the local index (Dexie): what every cockpit
 * board reads. Dexie is filled from the index doc the server's projection writes, so boards
 * follow other users' edits within a second online, and show the last copy offline.
 */
import { liveQuery } from 'dexie';
import { db } from '$lib/db';
import type { CaseSummary } from '$lib/model/summary';
import type { DocHandle } from '$lib/sync/dochandle.svelte';
import { hub } from '$lib/sync/hub.svelte';

export class AgencyCases {
	/** null until the local index answered once. */
	all = $state.raw<CaseSummary[] | null>(null);
	#subscription: { unsubscribe(): void };
	#index: DocHandle;

	constructor(agencyId: string, index: DocHandle) {
		this.#index = index;
		this.#subscription = liveQuery(() => db.cases.where('agencyId').equals(agencyId).toArray()).subscribe((rows) => (this.all = rows));
	}

	/**
	 * Something true to show: cases from the local index, or an empty index confirmed by the
	 * server (a first visit shows "loading" rather than an empty team), or offline.
	 */
	get ready(): boolean {
		return this.all !== null && (this.all.length > 0 || this.#index.synced || !hub.online);
	}

	destroy(): void {
		this.#subscription.unsubscribe();
	}
}
