/**
 * The person-register import does not tell one agency about another agency's case (issue 10,
 * point 9): a row naming a person whose case another agency holds is rejected with "bereits
 * erfasst — wenden Sie sich an die kantonale Stelle", without the agency's name or id, and the
 * canton office is told (a notification) and the audit trail records it.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startServer, type RunningServer } from '../support/server';

const HEADER = 'ZEMIS-Nr;Nachname;Vorname;Geburtsdatum;Geschlecht;Nationalität;Status;Einreisedatum;Kanton;Gemeinde';
let server: RunningServer;

beforeAll(async () => {
	server = await startServer();
}, 120_000);

afterAll(async () => {
	await server?.kill();
});

describe('register import and other agencies’ cases', () => {
	it('answers “bereits erfasst” without naming the agency, and tells the canton office', async () => {
		const db = new Database(path.join(server.dataDir, 'lotse.db'), { readonly: true });
		const held = db
			.prepare<[], { zemis: string }>(
				"SELECT zemis FROM cases WHERE agency_id = 'sr-olten' AND zemis IS NOT NULL LIMIT 1"
			)
			.get()!;
		db.close();
		const [anna, martina, barbara] = await Promise.all(
			['anna.keller', 'martina.vogt', 'barbara.meier'].map((u) => signIn(server.url, u, 'lotse-demo'))
		);
		const file = `${HEADER}\n${held.zemis};Muster;Max;01.01.1990;m;AF;F;01.01.2020;SO;Biberist\n`;
		const response = await fetch(`${server.url}/api/register/import`, {
			method: 'POST',
			headers: { authorization: `Bearer ${anna}`, 'content-type': 'text/csv', origin: server.url },
			body: file
		});
		expect(response.status).toBe(200);
		const text = await response.text();
		const report = JSON.parse(text) as { created: number; rejected: { line: number; reason: string }[] };
		expect(report.created).toBe(0);
		expect(report.rejected).toEqual([
			{ line: 2, zemis: held.zemis, reason: 'Die Person ist bereits erfasst — wenden Sie sich an die kantonale Stelle' }
		]);
		expect(text).not.toMatch(/olten/i);

		const notices = (await (
			await fetch(`${server.url}/api/notifications`, { headers: { authorization: `Bearer ${martina}` } })
		).json()) as { notifications: { kind: string; text: string }[] };
		expect(notices.notifications).toContainEqual(
			expect.objectContaining({ kind: 'import', text: expect.stringContaining(held.zemis) })
		);
		const trail = (await (
			await fetch(`${server.url}/api/audit/users/u-anna-keller`, { headers: { authorization: `Bearer ${barbara}` } })
		).json()) as { entries: { action: string; summary: string }[] };
		expect(trail.entries).toContainEqual(
			expect.objectContaining({ action: 'import', summary: expect.stringContaining('bereits erfasst') })
		);
	});
});
