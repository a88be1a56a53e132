/**
 * Awareness bounds against the real server (#10 point 6): a presence state above 16 KiB and more
 * than a handful of client ids on one connection are refused with their own close codes, and
 * nothing of them reaches another client or a later joiner. Ordinary presence keeps working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_AWARENESS_CLIENTS, MAX_AWARENESS_STATE_BYTES } from '../../src/lib/shared/protocol';
import { connect, type Client } from '../support/clients';
import { RawPeer } from '../support/raw-peer';
import { listCases } from '../support/demo-cases';
import { signIn, startServer, until, type RunningServer } from '../support/server';

const PASSWORD = 'lotse-demo';
let server: RunningServer;
let anna: string;
let marco: string;
let doc: string;
const clients: Client[] = [];

beforeAll(async () => {
	server = await startServer();
	[anna, marco] = (await Promise.all(['anna.keller', 'marco.studer'].map((u) => signIn(server.url, u, PASSWORD)))) as [
		string,
		string
	];
	doc = (await listCases(server.url, anna))[0]!.docs[0]!;
});

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

async function observer(): Promise<Client> {
	const client = connect(server.url, doc, marco);
	clients.push(client);
	await client.synced();
	return client;
}

/** Waits until `client` sees a presence for `clientId` (a legitimate one, as a fence). */
function seesPresence(client: Client, clientId: number): Promise<void> {
	return until(
		() => client.provider.awareness.getStates().has(clientId),
		(notify) => {
			client.provider.awareness.on('change', notify);
			return () => client.provider.awareness.off('change', notify);
		},
		10_000,
		`presence of ${clientId}`
	);
}

/** A state of about `bytes` bytes as JSON. */
const stateOf = (bytes: number) => ({ cursor: 'c'.repeat(bytes - 20) });

describe('awareness bounds', () => {
	it(`refuses a state above ${MAX_AWARENESS_STATE_BYTES} bytes with 4413; nobody receives it`, async () => {
		const watcher = await observer();
		const attacker = await RawPeer.open(server.url, doc, anna);
		attacker.sendAwareness([{ clientId: 880001, clock: 1, state: stateOf(MAX_AWARENESS_STATE_BYTES + 1024) }]);
		expect(await attacker.closed).toEqual({
			code: 4413,
			reason: `awareness state above ${MAX_AWARENESS_STATE_BYTES} bytes`
		});

		// A legitimate presence after it arrives; the refused one never did.
		const honest = await RawPeer.open(server.url, doc, anna);
		honest.sendAwareness([{ clientId: 880002, clock: 1, state: { cursor: 'ok' } }]);
		await seesPresence(watcher, 880002);
		expect(watcher.provider.awareness.getStates().has(880001)).toBe(false);
		const late = await observer();
		expect(late.provider.awareness.getStates().has(880001)).toBe(false);
		honest.close();
	});

	it('relays a state just under the bound', async () => {
		const watcher = await observer();
		const peer = await RawPeer.open(server.url, doc, anna);
		peer.sendAwareness([{ clientId: 880010, clock: 1, state: stateOf(MAX_AWARENESS_STATE_BYTES - 256) }]);
		await seesPresence(watcher, 880010);
		peer.close();
	});

	it(`refuses more than ${MAX_AWARENESS_CLIENTS} client ids on one connection with 4429; nobody receives them`, async () => {
		const watcher = await observer();
		const attacker = await RawPeer.open(server.url, doc, anna);
		const ids = Array.from({ length: MAX_AWARENESS_CLIENTS }, (_, i) => 881000 + i);
		attacker.sendAwareness(ids.map((clientId) => ({ clientId, clock: 1, state: { cursor: 'x' } })));
		await seesPresence(watcher, ids.at(-1)!);
		// One more, in a frame of its own, and 10,000 at once from another connection.
		attacker.sendAwareness([{ clientId: 881999, clock: 1, state: { cursor: 'x' } }]);
		expect(await attacker.closed).toEqual({
			code: 4429,
			reason: `more than ${MAX_AWARENESS_CLIENTS} awareness client ids on one connection`
		});
		const flood = await RawPeer.open(server.url, doc, anna);
		flood.sendAwareness(Array.from({ length: 10_000 }, (_, i) => ({ clientId: 890000 + i, clock: 1, state: {} })));
		expect((await flood.closed).code).toBe(4429);

		const honest = await RawPeer.open(server.url, doc, anna);
		honest.sendAwareness([{ clientId: 882000, clock: 1, state: { cursor: 'ok' } }]);
		await seesPresence(watcher, 882000);
		const states = watcher.provider.awareness.getStates();
		expect(states.has(881999)).toBe(false);
		expect([...states.keys()].filter((id) => id >= 890000 && id < 900000)).toEqual([]);
		// The refused connection's accepted ids left with it.
		expect(ids.filter((id) => states.has(id))).toEqual([]);
		honest.close();
	});

	it('does not count echoes of other clients’ presence against the bound (stock clients relay them)', async () => {
		// Each stock provider adds a process 'exit' listener; a dozen of them is intended here.
		process.setMaxListeners(32);
		const watcher = await observer();
		const chatty: Client[] = [];
		for (let i = 0; i < MAX_AWARENESS_CLIENTS + 2; i++) {
			const client = connect(server.url, doc, anna);
			clients.push(client);
			chatty.push(client);
			client.provider.awareness.setLocalState({ cursor: i });
		}
		await Promise.all(chatty.map((c) => c.synced()));
		for (const client of chatty) await seesPresence(watcher, client.doc.clientID);
		// Each stock client has re-sent the others' states; none was closed for it.
		for (const client of chatty) expect(client.provider.wsconnected).toBe(true);
		for (const client of chatty.splice(0, 3)) client.destroy();
		watcher.provider.awareness.setLocalState({ cursor: 'after-leaves' });
		const late = await observer();
		await seesPresence(late, watcher.doc.clientID);
		for (const client of chatty) expect(client.provider.wsconnected).toBe(true);
	});
});
