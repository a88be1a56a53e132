/**
 * Rewrites a doc's IndexedDB copy as its current state after every sync with the server.
 * y-indexeddb stores raw updates and trims them only every few hundred; content erased on the
 * server arrives here as a deletion, Yjs drops the deleted content from memory, and this rewrite
 * drops it from disk too. Without it, "erased" text would stay in the browser's IndexedDB.
 */
import { storeState, type IndexeddbPersistence } from 'y-indexeddb';
import type { WebsocketProvider } from 'y-websocket';

export function compactAfterSync(provider: WebsocketProvider, local: IndexeddbPersistence): () => void {
	const onSync = (synced: boolean) => {
		if (synced) void local.whenSynced.then(() => storeState(local, true));
	};
	provider.on('sync', onSync);
	return () => provider.off('sync', onSync);
}
