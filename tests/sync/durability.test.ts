/**
 * Nothing the server broadcast is lost when it dies: a client streams edits, a second client
 * records every edit the server sent it, the server is killed with SIGKILL mid-stream and
 * restarted on the same data directory, and a fresh client must find every recorded edit.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, type Client } from '../support/clients';
import { signIn, startServer, until, type RunningServer } from '../support/server';

const servers: RunningServer[] = [];
const clients: Client[] = [];

afterAll(async () => {
	for (const client of clients) client.destroy();
	for (const server of servers) await server.kill('SIGKILL');
});

describe('durability', () => {
	// Two server starts: generous time on a busy machine (the assertions do not depend on it).
	it('keeps every broadcast update across a SIGKILL of the server', { timeout: 180_000 }, async () => {
		const first = await startServer();
		servers.push(first);
		const token = await signIn(first.url, 'anna.keller', 'lotse-demo');
		const { cases } = (await (
			await fetch(`${first.url}/api/cases`, { headers: { authorization: `Bearer ${token}` } })
		).json()) as { cases: { id: string }[] };
		const doc = `case/${cases[0]!.id}`;

		const writer = connect(first.url, doc, token);
		const observer = connect(first.url, doc, token);
		clients.push(writer, observer);
		await Promise.all([writer.synced(), observer.synced()]);

		// Every value the observer receives has been broadcast by the server.
		const seen = new Set<number>();
		const stream = observer.doc.getArray<number>('durability');
		stream.observe((event) => {
			for (const item of event.changes.added)
				for (const value of item.content.getContent() as number[]) seen.add(value);
		});

		// Stream edits until the observer has seen 300 of them, then kill the server mid-stream.
		let sent = 0;
		const written = writer.doc.getArray<number>('durability');
		const pump = setInterval(() => {
			for (let i = 0; i < 5; i++) written.push([sent++]);
		}, 1);
		await until(
			() => seen.size >= 300,
			(notify) => {
				stream.observe(notify);
				return () => stream.unobserve(notify);
			},
			30_000,
			'300 broadcast edits'
		);
		await first.kill('SIGKILL');
		clearInterval(pump);
		writer.provider.destroy();
		observer.provider.destroy();
		expect(sent).toBeGreaterThan(seen.size); // the kill really happened mid-stream

		const second = await startServer({ dataDir: first.dataDir });
		servers.push(second);
		const token2 = await signIn(second.url, 'anna.keller', 'lotse-demo');
		const fresh = connect(second.url, doc, token2, new Y.Doc());
		clients.push(fresh);
		await fresh.synced();
		const recovered = new Set(fresh.doc.getArray<number>('durability').toArray());
		const lost = [...seen].filter((value) => !recovered.has(value));
		expect(lost).toEqual([]);
		expect(recovered.size).toBeGreaterThanOrEqual(seen.size);
	});

	it(
		'stops cleanly on SIGTERM: exit code 0, the log folded into the database, the pid file gone',
		{ timeout: 120_000 },
		async () => {
			const server = await startServer();
			servers.push(server);
			const files = () => fs.readdirSync(server.dataDir);
			// The demo canton was just written: it sits in the write-ahead log, the pid file is there.
			expect(files()).toEqual(expect.arrayContaining(['lotse.db', 'lotse.db-wal', 'server.pid']));
			const exited = new Promise<number | null>((resolve) => server.process.once('exit', (code) => resolve(code)));
			await server.kill('SIGTERM');
			expect(await exited).toBe(0);
			expect(files()).not.toContain('server.pid');
			expect(files()).not.toContain('lotse.db-wal');
		}
	);
});
