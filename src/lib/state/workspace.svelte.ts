/**
 * The signed-in user's workspace in this tab: their agency's index doc (mirrored into Dexie)
 * and the staff/agency directory. Created once by the app layout and shared via context.
 */
import { getContext, setContext } from 'svelte';
import { liveQuery } from 'dexie';
import { db, type Agency, type StaffMember } from '$lib/db';
import { mirror } from '$lib/db/mirror';
import type { DocHandle } from '$lib/sync/dochandle.svelte';
import { hub } from '$lib/sync/hub.svelte';
import type { Me } from '$lib/sync/session';

const KEY = Symbol('workspace');
const INDEX_DELAY_MS = 1500;

export class Workspace {
	readonly me: Me;
	/** The agency's index doc, once opened (see openIndex). */
	index = $state.raw<DocHandle | null>(null);
	#indexTimer: ReturnType<typeof setTimeout> | undefined;
	#destroyed = false;
	staff = $state.raw<StaffMember[]>([]);
	agencies = $state.raw<Agency[]>([]);
	#stops: (() => void)[] = [];

	constructor(me: Me) {
		this.me = me;
		// With an empty local index there is nothing to show first: sync at once. Otherwise the
		// first view comes from Dexie, and loading the index doc's local copy (seconds of main
		// thread for thousands of cases) waits until a page has shown it, or INDEX_DELAY_MS.
		void db.cases
			.where('agencyId')
			.equals(me.agency.id)
			.limit(1)
			.count()
			.then((n) =>
				n === 0 ? this.openIndex() : (this.#indexTimer = setTimeout(() => this.openIndex(), INDEX_DELAY_MS))
			);
		const staff = liveQuery(() => db.staff.toArray()).subscribe((rows) => (this.staff = rows));
		const agencies = liveQuery(() => db.agencies.toArray()).subscribe((rows) => (this.agencies = rows));
		this.#stops.push(
			() => staff.unsubscribe(),
			() => agencies.unsubscribe()
		);
		void this.#refreshDirectory();
	}

	/** Staff and agencies change rarely; fetch when online, keep the last copy for offline. */
	async #refreshDirectory(): Promise<void> {
		try {
			const response = await fetch('/api/staff');
			if (!response.ok) return;
			const body = (await response.json()) as { staff: StaffMember[]; agencies: Agency[] };
			await db.transaction('rw', db.staff, db.agencies, async () => {
				await db.staff.clear();
				await db.staff.bulkPut(body.staff);
				await db.agencies.clear();
				await db.agencies.bulkPut(body.agencies);
			});
		} catch {
			// Offline: the directory from the last visit stays in Dexie.
		}
	}

	/** Starts syncing the index doc into Dexie (once). Boards call it after their first view. */
	openIndex(): void {
		if (this.index || this.#destroyed) return;
		clearTimeout(this.#indexTimer);
		const index = hub.open(this.me.indexDoc);
		this.index = index;
		void index.whenLocal.then(() => performance.mark('lotse:index-local'));
		this.#stops.push(mirror(index.doc, db, this.me.agency.id, index.whenLocal), () => hub.release(index));
	}

	staffName(id: string): string {
		return this.staff.find((s) => s.id === id)?.displayName ?? '';
	}

	agencyName(id: string): string {
		return this.agencies.find((a) => a.id === id)?.name ?? id;
	}

	destroy(): void {
		this.#destroyed = true;
		clearTimeout(this.#indexTimer);
		for (const stop of this.#stops) stop();
	}

	static provide(workspace: Workspace): void {
		setContext(KEY, workspace);
	}

	static get(): Workspace {
		return getContext<Workspace>(KEY);
	}
}
