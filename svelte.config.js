import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ out: 'build' }),
		// Absolute asset paths: the offline shell (one cached page) is served for every app URL,
		// so its script and style links must not depend on the depth of the URL.
		paths: { relative: false },
		// The service worker is registered by the app itself (src/lib/sync/offline-shell.ts),
		// so that it can be skipped in unit tests.
		serviceWorker: { register: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// 'unsafe-inline' stays for styles (not scripts): Svelte sets style="" attributes from
				// templates (~30 places: chart colours, bar widths) and injects <style> for transitions,
				// ProseMirror (journal editor) writes inline styles, and pages render in the browser
				// (ssr = false), so there is no server response to hash them into. Inline styles cannot
				// run code; script-src stays strict ('self' plus hashes).
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				// The sync socket's origin is added per response (src/hooks.server.ts); never any ws: host.
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		typescript: {
			config(tsconfig) {
				tsconfig.include.push('../server/**/*.ts', '../scripts/**/*.ts', '../tests/**/*.ts', '../playwright.config.ts');
			}
		}
	}
};

export default config;
