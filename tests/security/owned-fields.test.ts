/**
 * Server-owned case fields (issue 10, point 10): a writer of the case doc sets caseInfo.agencyId
 * to another agency, the manager to someone of that agency and the ZEMIS number to another
 * value. Access never followed the doc; now lists, indicators and the registry do not either,
 * and the server writes the registry's values back into the doc, so no screen shows them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, waitForDoc, type Client } from '../support/clients';
import { signIn, startServer, type RunningServer } from '../support/server';

let server: RunningServer;
const clients: Client[] = [];
const tokens: Record<string, string> = {};
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
	server = await startServer();
	for (const name of ['anna.keller', 'regula.brunner', 'lea.kaufmann'])
		tokens[name] = await signIn(server.url, name, 'lotse-demo');
}, 120_000);

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

async function api<T>(user: string, path: string, body?: unknown): Promise<T> {
	const response = await fetch(`${server.url}${path}`, {
		method: body === undefined ? 'GET' : 'POST',
		headers: { authorization: `Bearer ${tokens[user]}`, 'content-type': 'application/json', origin: server.url },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	expect(response.status, path).toBe(200);
	return (await response.json()) as T;
}

type Row = { id: string; municipality: string; agencyId: string; managerId: string };
const list = (user: string) => api<{ rows: Row[] }>(user, '/api/lists', { criteria: { at: today } });
const persons = (user: string) => api<{ persons: number }>(user, `/api/indicators?at=${today}`);

/** Polls HTTP until `check` holds (projections run a moment after the stored change). */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

describe('server-owned case fields', () => {
	it('keeps agency, manager and ZEMIS number of the registry in every projection and corrects the doc', async () => {
		const { cases } = await api<{ cases: { id: string; managerId: string | null }[] }>('anna.keller', '/api/cases');
		const caseId = cases.find((c) => c.managerId === 'u-anna-keller')!.id;
		const before = await persons('regula.brunner');
		const client = connect(server.url, `case/${caseId}`, tokens['anna.keller']!);
		clients.push(client);
		await client.synced();
		const zemis = client.doc.getMap('person').get('zemis');
		expect(zemis).toMatch(/^\d{8}-\d$/);
		const marker = `Gemeinde-${crypto.randomUUID().slice(0, 8)}`;
		client.doc.transact(() => {
			client.doc.getMap('caseInfo').set('agencyId', 'sr-olten');
			client.doc.getMap('caseInfo').set('managerId', 'u-lea-kaufmann');
			client.doc.getMap('person').set('zemis', '99999999-9');
			client.doc.getMap('person').set('municipality', marker); // an ordinary edit, to see the projections ran
		});

		// Wait until the edit is projected — into Anna's list (fixed) or out of her agency's figures (broken).
		await eventually(
			async () =>
				(await list('anna.keller')).rows.some((r) => r.id === caseId && r.municipality === marker) ||
				(await persons('regula.brunner')).persons !== before.persons,
			'the projection of the edit'
		);
		const row = (await list('anna.keller')).rows.find((r) => r.id === caseId);
		expect(row).toMatchObject({ agencyId: 'sr-wasseramt', managerId: 'u-anna-keller', municipality: marker });
		expect((await persons('regula.brunner')).persons).toBe(before.persons);
		const olten = await api<{ cases: { id: string }[] }>('lea.kaufmann', '/api/cases');
		expect(olten.cases.map((c) => c.id)).not.toContain(caseId);
		expect((await list('lea.kaufmann')).rows.map((r) => r.id)).not.toContain(caseId);

		// The doc says what the server holds again, for every client.
		const fresh = connect(server.url, `case/${caseId}`, tokens['anna.keller']!);
		clients.push(fresh);
		await waitForDoc(
			fresh.doc,
			(d) => d.getMap('caseInfo').get('agencyId') === 'sr-wasseramt' && d.getMap('person').get('zemis') === zemis,
			'the corrected doc'
		);
		expect(fresh.doc.getMap('caseInfo').get('managerId')).toBe('u-anna-keller');
		expect(fresh.doc.getMap('person').get('municipality')).toBe(marker);
	});

	it('still follows a reassignment to a case manager of the same agency', async () => {
		const { cases } = await api<{ cases: { id: string; managerId: string | null }[] }>('anna.keller', '/api/cases');
		const caseId = cases.find((c) => c.managerId === 'u-anna-keller')!.id;
		const client = connect(server.url, `case/${caseId}`, tokens['regula.brunner']!);
		clients.push(client);
		await client.synced();
		client.doc.getMap('caseInfo').set('managerId', 'u-marco-studer');
		await eventually(
			async () =>
				(await api<{ cases: { id: string; managerId: string | null }[] }>('anna.keller', '/api/cases')).cases.find(
					(c) => c.id === caseId
				)?.managerId === 'u-marco-studer',
			'the reassignment in the registry'
		);
		expect(client.doc.getMap('caseInfo').get('managerId')).toBe('u-marco-studer');
	});
});
