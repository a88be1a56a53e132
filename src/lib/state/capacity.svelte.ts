/**
 * The capacity overview's data: the canton's offer catalogue (offers/<canton>, a synced doc) and
 * the bookings across all plans (server projection, /api/capacity). Bookings are polled each
 * second with the version held, so an edit elsewhere shows within about a second; the last
 * answer is kept on this device, so the screen works offline with what was seen last.
 */
import type { Booking } from '$lib/charts/capacity';
import * as offers from '$lib/model/offers';
import * as docname from '$lib/shared/docname';
import type { DocHandle } from '$lib/sync/dochandle.svelte';
import { hub } from '$lib/sync/hub.svelte';
import { DocVersion } from './docversion.svelte';

/** Per user: the case names behind bookings are only for the user who was allowed to see them. */
const KEY = (userId: string) => `lotse:capacity:${userId}`;
/**
 * Bookings come from all plans, which this browser cannot read, so they are asked for: every
 * half second with the version held (an unchanged projection answers in a few bytes). With the
 * projection's 250 ms debounce, a booking shows up here within about 0.75 s.
 */
const POLL_MS = 500;

interface Cached {
	version: string;
	bookings: Booking[];
	fetchedAt: number;
}

export class CapacityData {
	readonly handle: DocHandle;
	readonly #version: DocVersion;
	bookings = $state.raw<Booking[]>([]);
	fetchedAt = $state<number | null>(null);
	failed = $state(false);
	#serverVersion = '';
	#timer: ReturnType<typeof setInterval>;
	#key: string;

	constructor(canton: string, userId: string) {
		this.#key = KEY(userId);
		this.handle = hub.open(docname.offersDoc(canton));
		this.#version = new DocVersion(this.handle.doc);
		const cached = localStorage.getItem(this.#key);
		if (cached) {
			const value = JSON.parse(cached) as Cached;
			this.bookings = value.bookings;
			this.fetchedAt = value.fetchedAt;
		}
		void this.refresh();
		this.#timer = setInterval(() => void this.refresh(), POLL_MS);
	}

	get offers(): offers.Offer[] {
		void this.#version.value;
		return offers.list(this.handle.doc).filter((o) => o.active);
	}

	async refresh(): Promise<void> {
		if (document.visibilityState === 'hidden') return;
		try {
			const response = await fetch(`/api/capacity?version=${encodeURIComponent(this.#serverVersion)}`);
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			const body = (await response.json()) as { version: string; unchanged?: boolean; bookings?: Booking[] };
			this.failed = false;
			this.fetchedAt = Date.now();
			if (body.unchanged || !body.bookings) return;
			this.#serverVersion = body.version;
			this.bookings = body.bookings;
			localStorage.setItem(
				this.#key,
				JSON.stringify({ version: body.version, bookings: body.bookings, fetchedAt: this.fetchedAt } satisfies Cached)
			);
		} catch {
			// Offline or server unreachable: keep showing the last answer, marked with its age.
			this.failed = true;
		}
	}

	destroy(): void {
		clearInterval(this.#timer);
		this.#version.destroy();
		hub.release(this.handle);
	}
}
