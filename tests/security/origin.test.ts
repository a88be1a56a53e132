/**
 * Cross-site websocket hijacking (#10 point 2): a page on another origin of the same site (another
 * port on the same host) opens /sync with the user's cookie. The upgrade must be refused before
 * any sync data flows, while the app's own pages, the configured public origin and clients
 * without an Origin header (Node, Yrs: token in the URL) keep working. And a page's CSP lets it
 * connect to its own origin only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../support/clients';
import { RawPeer } from '../support/raw-peer';
import { listCases } from '../support/demo-cases';
import { signIn, startServer, type RunningServer } from '../support/server';

const PUBLIC_ORIGIN = 'https://lotse.example.ch';
let server: RunningServer;
let anna: string;
let caseId: string;

beforeAll(async () => {
	server = await startServer({ env: { LOTSE_ORIGIN: PUBLIC_ORIGIN } });
	anna = await signIn(server.url, 'anna.keller', 'lotse-demo');
	caseId = (await listCases(server.url, anna))[0]!.id;
});

afterAll(async () => {
	await server?.kill();
});

/** Opens the case doc with the session cookie, as a browser would, and says what happened. */
async function openWithCookie(origin: string | null): Promise<{ status: number; body: string } | RawPeer> {
	const headers: Record<string, string> = { cookie: `lotse_session=${encodeURIComponent(anna)}` };
	if (origin) headers.origin = origin;
	return RawPeer.open(server.url, `case/${caseId}`, null, headers).catch((error: Error) => ({
		status: Number(/upgrade refused: (\d+)/.exec(error.message)?.[1] ?? 0),
		body: error.message
	}));
}

describe('sync upgrades and the Origin header', () => {
	it('refuses a page of another port on the same host with 403, before any sync data', async () => {
		const otherPort = server.url.replace(/:(\d+)$/, (_m, port: string) => `:${Number(port) + 1}`);
		const result = await openWithCookie(otherPort);
		expect(result).not.toBeInstanceOf(RawPeer);
		expect((result as { status: number }).status).toBe(403);
		await server.waitForLog((e) => e.event === 'sync.refused' && e.reason === 'origin not allowed');
	});

	it('refuses another site, a look-alike host and the opaque origin "null"', async () => {
		const host = new URL(server.url).host;
		for (const origin of ['https://evil.example', `http://${host}.evil.example`, 'null']) {
			const result = await openWithCookie(origin);
			expect(result, origin).not.toBeInstanceOf(RawPeer);
			expect((result as { status: number }).status, origin).toBe(403);
		}
	});

	it('lets the app’s own pages sync (Origin equal to the address the request was sent to)', async () => {
		const peer = await openWithCookie(server.url);
		expect(peer).toBeInstanceOf(RawPeer);
		const raw = peer as RawPeer;
		raw.sendStep1();
		await raw.waitFor(() => raw.step2s().length > 0, 'the doc');
		raw.close();
	});

	it('lets the configured public origin (LOTSE_ORIGIN, behind a proxy) sync', async () => {
		const peer = await openWithCookie(PUBLIC_ORIGIN);
		expect(peer).toBeInstanceOf(RawPeer);
		(peer as RawPeer).close();
	});

	it('keeps stock clients without an Origin header syncing (token in the URL)', async () => {
		const client = connect(server.url, `case/${caseId}`, anna);
		await client.synced();
		expect(client.doc.getMap('person').get('lastName')).toBeTruthy();
		client.destroy();
	});
});

describe('Content-Security-Policy', () => {
	it('lets pages connect to their own origin only, the sync socket included', async () => {
		const response = await fetch(`${server.url}/login`);
		const csp = response.headers.get('content-security-policy') ?? '';
		const connect = /connect-src ([^;]*)/.exec(csp)?.[1]?.split(' ') ?? [];
		const own = server.url.replace(/^http/, 'ws');
		expect(connect).toEqual(["'self'", own]);
		// Never a bare scheme (any host): ws:, wss:, http:, https:.
		expect(connect.filter((source) => /^[a-z]+:$/.test(source))).toEqual([]);
	});
});
