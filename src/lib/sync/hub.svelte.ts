/**
 * All docs this tab has open, reference-counted, and the sync state shown in the header.
 * Screens `open` what they show and `release` it when they go; a doc stays connected while
 * any screen uses it, and briefly after, so that moving between screens does not reconnect.
 */
import { DocHandle } from './dochandle.svelte';
import * as pending from './pending';

const LINGER_MS = 10_000;

export type HubState = 'synced' | 'connecting' | 'offline';

class Hub {
	#handles = new Map<string, DocHandle>();
	#timers = new Map<string, ReturnType<typeof setTimeout>>();
	/** Bumped when the set of handles changes, so derived state re-reads it. */
	#version = $state(0);
	online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);

	constructor() {
		if (typeof window !== 'undefined') {
			// The browser knows before the socket does: without this, a dead connection is only
			// noticed after y-websocket's 30 s silence timeout, and edits look sent meanwhile.
			window.addEventListener('online', () => {
				this.online = true;
				for (const handle of this.#handles.values()) handle.provider.connect();
			});
			window.addEventListener('offline', () => {
				this.online = false;
				for (const handle of this.#handles.values()) handle.provider.disconnect();
			});
		}
	}

	open(name: string): DocHandle {
		clearTimeout(this.#timers.get(name));
		this.#timers.delete(name);
		let handle = this.#handles.get(name);
		if (!handle) {
			handle = new DocHandle(name, location.origin, this.online);
			this.#handles.set(name, handle);
			this.#version++;
		}
		handle.refs++;
		return handle;
	}

	release(handle: DocHandle): void {
		handle.refs--;
		if (handle.refs > 0) return;
		this.#timers.set(
			handle.name,
			setTimeout(() => {
				if (handle.refs > 0) return;
				this.#timers.delete(handle.name);
				this.#handles.delete(handle.name);
				handle.destroy();
				this.#version++;
			}, LINGER_MS)
		);
	}

	get handles(): DocHandle[] {
		void this.#version;
		return [...this.#handles.values()];
	}

	/** What the header shows: offline wins, then connecting, else synced. */
	get state(): HubState {
		const handles = this.handles;
		if (!this.online || handles.some((h) => h.connection === 'offline')) return 'offline';
		if (handles.some((h) => h.connection === 'connecting' || !h.synced)) return 'connecting';
		return 'synced';
	}

	/** Unsent changes: those of open docs plus those left from docs edited offline earlier. */
	get pendingCount(): number {
		const open = new Set(this.handles.map((h) => h.name));
		const fromOpen = this.handles.reduce((sum, h) => sum + h.pending, 0);
		return fromOpen + pending.total(open);
	}

	/** Closes everything (sign-out). */
	closeAll(): void {
		for (const timer of this.#timers.values()) clearTimeout(timer);
		this.#timers.clear();
		for (const handle of this.#handles.values()) handle.destroy();
		this.#handles.clear();
		this.#version++;
	}
}

export const hub = new Hub();
