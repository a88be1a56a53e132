/** Registers the service worker that keeps the app shell available offline. */
import { dev } from '$app/environment';

export function registerOfflineShell(): void {
	if (!('serviceWorker' in navigator)) return;
	navigator.serviceWorker.register('/service-worker.js', { type: dev ? 'module' : 'classic' }).catch(() => {
		// Without a service worker Lotse still works online and from IndexedDB; only a cold
		// reload while offline is not possible.
	});
}
