/**
 * Every HTTP request passes here: the session is resolved once (cookie or bearer token) into
 * `locals.user`, /api requires it, pages without it go to the sign-in page, and every response
 * gets the security headers. A page's CSP lets it connect to its own origin only, the sync
 * socket included.
 */
import { json, redirect, type Handle } from '@sveltejs/kit';
import { context, SESSION_COOKIE } from '../server/context';

// /assess and /api/assess: the assessor link's token is the credential (checked there).
const PUBLIC_PATHS = ['/login', '/api/session', '/assess', '/api/assess'];

const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
	'Cross-Origin-Opener-Policy': 'same-origin'
};

export const handle: Handle = async ({ event, resolve }) => {
	const { sessions } = context();
	const bearer = event.request.headers.get('authorization')?.match(/^Bearer (.+)$/)?.[1] ?? null;
	const token = bearer ?? event.cookies.get(SESSION_COOKIE) ?? null;
	event.locals.token = token;
	event.locals.user = sessions.resolve(token) ?? null;

	const path = event.url.pathname;
	const isPublic = PUBLIC_PATHS.some((p) => path === p || path.startsWith(p + '/'));
	const isAsset = path.startsWith('/_app/') || /\.[a-z0-9]+$/i.test(path);
	if (!event.locals.user && !isPublic && !isAsset) {
		if (path.startsWith('/api/')) return withHeaders(json({ error: 'sign-in required' }, { status: 401 }));
		redirect(303, `/login?next=${encodeURIComponent(path + event.url.search)}`);
	}

	return withHeaders(await resolve(event), event.url);
};

function withHeaders(response: Response, url?: URL): Response {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	const csp = response.headers.get('content-security-policy');
	if (csp && url) response.headers.set('content-security-policy', ownSocketOnly(csp, url));
	return response;
}

/**
 * svelte.config.js declares `connect-src 'self'`. CSP Level 3 lets 'self' cover ws:/wss: to the
 * same host, but older engines (Safari before 15.4) do not, and the config cannot know the
 * public origin at build time; so the socket's own origin is named here, from the URL the app
 * was asked for (adapter-node derives it from ORIGIN or the Host header) — never any ws: host.
 */
function ownSocketOnly(csp: string, url: URL): string {
	const socket = url.origin.replace(/^http/, 'ws');
	return csp.replace(/connect-src [^;]*/, `connect-src 'self' ${socket}`);
}
