/**
 * Stock WebsocketProvider clients against the real server process on a random loopback port:
 * sync, presence stamping, and every kind of refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { closed, connect, rawUpgrade, waitForDoc, type Client } from '../support/clients';
import { signIn, startServer, type RunningServer } from '../support/server';

const PASSWORD = 'lotse-demo';
let server: RunningServer;
let anna: string; // case manager, sr-wasseramt
let marco: string; // case manager, sr-wasseramt
let thomas: string; // integration officer, sr-wasseramt: may read cases, not write
let lea: string; // case manager, sr-olten
let caseId: string;
const clients: Client[] = [];

function open(doc: string, token: string): Client {
	const client = connect(server.url, doc, token);
	clients.push(client);
	return client;
}

beforeAll(async () => {
	server = await startServer();
	[anna, marco, thomas, lea] = (await Promise.all(
		['anna.keller', 'marco.studer', 'thomas.affolter', 'lea.kaufmann'].map((u) => signIn(server.url, u, PASSWORD))
	)) as [string, string, string, string];
	const response = await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${anna}` } });
	const { cases } = (await response.json()) as { cases: { id: string; docs: string[] }[] };
	caseId = cases[0]!.id;
});

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

describe('sync through the real server', () => {
	it('lists the signed-in user’s cases with their doc names', async () => {
		const response = await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${anna}` } });
		expect(response.status).toBe(200);
		const { cases } = (await response.json()) as { cases: { id: string; personName: string; docs: string[] }[] };
		expect(cases.length).toBeGreaterThan(50);
		for (const c of cases) {
			expect(c.personName).not.toBe('');
			expect(c.docs).toEqual([`case/${c.id}`, `case/${c.id}/confidential`]);
		}
		const olten = await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${lea}` } });
		const other = ((await olten.json()) as { cases: { id: string }[] }).cases.map((c) => c.id);
		expect(other).not.toContain(caseId);
	});

	it('refuses /api/cases without a session', async () => {
		const response = await fetch(`${server.url}/api/cases`);
		expect(response.status).toBe(401);
		expect(await response.json()).toEqual({ error: 'sign-in required' });
	});

	it('syncs two stock clients both ways, and a late joiner gets everything', async () => {
		const a = open(`case/${caseId}`, anna);
		const b = open(`case/${caseId}`, marco);
		await Promise.all([a.synced(), b.synced()]);
		expect(b.doc.getMap('person').get('lastName')).toBe(a.doc.getMap('person').get('lastName'));

		a.doc.getMap('person').set('municipality', 'Zuchwil-Test');
		await waitForDoc(b.doc, (d) => d.getMap('person').get('municipality') === 'Zuchwil-Test', 'a → b');
		b.doc.getMap('person').set('nationality', 'UA-Test');
		await waitForDoc(a.doc, (d) => d.getMap('person').get('nationality') === 'UA-Test', 'b → a');

		const late = open(`case/${caseId}`, marco);
		await late.synced();
		expect(late.doc.getMap('person').get('municipality')).toBe('Zuchwil-Test');
		expect(late.doc.getMap('person').get('nationality')).toBe('UA-Test');
	});

	it('shows presence under the server-known name, not the one a client claims', async () => {
		const a = open(`case/${caseId}`, anna);
		const b = open(`case/${caseId}`, marco);
		await Promise.all([a.synced(), b.synced()]);
		a.provider.awareness.setLocalState({ user: { id: 'u-stefan-hug', name: 'Admin' }, field: 'person.lastName' });
		await new Promise<void>((resolve) => {
			const check = () => {
				const state = b.provider.awareness.getStates().get(a.doc.clientID);
				if (state?.field === 'person.lastName') {
					expect(state.user).toEqual({ id: 'u-anna-keller', name: 'Anna Keller' });
					b.provider.awareness.off('change', check);
					resolve();
				}
			};
			b.provider.awareness.on('change', check);
			check();
		});
	});

	it('drops the updates of a read-only connection, tells it, and stores nothing', async () => {
		const writer = open(`case/${caseId}`, anna);
		const reader = open(`case/${caseId}`, thomas);
		await Promise.all([writer.synced(), reader.synced()]);
		const denied = new Promise<void>((resolve) => {
			const original = reader.provider.messageHandlers[2]!;
			reader.provider.messageHandlers[2] = (...args) => {
				original(...args);
				resolve();
			};
		});
		reader.doc.getMap('person').set('lastName', 'Überschrieben');
		await denied;
		// The writer still works, and a fresh client sees the writer's change but not the reader's.
		writer.doc.getMap('person').set('canton', 'SO-check');
		const fresh = open(`case/${caseId}`, marco);
		await fresh.synced();
		await waitForDoc(fresh.doc, (d) => d.getMap('person').get('canton') === 'SO-check', 'writer change');
		expect(fresh.doc.getMap('person').get('lastName')).not.toBe('Überschrieben');
	});
});

describe('refusals', () => {
	it('refuses an upgrade without a session with 401', async () => {
		const result = await rawUpgrade(server.url, `/sync/case/${caseId}`);
		expect(result).toEqual({ status: 401, body: JSON.stringify({ error: 'sign-in required' }) });
	});

	it('refuses an invalid or expired token with 401', async () => {
		const result = await rawUpgrade(server.url, `/sync/case/${caseId}?token=not-a-real-token`);
		expect(result).toMatchObject({ status: 401 });
	});

	it('refuses a signed-out token with 401', async () => {
		const token = await signIn(server.url, 'sandra.ryf', PASSWORD);
		await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
		expect(await rawUpgrade(server.url, `/sync/case/${caseId}?token=${token}`)).toMatchObject({ status: 401 });
	});

	it.each([
		'/sync/unknown/x',
		'/sync/case/../etc',
		'/sync/case/C-1',
		'/sync/case/c-1/notes',
		'/sync/%E0%A4%A',
		'/sync/'
	])('refuses the doc name %s with 400', async (path) => {
		expect(await rawUpgrade(server.url, `${path}?token=${anna}`)).toMatchObject({ status: 400 });
	});

	it('refuses another agency’s case with 403 and a reason', async () => {
		const result = await rawUpgrade(server.url, `/sync/case/${caseId}?token=${lea}`);
		expect(result).toMatchObject({ status: 403 });
		expect((result as { body: string }).body).toContain('responsible agency');
	});

	it('refuses index docs of other agencies and a case that does not exist', async () => {
		expect(await rawUpgrade(server.url, `/sync/index/sr-olten?token=${anna}`)).toMatchObject({ status: 403 });
		expect(await rawUpgrade(server.url, `/sync/case/c-9999?token=${anna}`)).toMatchObject({ status: 403 });
	});

	it('closes a connection that sends a malformed frame with 4400; others keep syncing', async () => {
		const bystander = open(`case/${caseId}`, marco);
		await bystander.synced();
		const result = await rawUpgrade(server.url, `/sync/case/${caseId}?token=${anna}`);
		const ws = (result as { open: import('ws').WebSocket }).open;
		const closing = closed(ws);
		// A sync update frame whose update claims more bytes than it carries.
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, 0);
		encoding.writeVarUint(encoder, 2);
		encoding.writeVarUint(encoder, 500);
		encoding.writeUint8Array(encoder, new Uint8Array([1, 2, 3]));
		ws.send(encoding.toUint8Array(encoder));
		expect(await closing).toEqual({ code: 4400, reason: 'malformed message' });

		const writer = open(`case/${caseId}`, anna);
		await writer.synced();
		writer.doc.getMap('person').set('municipality', 'nach-fehler');
		await waitForDoc(
			bystander.doc,
			(d) => d.getMap('person').get('municipality') === 'nach-fehler',
			'sync after a bad frame'
		);
	});

	it.each([
		['an unknown message type', [9, 0]],
		['a garbled update', [0, 2, 5, 255, 255, 255, 255, 255]],
		['an empty frame', []]
	])('closes on %s with 4400', async (_label, bytes) => {
		const result = await rawUpgrade(server.url, `/sync/case/${caseId}?token=${anna}`);
		const ws = (result as { open: import('ws').WebSocket }).open;
		const closing = closed(ws);
		ws.send(new Uint8Array(bytes));
		expect((await closing).code).toBe(4400);
	});

	it('closes on a text frame with 4400', async () => {
		const result = await rawUpgrade(server.url, `/sync/case/${caseId}?token=${anna}`);
		const ws = (result as { open: import('ws').WebSocket }).open;
		const closing = closed(ws);
		ws.send('hallo');
		expect(await closing).toEqual({ code: 4400, reason: 'binary frames only' });
	});

	it('closes a frame over the size limit with 1009 and stores nothing of it', async () => {
		const result = await rawUpgrade(server.url, `/sync/case/${caseId}?token=${anna}`);
		const ws = (result as { open: import('ws').WebSocket }).open;
		const closing = closed(ws);
		const big = new Y.Doc();
		big.getText('huge').insert(0, 'x'.repeat(10 * 1024 * 1024 + 10));
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, 0);
		encoding.writeVarUint(encoder, 2);
		encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(big));
		ws.send(encoding.toUint8Array(encoder));
		expect((await closing).code).toBe(1009);
		const check = open(`case/${caseId}`, marco);
		await check.synced();
		expect(check.doc.getText('huge').length).toBe(0);
	});

	it('answers a wrong password with 401 and rate-limits repeated failures with 429', async () => {
		const attempt = () =>
			fetch(`${server.url}/api/session`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ username: 'nicole.wyss', password: 'falsch' })
			});
		const statuses: number[] = [];
		for (let i = 0; i < 6; i++) statuses.push((await attempt()).status);
		expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
		expect(statuses[5]).toBe(429);
		// Even the right password is refused while blocked.
		const right = await fetch(`${server.url}/api/session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ username: 'nicole.wyss', password: PASSWORD })
		});
		expect(right.status).toBe(429);
		expect(right.headers.get('retry-after')).toMatch(/^\d+$/);
	});

	it('answers a malformed sign-in body with 400', async () => {
		const response = await fetch(`${server.url}/api/session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"username":'
		});
		expect(response.status).toBe(400);
	});

	it('is still running and logged the refusals without personal data', async () => {
		expect((await fetch(`${server.url}/api/session`)).status).toBe(401);
		const refusals = server.log.filter((e) => e.event === 'sync.refused' || e.event === 'sync.malformed');
		expect(refusals.length).toBeGreaterThan(5);
		const text = JSON.stringify(server.log);
		expect(text).not.toContain('lotse-demo');
		expect(text).not.toContain('Überschrieben');
	});
});
