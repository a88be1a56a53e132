/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The offline shell. Every app page is the same client-rendered shell (ssr = false), so one
 * cached copy of it, plus the built assets, lets Lotse open and reload without a network; the
 * data itself comes from IndexedDB. API calls and the sync socket are never cached.
 */
import { build, files, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `lotse-${version}`;
const SHELL = '/__lotse_shell__';
const ASSETS = new Set([...build, ...files]);

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then(async (cache) => {
				await cache.addAll([...ASSETS]);
				// The worker is registered from a signed-in page, so the shell can be fetched now;
				// that way even the first offline reload works.
				const shell = await fetch('/cases').catch(() => null);
				if (shell) await keepShell(cache, shell);
			})
			.then(() => worker.skipWaiting())
	);
});

async function keepShell(cache: Cache, response: Response): Promise<void> {
	const url = new URL(response.url);
	if (response.ok && !response.redirected && !url.pathname.startsWith('/login')) await cache.put(SHELL, response);
}

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync/')) return;

	if (ASSETS.has(url.pathname)) {
		event.respondWith(caches.match(url.pathname).then((cached) => cached ?? fetch(request)));
		return;
	}
	if (request.mode === 'navigate') event.respondWith(navigate(request));
});

/** Network first, so sign-in redirects and new versions win; the cached shell when offline. */
async function navigate(request: Request): Promise<Response> {
	try {
		const response = await fetch(request);
		await keepShell(await caches.open(CACHE), response.clone());
		return response;
	} catch (error) {
		const shell = await caches.match(SHELL);
		if (shell) return shell;
		throw error;
	}
}
