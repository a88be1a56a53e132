/**
 * Administrators cannot give themselves case access (issue 10, point 8): changing one's own
 * roles or agency is refused; case roles for an administrator account (given by another
 * administrator, or at creation) wait until the data protection officer confirms them; the
 * request and the decision are both in the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawUpgrade } from '../support/clients';
import { signIn, startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let stefan: string; // administrator
let barbara: string; // data protection officer
let caseId: string;

beforeAll(async () => {
	server = await startServer();
	[stefan, barbara] = await Promise.all([
		signIn(server.url, 'stefan.hug', 'lotse-demo'),
		signIn(server.url, 'barbara.meier', 'lotse-demo')
	]);
	const anna = await signIn(server.url, 'anna.keller', 'lotse-demo');
	const { cases } = (await (
		await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${anna}` } })
	).json()) as { cases: { id: string }[] };
	caseId = cases[0]!.id;
}, 120_000);

afterAll(async () => {
	await server?.kill();
});

function post(token: string, path: string, body: unknown): Promise<Response> {
	return fetch(`${server.url}${path}`, {
		method: 'POST',
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', origin: server.url },
		body: JSON.stringify(body)
	});
}

async function opens(token: string, doc: string): Promise<boolean> {
	const result = await rawUpgrade(server.url, `/sync/${doc}?token=${token}`);
	if ('open' in result) {
		result.open.close();
		return true;
	}
	return false;
}

async function auditOf(userId: string): Promise<string[]> {
	const response = await fetch(`${server.url}/api/audit/users/${userId}`, {
		headers: { authorization: `Bearer ${barbara}` }
	});
	return ((await response.json()) as { entries: { summary: string }[] }).entries.map((e) => e.summary);
}

const grantCaseManager = {
	op: 'updateUser',
	id: 'u-stefan-hug',
	roles: ['admin', 'case_manager'],
	agencyId: 'sr-wasseramt'
};

describe('administrators and case access', () => {
	it('refuses an administrator’s change of his own roles or agency', async () => {
		const self = await post(stefan, '/api/admin', grantCaseManager);
		expect(self.status).toBe(403);
		expect(await self.json()).toMatchObject({ code: 'self' });
		const move = await post(stefan, '/api/admin', { op: 'updateUser', id: 'u-stefan-hug', agencyId: 'sr-wasseramt' });
		expect(move.status).toBe(403);
		expect(await opens(stefan, `case/${caseId}/confidential`)).toBe(false);
		expect(await opens(stefan, `case/${caseId}`)).toBe(false);
	});

	it('lets case roles for an administrator take effect only after the data protection officer confirms', async () => {
		// A second administrator, created by the first.
		const created = await post(stefan, '/api/admin', {
			op: 'createUser',
			username: 'admin.zwei',
			displayName: 'Admin Zwei',
			agencyId: 'ags',
			roles: ['admin'],
			password: 'zweites-passwort'
		});
		expect(created.status).toBe(200);
		const second = await signIn(server.url, 'admin.zwei', 'zweites-passwort');

		const requested = await post(second, '/api/admin', grantCaseManager);
		expect(requested.status).toBe(202);
		const { pending } = (await requested.json()) as { pending: { id: string } };
		expect(await opens(stefan, `case/${caseId}`)).toBe(false);

		const listed = (await (
			await fetch(`${server.url}/api/admin/grants`, { headers: { authorization: `Bearer ${barbara}` } })
		).json()) as { grants: { id: string; userId: string; roles: string[] }[] };
		expect(listed.grants).toContainEqual(
			expect.objectContaining({ id: pending.id, userId: 'u-stefan-hug', roles: ['admin', 'case_manager'] })
		);
		// Neither administrator can confirm it: only the data protection officer.
		expect((await post(stefan, '/api/admin/grants', { id: pending.id, decision: 'confirm' })).status).toBe(403);
		expect((await post(second, '/api/admin/grants', { id: pending.id, decision: 'confirm' })).status).toBe(403);
		expect(await opens(stefan, `case/${caseId}`)).toBe(false);

		const confirmed = await post(barbara, '/api/admin/grants', { id: pending.id, decision: 'confirm' });
		expect(confirmed.status).toBe(200);
		expect(await opens(stefan, `case/${caseId}`)).toBe(true);
		// Decided once: a second decision finds nothing pending.
		expect((await post(barbara, '/api/admin/grants', { id: pending.id, decision: 'reject' })).status).toBe(404);

		// Both steps are on the record, with who did them.
		expect(await auditOf('u-admin-zwei')).toContainEqual(expect.stringContaining('Rollenvergabe beantragt'));
		expect(await auditOf('u-barbara-meier')).toContainEqual(expect.stringContaining('Rollenvergabe bestätigt'));
	});

	it('creates an administrator with case roles without them until they are confirmed, and a rejection grants nothing', async () => {
		const created = await post(stefan, '/api/admin', {
			op: 'createUser',
			username: 'admin.drei',
			displayName: 'Admin Drei',
			agencyId: 'sr-wasseramt',
			roles: ['admin', 'team_lead'],
			password: 'drittes-passwort'
		});
		expect(created.status).toBe(202);
		const { user, pending } = (await created.json()) as { user: { roles: string[] }; pending: { id: string } };
		expect(user.roles).toEqual(['admin']);
		const third = await signIn(server.url, 'admin.drei', 'drittes-passwort');
		expect(await opens(third, `case/${caseId}`)).toBe(false);
		expect((await post(barbara, '/api/admin/grants', { id: pending.id, decision: 'reject' })).status).toBe(200);
		expect(await opens(third, `case/${caseId}`)).toBe(false);
		expect(await auditOf('u-barbara-meier')).toContainEqual(expect.stringContaining('Rollenvergabe abgelehnt'));
	});
});
