/**
 * The summaries of the user's agency, live from the local index (Dexie): what every cockpit
 * board reads. Dexie is filled from the index doc the server's projection writes, so boards
 * follow other users' edits within a second online, and show the last copy offline.
 */
import { liveQuery } from 'dexie';
import { db } from '$lib/db';
import type { CaseSummary } from '$lib/model/summary';
import { hub } from '$lib/sync/hub.svelte';
import type { Workspace } from './workspace.svelte';

export class AgencyCases {
	/** null until the local index answered once. */
	all = $state.raw<CaseSummary[] | null>(null);
	#subscription: { unsubscribe(): void };
	#workspace: Pick<Workspace, 'index' | 'openIndex'>;

	constructor(agencyId: string, workspace: Pick<Workspace, 'index' | 'openIndex'>) {
		this.#workspace = workspace;
		performance.mark('lotse:cases-query');
		this.#subscription = liveQuery(() => db.cases.where('agencyId').equals(agencyId).toArray()).subscribe((rows) => {
			// Marks for tests/bench/cockpit.bench.ts: when the local index answered, and with how much.
			performance.mark('lotse:cases-loaded', { detail: rows.length });
			const first = this.all === null;
			this.all = rows;
			// Sync the index once this first view is painted (see Workspace.openIndex).
			if (first) requestAnimationFrame(() => setTimeout(() => workspace.openIndex()));
		});
	}

	/**
	 * Something true to show: cases from the local index, or an empty index confirmed by the
	 * server (a first visit shows "loading" rather than an empty team), or offline.
	 */
	get ready(): boolean {
		return this.all !== null && (this.all.length > 0 || this.#workspace.index?.synced === true || !hub.online);
	}

	destroy(): void {
		this.#subscription.unsubscribe();
	}
}
