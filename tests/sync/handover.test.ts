/**
 * Fallübergabe against the real server: a case manager of sr-wasseramt hands a case to a case
 * manager of gemeinde-grenchen. The registry moves, the receiver gets the whole history, a task
 * and a notification, the former agency may read for the grace period but its writes are dropped,
 * and the handover is on record (server table and the case doc's timeline array).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, waitForDoc, type Client } from '../support/clients';
import { signIn, startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let anna: string;
let simone: string;
const clients: Client[] = [];

beforeAll(async () => {
	server = await startServer();
	anna = await signIn(server.url, 'anna.keller', 'lotse-demo');
	simone = await signIn(server.url, 'simone.flury', 'lotse-demo');
}, 120_000);

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

const get = async <T>(token: string, path: string): Promise<T> =>
	(await (await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as T;
const post = (token: string, path: string, body: unknown) =>
	fetch(`${server.url}${path}`, {
		method: 'POST',
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', origin: server.url },
		body: JSON.stringify(body)
	});
const caseIds = async (token: string) =>
	(await get<{ cases: { id: string }[] }>(token, '/api/cases')).cases.map((c) => c.id);
const open = async (doc: string, token: string) => {
	const client = connect(server.url, doc, token);
	clients.push(client);
	await client.synced();
	return client;
};
type Notice = { id: number; kind: string; caseId: string; text: string; read: boolean };

describe('handover', () => {
	it('moves the case with its history, tells the receiver, leaves the former agency read-only', async () => {
		const caseId = (await caseIds(anna))[5]!;
		expect(await caseIds(simone)).not.toContain(caseId);
		const before = await open(`case/${caseId}`, anna);
		const journalBefore = before.doc.getArray('journal').length;
		const lastName = before.doc.getMap('person').get('lastName');
		before.destroy();

		// The receiver menu lists Grenchen's case managers (id and name only).
		const { managers } = await get<{ managers: { id: string; displayName: string }[] }>(
			anna,
			'/api/staff/gemeinde-grenchen'
		);
		const receiver = managers.find((m) => m.displayName === 'Simone Flury');
		expect(receiver).toBeDefined();
		expect(Object.keys(receiver!).sort()).toEqual(['displayName', 'id']);

		const response = await post(anna, `/api/cases/${caseId}/privacy`, {
			op: 'handover',
			toAgency: 'gemeinde-grenchen',
			toManager: receiver!.id,
			reason: 'Umzug nach Grenchen',
			note: 'Bitte Wohnungssuche weiterführen.',
			checklist: [{ label: 'Dossier vollständig', done: true }]
		});
		expect(response.status).toBe(200);
		const handover = (await response.json()) as { id: string; toAgency: string };

		// The registry moved: the receiver lists the case, the former agency no longer does.
		expect(await caseIds(simone)).toContain(caseId);
		expect(await caseIds(anna)).not.toContain(caseId);

		// The receiver's doc: the whole history, a new journal entry, a task from the handover, the timeline mark.
		const received = await open(`case/${caseId}`, simone);
		const doc = received.doc;
		expect(doc.getMap('person').get('lastName')).toBe(lastName);
		expect(doc.getArray('journal').length).toBe(journalBefore + 1);
		expect(doc.getMap('caseInfo').get('agencyId')).toBe('gemeinde-grenchen');
		const task = (doc.getArray('tasks').toJSON() as { source: string; assigneeId: string }[]).find(
			(t) => t.source === `handover:${handover.id}`
		);
		expect(task?.assigneeId).toBe(receiver!.id);
		expect(doc.getArray('handovers').toJSON()).toEqual([
			expect.objectContaining({ id: handover.id, reason: 'Umzug nach Grenchen', toAgency: 'gemeinde-grenchen' })
		]);

		// The notification, newest first, and marking it read.
		const { notifications, unread } = await get<{ notifications: Notice[]; unread: number }>(
			simone,
			'/api/notifications'
		);
		expect(unread).toBe(1);
		expect(notifications[0]).toMatchObject({ kind: 'handover', caseId, read: false });
		expect((await get<{ notifications: Notice[] }>(anna, '/api/notifications')).notifications).toEqual([]);
		expect((await post(simone, '/api/notifications', { ids: [notifications[0]!.id] })).status).toBe(200);
		expect((await get<{ unread: number }>(simone, '/api/notifications')).unread).toBe(0);
		expect((await post(simone, '/api/notifications', { ids: 'all' })).status).toBe(400);

		// The former agency: reading still allowed (30 days), writing dropped.
		const former = await open(`case/${caseId}`, anna);
		expect(former.doc.getArray('journal').length).toBe(journalBefore + 1);
		const refused = server.waitForLog((e) => e.event === 'sync.write_refused' && e.doc === `case/${caseId}`);
		former.doc.getMap('person').set('lastName', 'Geschrieben-nach-Übergabe');
		await refused;
		doc.getMap('person').set('notes', 'marker after'); // a later write of the receiver, stored after anna's attempt
		const check = await open(`case/${caseId}`, simone);
		await waitForDoc(check.doc, (d) => d.getMap('person').get('notes') === 'marker after', 'receiver write stored');
		expect(check.doc.getMap('person').get('lastName')).toBe(lastName);
		// The former agency may not hand over or erase any more.
		expect(
			(await post(anna, `/api/cases/${caseId}/privacy`, { op: 'handover', toAgency: 'sr-olten', reason: 'x' })).status
		).toBe(403);

		// The handover is on record for the receiver's Datenschutz tab.
		const overview = await get<{ handovers: { id: string; fromAgency: string; note: string; checklist: unknown[] }[] }>(
			simone,
			`/api/cases/${caseId}/privacy`
		);
		expect(overview.handovers).toEqual([
			expect.objectContaining({
				id: handover.id,
				fromAgency: 'sr-wasseramt',
				note: 'Bitte Wohnungssuche weiterführen.',
				checklist: [{ label: 'Dossier vollständig', done: true }]
			})
		]);
	});

	it('refuses a receiver who does not work at the receiving agency', async () => {
		const caseId = (await caseIds(anna))[6]!;
		const response = await post(anna, `/api/cases/${caseId}/privacy`, {
			op: 'handover',
			toAgency: 'gemeinde-grenchen',
			toManager: 'u-regula-brunner',
			reason: 'Umzug'
		});
		expect(response.status).toBe(400);
		expect(await caseIds(anna)).toContain(caseId);
	});

	it('lists receiving case managers only for case staff', async () => {
		const dpo = await signIn(server.url, 'barbara.meier', 'lotse-demo');
		expect(
			(await fetch(`${server.url}/api/staff/gemeinde-grenchen`, { headers: { authorization: `Bearer ${dpo}` } })).status
		).toBe(403);
		expect(
			(await fetch(`${server.url}/api/staff/nowhere`, { headers: { authorization: `Bearer ${anna}` } })).status
		).toBe(404);
	});
});
