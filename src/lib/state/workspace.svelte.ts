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

export class Workspace {
	readonly me: Me;
	readonly index: DocHandle;
	staff = $state.raw<StaffMember[]>([]);
	agencies = $state.raw<Agency[]>([]);
	#stops: (() => void)[] = [];

	constructor(me: Me) {
		this.me = me;
		this.index = hub.open(me.indexDoc);
		this.#stops.push(mirror(this.index.doc, db, me.agency.id, this.index.whenLocal));
		const staff = liveQuery(() => db.staff.toArray()).subscribe((rows) => (this.staff = rows));
		const agencies = liveQuery(() => db.agencies.toArray()).subscribe((rows) => (this.agencies = rows));
		this.#stops.push(() => staff.unsubscribe(), () => agencies.unsubscribe());
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

	staffName(id: string): string {
		return this.staff.find((s) => s.id === id)?.displayName ?? '';
	}

	agencyName(id: string): string {
		return this.agencies.find((a) => a.id === id)?.name ?? id;
	}

	destroy(): void {
		for (const stop of this.#stops) stop();
		hub.release(this.index);
	}

	static provide(workspace: Workspace): void {
		setContext(KEY, workspace);
	}

	static get(): Workspace {
		return getContext<Workspace>(KEY);
	}
}
