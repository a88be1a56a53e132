/**
 * The person-register import accounts for every row (issue 10, point 12): an unterminated quote
 * on line 3 of a 22-line file refuses the whole file with that line, and nothing is written;
 * otherwise every row is imported, unchanged or rejected with its PHYSICAL line, also after a
 * quoted field that spans lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startServer, type RunningServer } from '../support/server';

const HEADER = 'ZEMIS-Nr;Nachname;Vorname;Geburtsdatum;Geschlecht;Nationalität;Status;Einreisedatum;Kanton;Gemeinde';
let server: RunningServer;
let anna: string;

beforeAll(async () => {
	server = await startServer();
	anna = await signIn(server.url, 'anna.keller', 'lotse-demo');
}, 120_000);

afterAll(async () => {
	await server?.kill();
});

type Report = {
	rows: number;
	created: number;
	updated: number;
	unchanged: number;
	rejected: { line: number; zemis: string; reason: string }[];
};

async function importFile(text: string): Promise<{ status: number; body: Report & { error?: string } }> {
	const response = await fetch(`${server.url}/api/register/import`, {
		method: 'POST',
		headers: { authorization: `Bearer ${anna}`, 'content-type': 'text/csv', origin: server.url },
		body: text
	});
	return { status: response.status, body: (await response.json()) as Report & { error?: string } };
}

/** 21 good rows of Biberist (Anna's agency) with fresh ZEMIS numbers. */
function rows(base: number): string[] {
	return Array.from(
		{ length: 21 },
		(_, i) => `${base + i}-${i % 10};Test${i};Person;01.01.1990;m;SY;F;01.01.2020;SO;Biberist`
	);
}

describe('register import accounting', () => {
	it('refuses a file with an unterminated quote on line 3 whole, with that line, and writes nothing', async () => {
		const lines = rows(71000000);
		lines[1] = lines[1]!.replace('Test1', '"Test1'); // physical line 3
		const refused = await importFile([HEADER, ...lines].join('\r\n'));
		expect(refused.status).toBe(400);
		expect(refused.body.error).toMatch(/^Zeile 3: /);
		// Nothing was written: the repaired file creates all 21.
		const repaired = await importFile([HEADER, ...rows(71000000)].join('\r\n'));
		expect(repaired.status).toBe(200);
		expect(repaired.body).toMatchObject({ rows: 21, created: 21, rejected: [] });
	});

	it('accounts for every row with its physical line, also after a field spanning lines', async () => {
		const lines = rows(72000000);
		lines[1] = lines[1]!.replace('Test1', '"Test1\nzweite Zeile"'); // lines 3–4
		lines[5] = lines[5]!.replace('01.01.1990', '31.02.1990'); // now physical line 8
		const { status, body } = await importFile([HEADER, ...lines].join('\n'));
		expect(status).toBe(200);
		expect(body.rows).toBe(21);
		expect(body.created + body.updated + body.unchanged + body.rejected.length).toBe(body.rows);
		expect(body.rejected.map((r) => [r.line, r.zemis])).toEqual([
			[3, '72000001-1'],
			[8, '72000005-5']
		]);
		expect(body.rejected[1]!.reason).toContain('31.02.1990');
	});
});
