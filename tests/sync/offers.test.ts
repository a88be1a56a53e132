/**
 * The offer catalogue over the real server: everyone in the canton reads offers/so, only the
 * canton's integration office writes it. The catalogue screen hides the edit controls; this
 * checks that the server drops a case manager's write whatever the client does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as offers from '../../src/lib/model/offers';
import { connect, waitForDoc, type Client } from '../support/clients';
import { signIn, startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let martina: string; // canton integration office
let anna: string; // case manager, sr-wasseramt
const clients: Client[] = [];

function open(token: string): Client {
	const client = connect(server.url, 'offers/so', token);
	clients.push(client);
	return client;
}

/** Resolves when the server tells the client its write was refused (y-protocols permission message). */
function permissionDenied(client: Client): Promise<void> {
	return new Promise<void>((resolve) => {
		const original = client.provider.messageHandlers[2]!;
		client.provider.messageHandlers[2] = (...args) => {
			original(...args);
			resolve();
		};
	});
}

beforeAll(async () => {
	server = await startServer();
	[martina, anna] = (await Promise.all(
		['martina.vogt', 'anna.keller'].map((u) => signIn(server.url, u, 'lotse-demo'))
	)) as [string, string];
});

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

describe('offers/so', () => {
	it('gives every caseworker the seeded catalogue to read', async () => {
		const reader = open(anna);
		await reader.synced();
		expect(offers.list(reader.doc)).toHaveLength(15);
		expect(offers.get(reader.doc, 'integration-arbeit')?.provider).toBe('Arbeitsintegration Dünnern');
	});

	it('stores the office’s edits and drops a case manager’s', async () => {
		const office = open(martina);
		const caseManager = open(anna);
		await Promise.all([office.synced(), caseManager.synced()]);
		const denied = permissionDenied(caseManager);
		const bvj = offers.get(caseManager.doc, 'bvj')!;
		offers.put(caseManager.doc, { ...bvj, capacities: bvj.capacities.map((c) => ({ ...c, places: 999 })) });
		await denied;

		const invol = offers.get(office.doc, 'invol')!;
		offers.put(office.doc, { ...invol, capacities: invol.capacities.map((c) => ({ ...c, places: 30 })) });
		const fresh = open(anna);
		await fresh.synced();
		await waitForDoc(fresh.doc, (d) => offers.get(d, 'invol')?.capacities[0]?.places === 30, 'office edit');
		expect(offers.get(fresh.doc, 'bvj')?.capacities.every((c) => c.places === 24)).toBe(true);
	});

	it('keeps the access criteria the plan leaves to the canton in the office’s hands', async () => {
		const office = open(martina);
		const caseManager = open(anna);
		await Promise.all([office.synced(), caseManager.synced()]);
		const denied = permissionDenied(caseManager);
		const seeded = offers.get(caseManager.doc, 'integrationsjahr-orientierung')!;
		expect(seeded.criteria).toMatchObject({ maxLevel: 'A2', source: 'Programm S 1.7 (ABMH), 5.8, 9.5' });
		offers.put(caseManager.doc, {
			...seeded,
			criteria: { ...seeded.criteria, maxLevel: 'B2', wording: 'eigene Regel' }
		});
		await denied;

		const wording = 'ABMH-Weisung 2027: Integrationsjahr Orientierung unter A2, 16–24 Jahre.';
		offers.put(office.doc, { ...seeded, criteria: { ...seeded.criteria, maxAge: 24, wording, source: 'ABMH 2027' } });
		const fresh = open(anna);
		await fresh.synced();
		await waitForDoc(
			fresh.doc,
			(d) => offers.get(d, 'integrationsjahr-orientierung')?.criteria.wording === wording,
			'office criteria'
		);
		expect(offers.get(fresh.doc, 'integrationsjahr-orientierung')?.criteria).toMatchObject({
			maxAge: 24,
			maxLevel: 'A2',
			source: 'ABMH 2027'
		});
	});
});
