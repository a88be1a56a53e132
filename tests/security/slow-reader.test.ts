/**
 * A client that stops reading (#10 point 7). In the original probe it kept sending 4-byte sync
 * requests while never reading the answers, and the server's memory grew by half a gigabyte
 * until the heartbeat cut it 40 s later. The server must bound what it queues per socket and
 * close such a reader (with a transient code: a real client on a bad link reconnects and catches
 * up), while everyone else keeps syncing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../src/lib/shared/protocol';
import { connect, waitForDoc, type Client } from '../support/clients';
import { fakeStateVector, RawPeer } from '../support/raw-peer';
import { listCases } from '../support/demo-cases';
import { signIn, startServer, type RunningServer } from '../support/server';

const PASSWORD = 'lotse-demo';
const BUFFER_BOUND = 256 * 1024;
let server: RunningServer;
let anna: string;
let sandra: string;
let marco: string;
let doc: string;
const clients: Client[] = [];

beforeAll(async () => {
	server = await startServer({ env: { LOTSE_MAX_BUFFERED_BYTES: String(BUFFER_BOUND) } });
	[anna, sandra, marco] = (await Promise.all(
		['anna.keller', 'sandra.ryf', 'marco.studer'].map((u) => signIn(server.url, u, PASSWORD))
	)) as [string, string, string];
	doc = (await listCases(server.url, anna))[0]!.docs[0]!;
});

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

describe('a client that stops reading', () => {
	it('is closed once its send buffer passes the bound; other clients keep syncing', async () => {
		// Make every answer large: 400 kB of text in the doc.
		const writer = connect(server.url, doc, anna);
		const watcher = connect(server.url, doc, anna);
		clients.push(writer, watcher);
		await Promise.all([writer.synced(), watcher.synced()]);
		writer.doc.getText('bulk').insert(0, 'b'.repeat(400_000));
		await waitForDoc(watcher.doc, (d) => d.getText('bulk').length === 400_000, 'bulk text');

		const reader = await RawPeer.open(server.url, doc, sandra);
		// Stop reading at the TCP level: the kernel buffers fill, then the server's queue grows.
		(reader.ws as unknown as { _socket: { pause(): void } })._socket.pause();
		// Each request asks with another state vector, so each deserves a full answer (~400 kB).
		for (let i = 0; i < 400; i++) reader.sendStep1(fakeStateVector(990000 + i));

		const behind = await server.waitForLog((e) => e.event === 'sync.fell_behind' && e.user === 'u-sandra-ryf', 20_000);
		expect(Number(behind.queued)).toBeGreaterThan(0);
		// At most the bound plus one answer: a message always goes out onto an empty buffer.
		expect(Number(behind.queued)).toBeLessThanOrEqual(BUFFER_BOUND + 450_000);
		// The socket is gone on the server's side (cut after the grace period, as it never read its close frame).
		await server.waitForLog((e) => e.event === 'sync.close' && e.user === 'u-sandra-ryf', 20_000);

		writer.doc.getMap('matrix').set('during-slow-reader', true);
		await waitForDoc(watcher.doc, (d) => d.getMap('matrix').get('during-slow-reader') === true, 'others keep syncing');
		reader.close();
	});

	it('closes with the transient 4503, which a client that reads again receives', async () => {
		const reader = await RawPeer.open(server.url, doc, marco);
		const socket = (reader.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket;
		socket.pause();
		for (let i = 0; i < 400; i++) reader.sendStep1(fakeStateVector(995000 + i));
		await server.waitForLog((e) => e.event === 'sync.fell_behind' && e.user === 'u-marco-studer', 20_000);
		// Reading again within the grace period, it drains what was queued and then gets the close.
		socket.resume();
		expect(await reader.closed).toEqual({ code: 4503, reason: 'too far behind, reconnect to catch up' });
		// 4500–4599 is the transient band: stock providers reconnect (see DESIGN.md, y-websocket).
		expect(CLOSE.fellBehind).toBeGreaterThanOrEqual(4500);
		expect(CLOSE.fellBehind).toBeLessThan(4600);
		// What it received before the close were whole answers, at most a bounded number of them.
		expect(reader.step2s().length).toBeLessThan(400);
	});
});
