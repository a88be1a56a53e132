/**
 * The access matrix over the real server: every role × every doc kind × read/write, without and
 * with a consent-covered share, over websocket (upgrade, and whether a write is applied) and
 * over HTTP (/api/access, which must agree), plus the non-doc actions of the /api endpoints.
 * Then: revocation closes a live connection; an assessor link reaches its form and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, rawUpgrade, type Client } from '../support/clients';
import { signIn, startServer, until, type RunningServer } from '../support/server';
import { tryWrite, upgradeStatus } from '../support/wire';

const PASSWORD = 'lotse-demo';
const USERS = {
	anna: 'anna.keller', // case manager, sr-wasseramt (responsible)
	regula: 'regula.brunner', // team lead, sr-wasseramt
	thomas: 'thomas.affolter', // integration officer, sr-wasseramt
	lea: 'lea.kaufmann', // case manager, sr-olten (other social region)
	urs: 'urs.wuethrich', // partner reader, RAV Solothurn
	jonas: 'jonas.emch', // course provider
	andreas: 'andreas.roth', // external assessor (provider)
	stefan: 'stefan.hug', // admin, AGS
	barbara: 'barbara.meier' // data protection officer, AGS
} as const;
type Who = keyof typeof USERS;
const WHO = Object.keys(USERS) as Who[];
const DOCS = ['case', 'confidential', 'offers', 'employers', 'index'] as const;
type Kind = (typeof DOCS)[number];

/** Expected: who may [read, write] each doc kind. Written out, not derived from the rules. */
const WITHOUT_CONSENT: Record<Kind, [Who[], Who[]]> = {
	case: [
		['anna', 'regula', 'thomas'],
		['anna', 'regula']
	],
	confidential: [
		['anna', 'regula'],
		['anna', 'regula']
	],
	offers: [[...WHO], ['stefan']],
	employers: [
		['anna', 'regula', 'thomas'],
		['anna', 'regula', 'thomas']
	],
	index: [['anna', 'regula', 'thomas'], []]
};
/** Shared under consent with RAV Solothurn, both providers, Sozialregion Olten and AGS. */
const WITH_CONSENT: Record<Kind, [Who[], Who[]]> = {
	...WITHOUT_CONSENT,
	case: [
		['anna', 'regula', 'thomas', 'lea', 'urs', 'jonas'],
		['anna', 'regula']
	]
};
const SHARED_WITH = ['rav-solothurn', 'anbieter-sprachschule', 'anbieter-arbeitsintegration', 'sr-olten', 'ags'];

let server: RunningServer;
const tokens = {} as Record<Who, string>;
let plainCase: string;
let sharedCase: string;
const clients: Client[] = [];

const api = (who: Who, path: string, init: RequestInit = {}) =>
	fetch(`${server.url}${path}`, {
		...init,
		headers: {
			authorization: `Bearer ${tokens[who]}`,
			'content-type': 'application/json',
			origin: server.url,
			...init.headers
		}
	});
const post = (who: Who, path: string, body: unknown) => api(who, path, { method: 'POST', body: JSON.stringify(body) });

function docName(kind: Kind, caseId: string): string {
	return {
		case: `case/${caseId}`,
		confidential: `case/${caseId}/confidential`,
		offers: 'offers/so',
		employers: 'employers/bucheggberg-wasseramt',
		index: 'index/sr-wasseramt'
	}[kind];
}

beforeAll(async () => {
	server = await startServer();
	for (const who of WHO) tokens[who] = await signIn(server.url, USERS[who], PASSWORD);
	const { cases } = (await (await api('anna', '/api/cases')).json()) as { cases: { id: string }[] };
	[plainCase, sharedCase] = [cases[0]!.id, cases[1]!.id];
	const consentBody = {
		op: 'consent',
		kind: 'specific',
		agencies: SHARED_WITH,
		parts: ['case'],
		validFrom: '2020-01-01'
	};
	// The signed form must be a document of the case: a made-up reference is refused.
	expect(
		(await post('anna', `/api/cases/${sharedCase}/privacy`, { ...consentBody, documentRef: 'Formular E-2025-17' }))
			.status
	).toBe(400);
	const consent = await post('anna', `/api/cases/${sharedCase}/privacy`, consentBody);
	expect(consent.status).toBe(200);
	for (const agencyId of SHARED_WITH)
		expect((await post('anna', `/api/cases/${sharedCase}/privacy`, { op: 'share', agencyId })).status).toBe(200);
}, 120_000);

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

describe.each([
	['without consent', () => plainCase, WITHOUT_CONSENT],
	['with a consent-covered share', () => sharedCase, WITH_CONSENT]
] as const)('access matrix %s', (_label, caseId, expected) => {
	it.each(DOCS)('%s: every role, read and write, websocket and HTTP', async (kind) => {
		const doc = docName(kind, caseId());
		const [readers, writers] = expected[kind];
		const seen: Record<string, { read: number; write: boolean | null; httpRead: boolean; httpWrite: boolean }> = {};
		const want: typeof seen = {};
		for (const who of WHO) {
			const status = await upgradeStatus(server.url, doc, tokens[who]);
			const write = status === 101 ? await tryWrite(server.url, doc, tokens[who], `${who}-${Date.now()}`) : null;
			const decision = async (action: string) =>
				(
					(await (await api(who, `/api/access?doc=${encodeURIComponent(doc)}&action=${action}`)).json()) as {
						allow: boolean;
					}
				).allow;
			seen[who] = { read: status, write, httpRead: await decision('read'), httpWrite: await decision('write') };
			const mayRead = readers.includes(who);
			want[who] = {
				read: mayRead ? 101 : 403,
				write: mayRead ? writers.includes(who) : null,
				httpRead: mayRead,
				httpWrite: writers.includes(who)
			};
		}
		expect(seen).toEqual(want);
	});
});

describe('HTTP endpoints ask the same function', () => {
	it('share, audit, erase-guarded and admin endpoints answer per role', async () => {
		const cells: Record<string, Record<Who, number>> = {
			privacy: {} as Record<Who, number>,
			audit: {} as Record<Who, number>,
			admin: {} as Record<Who, number>,
			userAudit: {} as Record<Who, number>
		};
		for (const who of WHO) {
			cells.privacy![who] = (await api(who, `/api/cases/${plainCase}/privacy`)).status;
			cells.audit![who] = (await api(who, `/api/cases/${plainCase}/audit`)).status;
			cells.admin![who] = (await api(who, '/api/admin')).status;
			cells.userAudit![who] = (await api(who, '/api/audit/users/u-anna-keller')).status;
		}
		const only = (allowed: Who[]) => Object.fromEntries(WHO.map((w) => [w, allowed.includes(w) ? 200 : 403]));
		expect(cells).toEqual({
			privacy: only(['anna', 'regula']),
			audit: only(['anna', 'regula', 'barbara']),
			admin: only(['stefan']),
			userAudit: only(['barbara'])
		});
	});

	it('refuses a share without a covering consent, with the reason', async () => {
		const response = await post('anna', `/api/cases/${plainCase}/privacy`, { op: 'share', agencyId: 'rav-solothurn' });
		expect(response.status).toBe(409);
		expect(((await response.json()) as { error: string }).error).toMatch(/no valid consent covers/);
	});
});

describe('consent revocation', () => {
	it('closes the partner’s live connection at once and refuses the next sync', async () => {
		const { cases } = (await (await api('anna', '/api/cases')).json()) as { cases: { id: string }[] };
		const caseId = cases[2]!.id;
		const consent = (await (
			await post('anna', `/api/cases/${caseId}/privacy`, {
				op: 'consent',
				kind: 'general',
				parts: ['case'],
				validFrom: '2020-01-01'
			})
		).json()) as { id: string };
		expect(
			(await post('anna', `/api/cases/${caseId}/privacy`, { op: 'share', agencyId: 'rav-solothurn' })).status
		).toBe(200);
		const urs = connect(server.url, `case/${caseId}`, tokens.urs);
		clients.push(urs);
		await urs.synced();
		const closes: number[] = [];
		urs.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));

		expect((await post('anna', `/api/cases/${caseId}/privacy`, { op: 'revokeConsent', id: consent.id })).status).toBe(
			200
		);
		await until(
			() => closes.includes(4403),
			(notify) => (urs.provider.on('connection-close', notify), () => urs.provider.off('connection-close', notify)),
			10_000,
			'close 4403'
		);
		expect(await upgradeStatus(server.url, `case/${caseId}`, tokens.urs)).toBe(403);
	});
});

describe('assessor link', () => {
	it('reaches its assessment form and nothing else, and dies on revocation', async () => {
		const expiresAt = Date.now() + 86_400_000;
		const issued = (await (
			await post('anna', `/api/cases/${plainCase}/privacy`, { op: 'link', expiresAt })
		).json()) as { token: string; link: { id: string } };
		const form = await fetch(`${server.url}/api/assess/${issued.token}`);
		expect(form.status).toBe(200);
		const body = (await form.json()) as { values: Record<string, unknown> };
		expect(Object.keys(body.values).sort()).toEqual([
			'assessor',
			'barriers',
			'digitalSkills',
			'employable',
			'firstLanguage',
			'goals',
			'placeable',
			'resources',
			'schoolingYears',
			'vocationalTraining'
		]);
		expect(JSON.stringify(body)).not.toMatch(/lastName|zemis|caseInfo/);
		const put = await fetch(`${server.url}/api/assess/${issued.token}`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', origin: server.url },
			body: JSON.stringify({ values: { goals: 'Pflegehelfer SRK', lastName: 'ignoriert' } })
		});
		expect(put.status).toBe(200);
		expect(
			((await (await fetch(`${server.url}/api/assess/${issued.token}`)).json()) as { values: { goals: string } }).values
				.goals
		).toBe('Pflegehelfer SRK');

		// The token opens no doc and no other API.
		for (const doc of [`case/${plainCase}`, `case/${plainCase}/confidential`]) {
			const answer = await rawUpgrade(server.url, `/sync/${doc}?token=${issued.token}`);
			expect('status' in answer ? answer.status : 101).toBe(401);
		}
		expect(
			(await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${issued.token}` } })).status
		).toBe(401);

		expect(
			(await post('anna', `/api/cases/${plainCase}/privacy`, { op: 'revokeLink', id: issued.link.id })).status
		).toBe(200);
		expect((await fetch(`${server.url}/api/assess/${issued.token}`)).status).toBe(410);
	});

	it('fails after expiry', async () => {
		const issued = (await (
			await post('anna', `/api/cases/${plainCase}/privacy`, { op: 'link', expiresAt: Date.now() + 1500 })
		).json()) as { token: string };
		expect((await fetch(`${server.url}/api/assess/${issued.token}`)).status).toBe(200);
		await new Promise((resolve) => setTimeout(resolve, 1600)); // the one wait: for a real clock to pass the expiry
		expect((await fetch(`${server.url}/api/assess/${issued.token}`)).status).toBe(410);
	});
});
