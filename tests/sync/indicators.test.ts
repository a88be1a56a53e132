/**
 * Steering data over the real server: the facts projection follows edits made by a stock Yjs
 * client, the API validates its input, scopes figures by agency or canton, lists only readable
 * persons behind a figure, and saved filters are shared within an agency.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as situation from '../../src/lib/model/situation';
import * as residence from '../../src/lib/model/residence';
import * as person from '../../src/lib/model/person';
import { connect, type Client } from '../support/clients';
import { signIn, startServer, type RunningServer } from '../support/server';

const PASSWORD = 'lotse-demo';
const AT = new Date().toISOString().slice(0, 10);
let server: RunningServer;
let anna: string; // case manager, sr-wasseramt
let marco: string; // case manager, sr-wasseramt
let martina: string; // canton office
let urs: string; // RAV partner
const clients: Client[] = [];

interface Figure {
	id: string;
	numerator: number;
	denominator: number;
	value: number | null;
	target: number | null;
}

async function get(path: string, token: string): Promise<{ status: number; body: Record<string, unknown> }> {
	const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function figure(id: string, token: string): Promise<Figure> {
	const { body } = await get(`/api/indicators?at=${AT}`, token);
	return (body.indicators as Figure[]).find((f) => f.id === id)!;
}

/** Re-asks until the condition holds: the projection is debounced, so it lands a moment later. */
async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (ok(value) || Date.now() > until) return value;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

beforeAll(async () => {
	server = await startServer();
	[anna, marco, martina, urs] = (await Promise.all(
		['anna.keller', 'marco.studer', 'martina.vogt', 'urs.wuethrich'].map((u) => signIn(server.url, u, PASSWORD))
	)) as [string, string, string, string];
}, 180_000);

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

describe('GET /api/indicators', () => {
	it('returns id, numerator, denominator, value and target per indicator', async () => {
		const { status, body } = await get(`/api/indicators?at=${AT}`, anna);
		expect(status).toBe(200);
		expect(body.scope).toBe('agency');
		const sEmp = (body.indicators as Figure[]).find((f) => f.id === 'S-EMP')!;
		expect(sEmp.denominator).toBeGreaterThan(10);
		expect(sEmp.target).toBe(0.4);
		expect(sEmp.value).toBeCloseTo(sEmp.numerator / sEmp.denominator);
	});

	it('gives the canton office the whole canton and a partner agency nothing', async () => {
		const agency = await get(`/api/indicators?at=${AT}`, anna);
		const canton = await get(`/api/indicators?at=${AT}&groupBy=agency`, martina);
		expect(canton.body.scope).toBe('canton');
		expect(canton.body.persons as number).toBeGreaterThan(agency.body.persons as number);
		const keys = (canton.body.groups as { key: string; label: string }[]).map((g) => g.label);
		expect(keys).toContain('Sozialregion Wasseramt');
		const partner = await get(`/api/indicators?at=${AT}`, urs);
		expect(partner.status).toBe(403);
	});

	it('refuses a bad reference date or an unknown groupBy with a clear message', async () => {
		expect(await get('/api/indicators?at=2026-02-30', anna)).toEqual({
			status: 400,
			body: { error: 'parameter "at" must be a real date as YYYY-MM-DD, got "2026-02-30"' }
		});
		expect((await get('/api/indicators?at=30.06.2026', anna)).status).toBe(400);
		expect((await get('/api/indicators', anna)).body.error).toContain('"at" is required');
		const bad = await get(`/api/indicators?at=${AT}&groupBy=shoeSize`, anna);
		expect(bad.status).toBe(400);
		expect(bad.body.error).toBe(
			'unknown groupBy "shoeSize"; allowed: ageBand, sex, status, stay, nationality, agency, manager, municipality, entryYear'
		);
	});

	it('follows an edit: a new job of an S person raises the numerator', async () => {
		const before = await figure('S-EMP', anna);
		const persons = await get(`/api/indicators/S-EMP/persons?at=${AT}`, anna);
		const target = (persons.body.persons as { id: string; counted: boolean }[]).find((p) => !p.counted)!;
		const client = connect(server.url, `case/${target.id}`, anna);
		clients.push(client);
		await client.synced();
		expect(residence.at(residence.list(client.doc), AT)).toBe('S');
		situation.add(client.doc, { kind: 'employed', from: '2020-01-01', labourMarket: 'primary', workload: 80 });
		const after = await eventually(
			() => figure('S-EMP', anna),
			(f) => f.numerator === before.numerator + 1
		);
		expect(after.numerator).toBe(before.numerator + 1);
		expect(after.denominator).toBe(before.denominator);

		// Moving out of the canton takes the person out of the population.
		person.setExtra(client.doc, 'leftCantonDate', '2021-01-01');
		const gone = await eventually(
			() => figure('S-EMP', anna),
			(f) => f.denominator === before.denominator - 1
		);
		expect(gone.denominator).toBe(before.denominator - 1);
	});
});

describe('persons behind a figure', () => {
	it('lists readable persons and only counts the others', async () => {
		const own = await get(`/api/indicators/S-EMP/persons?at=${AT}`, anna);
		expect(own.body.hidden).toBe(0);
		expect((own.body.persons as { name: string }[]).every((p) => p.name.length > 0)).toBe(true);
		const canton = await get(`/api/indicators/S-EMP/persons?at=${AT}`, martina);
		expect(canton.body.total as number).toBeGreaterThan(0);
		expect(canton.body.hidden).toBe(canton.body.total);
		expect(canton.body.persons).toEqual([]);
		expect((await get(`/api/indicators/NOPE/persons?at=${AT}`, anna)).status).toBe(404);
	});
});

describe('client lists and saved filters', () => {
	it('filters the own agency and shares saved filters within it', async () => {
		const criteria = { at: AT, statuses: ['S'], ageMin: 18, ageMax: 64 };
		const response = await fetch(`${server.url}/api/lists`, {
			method: 'POST',
			headers: { authorization: `Bearer ${anna}`, 'content-type': 'application/json' },
			body: JSON.stringify({ criteria })
		});
		const list = (await response.json()) as { count: number; rows: { status: string; age: number }[] };
		expect(list.count).toBe((await figure('S-EMP', anna)).denominator);
		expect(list.rows.every((r) => r.status === 'S' && r.age >= 18 && r.age <= 64)).toBe(true);

		const offers = (await get('/api/lists/offers', anna)).body.offers as { id: string; name: string }[];
		expect(offers.map((o) => o.name)).toContain('integration.arbeit');
		const byOffer = await fetch(`${server.url}/api/lists`, {
			method: 'POST',
			headers: { authorization: `Bearer ${anna}`, 'content-type': 'application/json' },
			body: JSON.stringify({ criteria: { at: AT, offerIds: ['integration-arbeit'] } })
		});
		const withOffer = (await byOffer.json()) as { rows: { measures: string[] }[] };
		expect(withOffer.rows.length).toBeGreaterThan(0);
		expect(withOffer.rows.every((r) => r.measures.includes('integration.arbeit'))).toBe(true);

		const save = (token: string, body: unknown) =>
			fetch(`${server.url}/api/filters`, {
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
				body: JSON.stringify(body)
			});
		const { at: _at, ...withoutDate } = criteria;
		expect((await save(anna, { name: 'S im Erwerbsalter', shared: true, criteria: withoutDate })).status).toBe(201);
		expect((await save(anna, { name: 'privat', shared: false, criteria: {} })).status).toBe(201);
		expect((await save(anna, { name: '', criteria: {} })).status).toBe(400);
		const seen = (await get('/api/filters', marco)).body.filters as { id: string; name: string }[];
		expect(seen.map((f) => f.name)).toEqual(['S im Erwerbsalter']);
		const removed = await fetch(`${server.url}/api/filters/${seen[0]!.id}`, {
			method: 'DELETE',
			headers: { authorization: `Bearer ${marco}` }
		});
		expect(removed.status).toBe(403);
	});
});
