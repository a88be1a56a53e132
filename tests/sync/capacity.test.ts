/**
 * The capacity overview's server side: measures written into case docs by a client reach the
 * bookings projection, /api/capacity counts them for everyone in the canton, and names the
 * cases only to users who may read them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Booking } from '../../src/lib/charts/capacity';
import { writeCapacityFixture } from '../support/capacity-fixture';
import { signIn, startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let ids: string[];

beforeAll(async () => {
	server = await startServer();
	ids = await writeCapacityFixture(server.url);
});

afterAll(async () => {
	await server?.kill();
});

async function capacity(
	username: string,
	version = ''
): Promise<{ version: string; unchanged?: boolean; bookings?: Booking[] }> {
	const token = await signIn(server.url, username, 'lotse-demo');
	const response = await fetch(`${server.url}/api/capacity?version=${encodeURIComponent(version)}`, {
		headers: { authorization: `Bearer ${token}` }
	});
	expect(response.status).toBe(200);
	return (await response.json()) as { version: string; bookings?: Booking[] };
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
	for (let i = 0; i < 100; i++) {
		const value = await read();
		if (ok(value)) return value;
		await new Promise((resolve) => setTimeout(resolve, 100)); // polling the HTTP API, as the page does
	}
	throw new Error('condition not reached');
}

describe('offer capacity across all plans', () => {
	it('counts bookings from every case and names only readable cases', async () => {
		const own = await eventually(
			() => capacity('anna.keller'),
			(b) => (b.bookings ?? []).filter((x) => x.offerId.startsWith('fx-')).length === 4
		);
		const mine = own.bookings!.filter((b) => b.offerId === 'fx-deutsch-a1');
		expect(mine.map((b) => b.status).sort()).toEqual(['registered', 'registered', 'running']);
		expect(mine.every((b) => b.caseId !== null && ids.includes(b.caseId) && b.personName)).toBe(true);

		const other = await capacity('lea.kaufmann'); // sr-olten: counts yes, cases no
		const theirs = other.bookings!.filter((b) => b.offerId === 'fx-deutsch-a1');
		expect(theirs).toHaveLength(3);
		expect(theirs.every((b) => b.caseId === null && b.personName === null && b.measureId === '')).toBe(true);
	});

	it('answers "unchanged" to a client that holds the current version', async () => {
		const first = await capacity('anna.keller');
		const again = await capacity('anna.keller', first.version);
		expect(again).toMatchObject({ unchanged: true, version: first.version });
	});

	it('refuses without a session', async () => {
		const response = await fetch(`${server.url}/api/capacity`);
		expect(response.status).toBe(401);
	});
});
