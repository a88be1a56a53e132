/**
 * CSV exports defuse formulas (issue 10, point 11). A writer of a case doc creates types whose
 * names start with a tab or CR followed by a formula — names the audit trail used to echo — and
 * the audit exports (per case for case staff, per user for the data protection officer) are
 * read back cell by cell: no cell a spreadsheet would evaluate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, waitForDoc, type Client } from '../support/clients';
import { signIn, startServer, type RunningServer } from '../support/server';

let server: RunningServer;
const clients: Client[] = [];

beforeAll(async () => {
	server = await startServer();
}, 120_000);

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

/** The cells of a semicolon CSV with quoted fields (RFC 4180 quoting). */
function cells(csv: string): string[] {
	const out: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < csv.length; i++) {
		const c = csv[i]!;
		if (quoted) {
			if (c === '"' && csv[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ';' || c === '\n') {
			out.push(cell.replace(/\r$/, ''));
			cell = '';
		} else cell += c;
	}
	return out;
}

describe('CSV exports', () => {
	it('never start a cell with a formula trigger, also not behind tab or CR', async () => {
		const [anna, barbara] = await Promise.all([
			signIn(server.url, 'anna.keller', 'lotse-demo'),
			signIn(server.url, 'barbara.meier', 'lotse-demo')
		]);
		const { cases } = (await (
			await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${anna}` } })
		).json()) as { cases: { id: string }[] };
		const caseId = cases[1]!.id;
		const client = connect(server.url, `case/${caseId}`, anna);
		clients.push(client);
		await client.synced();
		const payloads = ['\t=HYPERLINK("http://evil.invalid","x")', '\r=1+1', '@SUM(1+1)', '-2+3'];
		for (const payload of payloads) client.doc.getMap(payload).set(payload, 1);

		const csvOf = async (path: string, token: string) => {
			const bytes = Buffer.from(
				await (
					await fetch(`${server.url}${path}?format=csv`, { headers: { authorization: `Bearer ${token}` } })
				).arrayBuffer()
			);
			return bytes.subarray(3).toString('utf8');
		};
		// Audit rows are written when the update is stored, before anyone else receives it.
		const witness = connect(server.url, `case/${caseId}`, anna);
		clients.push(witness);
		await waitForDoc(witness.doc, (d) => payloads.every((p) => d.getMap(p).has(p)), 'the changes stored');
		const csv = await csvOf(`/api/cases/${caseId}/audit`, anna);
		const all = [...cells(csv), ...cells(await csvOf('/api/audit/users/u-anna-keller', barbara))];
		expect(all.length).toBeGreaterThan(20);
		const dangerous = all.filter((c) => /^[=+\-@\t\r]/.test(c));
		expect(dangerous).toEqual([]);
	});
});
