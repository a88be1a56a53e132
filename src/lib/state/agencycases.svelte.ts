/**
 * The summaries of the user's agency, live from the local index (Dexie): what every cockpit
 * board reads. Dexie is filled from the index doc the server's projection writes, so boards
 * follow other users' edits within a second online, and show the last copy offline.
 */
import { liveQuery } from 'dexie';
import { db } from '$lib/db';
import type { CaseSummary } from '$lib/model/summary';

export class AgencyCases {
	/** null until the local index answered once. */
	all = $state.raw<CaseSummary[] | null>(null);
	#subscription: { unsubscribe(): void };

	constructor(agencyId: string) {
		this.#subscription = liveQuery(() => db.cases.where('agencyId').equals(agencyId).toArray()).subscribe((rows) => (this.all = rows));
	}

	destroy(): void {
		this.#subscription.unsubscribe();
	}
}
