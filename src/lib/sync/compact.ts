/**
 * Rewrites a doc's IndexedDB copy as its current state after every sync with the server.
 * y-indexeddb stores raw updates and trims them only every few hundred; content erased on the
 * server arrives here as a deletion, Yjs drops the deleted content from memory, and this rewrite
 * drops it from disk too. Without it, "erased" text would stay in the browser's IndexedDB.
 */
import { storeState, type IndexeddbPersistence } from 'y-indexeddb';
import type { WebsocketProvider } from 'y-websocket';
import { CLOSE } from '../shared/protocol';

export function compactAfterSync(provider: WebsocketProvider, local: IndexeddbPersistence): () => void {
	const onSync = (synced: boolean) => {
		if (synced) void local.whenSynced.then(() => storeState(local, true));
	};
	provider.on('sync', onSync);
	return () => provider.off('sync', onSync);
}

/**
 * Drops the doc's IndexedDB copy when the server withdraws access to it (4403: consent or share
 * revoked, handover grace period over, person erased). What the user may no longer read must not
 * stay on the device; the in-memory doc goes when the screen releases it.
 */
export function wipeWhenForbidden(provider: WebsocketProvider, local: IndexeddbPersistence): () => void {
	const onClose = (event: { code: number } | null) => {
		if (event?.code === CLOSE.forbidden) void local.clearData();
	};
	provider.on('connection-close', onClose);
	return () => provider.off('connection-close', onClose);
}
