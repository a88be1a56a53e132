/**
 * One shared doc in the browser: a Y.Doc loaded from its IndexedDB copy (y-indexeddb) and kept
 * in sync with the server by a stock WebsocketProvider. The local copy is there first, so every
 * screen works offline; the provider merges with the server whenever it can reach it.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import * as authProtocol from 'y-protocols/auth';
import { MESSAGE, SYNC_PATH } from '$lib/shared/protocol';
import { compactAfterSync, wipeWhenForbidden } from './compact';
import { refusal } from './refusal';
import * as pending from './pending';

export type Connection = 'connecting' | 'connected' | 'offline';

export class DocHandle {
	readonly name: string;
	readonly doc = new Y.Doc();
	readonly provider: WebsocketProvider;
	readonly local: IndexeddbPersistence;
	/** Resolves once the IndexedDB copy is applied (immediately usable offline). */
	readonly whenLocal: Promise<void>;

	connection = $state<Connection>('connecting');
	/** Has synced with the server at least once since opening. */
	synced = $state(false);
	/** Local changes the server has not confirmed yet. */
	pending = $state(0);
	/** The server refused our writes (read-only access). */
	readOnly = $state(false);
	/**
	 * The server refuses this doc: 'forbidden' (no access), 'signedOut' (session ended), or a
	 * German sentence for another final close code (refusal.ts). The provider stops reconnecting.
	 */
	refused = $state<string | null>(null);

	refs = 0;

	constructor(name: string, origin: string, connect = true) {
		this.name = name;
		this.pending = pending.get(name);
		this.local = new IndexeddbPersistence(`lotse:${name}`, this.doc);
		this.whenLocal = this.local.whenSynced.then(() => undefined);
		const url = origin.replace(/^http/, 'ws') + SYNC_PATH.replace(/\/$/, '');
		this.provider = new WebsocketProvider(url, name, this.doc, { maxBackoffTime: 5000, connect });
		if (!connect) this.connection = 'offline';

		// The stock handler only logs; we surface read-only access to the user.
		this.provider.messageHandlers[MESSAGE.auth] = (_encoder, decoder) => {
			authProtocol.readAuthMessage(decoder, this.doc, () => (this.readOnly = true));
		};
		this.provider.on('status', ({ status }) => {
			this.connection = status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline';
		});
		this.provider.on('sync', (isSynced: boolean) => {
			if (!isSynced) return;
			this.synced = true;
			this.pending = 0;
			pending.clear(name);
		});
		this.provider.on('connection-close', (event) => {
			// Final refusals (the provider stops reconnecting): a German message per code.
			if (event && event.code >= 4400 && event.code < 4500) this.refused = refusal(event.code);
			// A refused upgrade (401/403) looks like a network error to scripts; after a second
			// failure while the browser is online, ask the server why.
			else if (this.provider.wsUnsuccessfulReconnects === 2 && navigator.onLine) void this.#explainRefusal();
		});
		this.doc.on('update', this.#countPending);
		// Erased content must leave this device's copy too (see compact.ts).
		compactAfterSync(this.provider, this.local);
		wipeWhenForbidden(this.provider, this.local);
	}

	async #explainRefusal(): Promise<void> {
		const response = await fetch(`/api/access?doc=${encodeURIComponent(this.name)}`).catch(() => null);
		if (!response) return;
		if (response.status === 401) {
			this.refused = 'signedOut';
			this.provider.disconnect();
			return;
		}
		const body = (await response.json()) as { read?: { allow: boolean } };
		if (body.read && !body.read.allow) {
			this.refused = 'forbidden';
			this.provider.disconnect();
		}
	}

	/** Local edits made while not synced are counted until the next successful sync. */
	#countPending = (_update: Uint8Array, origin: unknown) => {
		const isRemote = origin === this.provider || origin === this.local;
		if (isRemote || (this.provider.wsconnected && this.provider.synced)) return;
		this.pending = pending.add(this.name);
	};

	destroy(): void {
		this.doc.off('update', this.#countPending);
		this.provider.destroy();
		void this.local.destroy();
		this.doc.destroy();
	}
}
