/**
 * A sync socket lives no longer than its session (#10 points 3 and 13): sign-out, disabling and
 * expiry close every socket of the session at once (4401) and nothing that arrives afterwards is
 * stored; a role change closes the user's sockets for a fresh decision (4100); one session holds
 * a bounded number of sockets; and a session that is being edited in does not idle out.
 *
 * The server runs with the shortest idle limit (1 minute) and a re-check interval far beyond
 * the test, so every closing seen here comes from the session ending, not from the re-check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, waitForDoc, type Client } from '../support/clients';
import { RawPeer, signOut } from '../support/raw-peer';
import { listCases } from '../support/demo-cases';
import { signIn, startServer, type RunningServer } from '../support/server';

const PASSWORD = 'lotse-demo';
const SOCKET_CAP = 3;
let server: RunningServer;
let caseId: string;
const clients: Client[] = [];

beforeAll(async () => {
	server = await startServer({
		env: {
			LOTSE_SESSION_IDLE_MINUTES: '1',
			LOTSE_ACCESS_RECHECK_SECONDS: '3600',
			LOTSE_MAX_SOCKETS_PER_SESSION: String(SOCKET_CAP)
		}
	});
	caseId = (await listCases(server.url, await signIn(server.url, 'anna.keller', PASSWORD)))[0]!.id;
});

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

/** An update that sets matrix[key] on the case doc (from a fresh client id). */
function marker(key: string): Uint8Array {
	const doc = new Y.Doc();
	doc.getMap('matrix').set(key, true);
	return Y.encodeStateAsUpdate(doc);
}

/** Is matrix[key] stored? Asked through a fresh stock client of another session. */
async function stored(key: string, fence: string): Promise<boolean> {
	const token = await signIn(server.url, 'marco.studer', PASSWORD);
	const writer = connect(server.url, `case/${caseId}`, token);
	clients.push(writer);
	await writer.synced();
	// A write after the suspect one, from another connection: once it is back, the room has
	// handled everything that reached it before (one serial queue per doc).
	writer.doc.getMap('matrix').set(fence, true);
	const reader = connect(server.url, `case/${caseId}`, token);
	clients.push(reader);
	await reader.synced();
	await waitForDoc(reader.doc, (d) => d.getMap('matrix').get(fence) === true, 'fence');
	return reader.doc.getMap('matrix').get(key) === true;
}

const api = (token: string, path: string) =>
	fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

describe('ending a session closes its sockets at once', () => {
	it('sign-out: both sockets of the session close with 4401; a write sent right after is not stored', async () => {
		const token = await signIn(server.url, 'sandra.ryf', PASSWORD);
		const byUrl = await RawPeer.open(server.url, `case/${caseId}`, token);
		const byCookie = await RawPeer.open(server.url, `case/${caseId}`, null, {
			cookie: `lotse_session=${encodeURIComponent(token)}`
		});
		const other = await signIn(server.url, 'sandra.ryf', PASSWORD);
		const otherSession = await RawPeer.open(server.url, `case/${caseId}`, other);

		expect(await signOut(server.url, token)).toBe(204);
		byUrl.sendUpdate(marker('after-sign-out'));
		expect(await byUrl.closed).toEqual({ code: 4401, reason: 'signed out' });
		expect((await byCookie.closed).code).toBe(4401);
		expect(await stored('after-sign-out', 'fence-sign-out')).toBe(false);

		// The same user's other session is not affected.
		expect(otherSession.ws.readyState).toBe(otherSession.ws.OPEN);
		otherSession.close();
	});

	it('disabling the user closes every socket of every session of that user with 4401', async () => {
		const admin = await signIn(server.url, 'stefan.hug', PASSWORD);
		const [first, second] = await Promise.all([
			signIn(server.url, 'marco.studer', PASSWORD),
			signIn(server.url, 'marco.studer', PASSWORD)
		]);
		const a = await RawPeer.open(server.url, `case/${caseId}`, first!);
		const b = await RawPeer.open(server.url, `case/${caseId}`, second!);
		const disable = (disabled: boolean) =>
			fetch(`${server.url}/api/admin`, {
				method: 'POST',
				headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json', origin: server.url },
				body: JSON.stringify({ op: 'updateUser', id: 'u-marco-studer', disabled })
			});
		expect((await disable(true)).status).toBe(200);
		a.sendUpdate(marker('after-disable'));
		expect(await a.closed).toEqual({ code: 4401, reason: 'account disabled' });
		expect((await b.closed).code).toBe(4401);
		expect((await disable(false)).status).toBe(200);
		expect(await stored('after-disable', 'fence-disable')).toBe(false);
	});

	it('a role change closes the user’s sockets for a fresh decision (4100, the client reconnects)', async () => {
		const admin = await signIn(server.url, 'stefan.hug', PASSWORD);
		const token = await signIn(server.url, 'regula.brunner', PASSWORD);
		const peer = await RawPeer.open(server.url, `case/${caseId}`, token);
		const update = (roles: string[]) =>
			fetch(`${server.url}/api/admin`, {
				method: 'POST',
				headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json', origin: server.url },
				body: JSON.stringify({ op: 'updateUser', id: 'u-regula-brunner', roles })
			});
		// Team lead → team lead and case manager: reading and writing the case stay allowed, yet the
		// socket was decided under the old roles and is closed.
		expect((await update(['team_lead', 'case_manager'])).status).toBe(200);
		expect(await peer.closed).toEqual({ code: 4100, reason: 'roles changed, please reconnect' });
		expect((await update(['team_lead'])).status).toBe(200);
	});
});

describe('sockets per session', () => {
	it(`refuses the ${SOCKET_CAP + 1}th socket of one session with 429; other sessions are unaffected`, async () => {
		const token = await signIn(server.url, 'simone.flury', PASSWORD);
		const doc = (await listCases(server.url, token))[0]!.docs[0]!;
		const open: RawPeer[] = [];
		for (let i = 0; i < SOCKET_CAP; i++) open.push(await RawPeer.open(server.url, doc, token));
		await expect(RawPeer.open(server.url, doc, token)).rejects.toThrow('upgrade refused: 429');
		const refusal = await server.waitForLog((e) => e.event === 'sync.refused' && e.status === 429);
		expect(refusal.reason).toBe('too many open connections for this session');

		const otherSession = await signIn(server.url, 'simone.flury', PASSWORD);
		const other = await RawPeer.open(server.url, doc, otherSession);
		other.close();

		// A closed socket frees its place.
		open.pop()!.close();
		await server.waitForLog((e) => e.event === 'sync.close' && e.user === 'u-simone-flury');
		open.push(await RawPeer.open(server.url, doc, token));
		for (const peer of open) peer.close();
	});
});

describe('idle limit of one minute', () => {
	it(
		'an idle session’s socket closes when the session ends, and a write sent then is not stored; ' +
			'a session edited in over its socket stays alive past the limit',
		async () => {
			const idleToken = await signIn(server.url, 'nicole.wyss', PASSWORD);
			const signedInAt = Date.now();
			const activeToken = await signIn(server.url, 'lea.kaufmann', PASSWORD);
			const oltenDoc = (await listCases(server.url, activeToken))[0]!.docs[0]!;

			const idle = await RawPeer.open(server.url, oltenDoc, idleToken);
			const active = connect(server.url, oltenDoc, activeToken);
			clients.push(active);
			await active.synced();

			// Edit every 5 s, only over the socket (no HTTP request touches this session).
			let edits = 0;
			const editing = setInterval(() => active.doc.getMap('matrix').set('active-edit', ++edits), 5_000);
			try {
				const idleClosed = idle.closed.then((result) => ({ ...result, at: Date.now() }));
				// Right after the idle session's minute is over, a write on its socket, whether or not
				// the socket has been closed by then.
				await new Promise((resolve) => setTimeout(resolve, Math.max(0, signedInAt + 60_500 - Date.now())));
				if (idle.ws.readyState === idle.ws.OPEN) idle.sendUpdate(marker('after-idle-expiry'));
				const closedIdle = await idleClosed;
				expect(closedIdle.code).toBe(4401);
				// "At once": well within the re-check interval (an hour here); a generous bound for a busy machine.
				expect(closedIdle.at - signedInAt).toBeLessThan(60_000 + 10_000);

				// The active session keeps going past its first minute.
				await new Promise((resolve) => setTimeout(resolve, Math.max(0, signedInAt + 80_000 - Date.now())));
				expect(active.provider.wsconnected).toBe(true);
				const marker80 = `active-${Date.now()}`;
				active.doc.getMap('matrix').set(marker80, true);
				const check = connect(server.url, oltenDoc, activeToken);
				clients.push(check);
				await check.synced();
				await waitForDoc(check.doc, (d) => d.getMap('matrix').get(marker80) === true, 'edit after 80 s');
				expect((await api(activeToken, '/api/session')).status).toBe(200);
				expect((await api(idleToken, '/api/session')).status).toBe(401);
				expect(check.doc.getMap('matrix').get('after-idle-expiry')).toBeUndefined();
			} finally {
				clearInterval(editing);
			}
		},
		150_000
	);
});
