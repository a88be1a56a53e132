/**
 * Documents through the real server: upload streamed as the raw body, listed in the case doc
 * (seen by a stock sync client), downloaded byte for byte with safe headers; wrong type,
 * oversize and an upload cut off half-way leave nothing stored; access per case.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as documents from '../../src/lib/model/documents';
import { MAX_UPLOAD_BYTES } from '../../src/lib/shared/filetypes';
import { connect, waitForDoc, type Client } from '../support/clients';
import { signIn, startServer, uploadDocument, type RunningServer } from '../support/server';

let server: RunningServer;
let anna: string; // case manager, sr-wasseramt
let thomas: string; // integration officer, sr-wasseramt: reads cases, may not write
let lea: string; // case manager, sr-olten
let caseId: string;
let otherCaseId: string;
const clients: Client[] = [];

const PDF = Buffer.concat([
	Buffer.from('%PDF-1.4\n% Lotse test\n'),
	Buffer.alloc(300_000, 7),
	Buffer.from('\n%%EOF\n')
]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);

function post(id: string, token: string, name: string, body: BodyInit): Promise<Response> {
	return uploadDocument(server.url, token, id, name, body);
}

function blobFiles(): string[] {
	const root = path.join(server.dataDir, 'blobs');
	return fs
		.readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => e.name);
}

/** Resolves when the blob store starts a temp file (an upload is being written). */
function tempFileAppears(): Promise<void> {
	return new Promise((resolve) => {
		const watcher = fs.watch(path.join(server.dataDir, 'blobs'), (_event, name) => {
			if (!name?.endsWith('.part')) return;
			watcher.close();
			resolve();
		});
	});
}

beforeAll(async () => {
	server = await startServer();
	[anna, thomas, lea] = (await Promise.all(
		['anna.keller', 'thomas.affolter', 'lea.kaufmann'].map((u) => signIn(server.url, u, 'lotse-demo'))
	)) as [string, string, string];
	const list = async (token: string) =>
		(
			(await (await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
				cases: { id: string }[];
			}
		).cases;
	[caseId] = (await list(anna)).map((c) => c.id) as [string];
	otherCaseId = (await list(anna))[1]!.id;
});

afterAll(async () => {
	for (const client of clients) client.destroy();
	await server?.kill();
});

describe('documents', () => {
	it('stores an upload by its hash, lists it in the case doc and serves the same bytes back', async () => {
		const client = connect(server.url, `case/${caseId}`, anna);
		clients.push(client);
		const response = await post(caseId, anna, 'Lebenslauf Amina Müller.pdf', PDF);
		expect(response.status).toBe(201);
		const { document } = (await response.json()) as { document: documents.DocumentMeta };
		const hash = createHash('sha256').update(PDF).digest('hex');
		expect(document).toMatchObject({
			id: hash,
			name: 'Lebenslauf Amina Müller.pdf',
			size: PDF.length,
			type: 'application/pdf',
			uploadedBy: 'u-anna-keller',
			uploadedByName: 'Anna Keller'
		});
		expect(fs.existsSync(path.join(server.dataDir, 'blobs', hash.slice(0, 2), hash))).toBe(true);

		await waitForDoc(
			client.doc,
			(doc) => documents.list(doc).some((d) => d.id === hash),
			'document listed in the case doc'
		);

		const download = await fetch(`${server.url}/api/documents/${hash}?case=${caseId}`, {
			headers: { authorization: `Bearer ${anna}` }
		});
		expect(download.status).toBe(200);
		expect(download.headers.get('content-type')).toBe('application/pdf');
		expect(download.headers.get('x-content-type-options')).toBe('nosniff');
		expect(download.headers.get('content-disposition')).toBe(
			`attachment; filename="Lebenslauf Amina M_ller.pdf"; filename*=UTF-8''Lebenslauf%20Amina%20M%C3%BCller.pdf`
		);
		expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

		// The same content again is stored and listed once.
		expect((await post(caseId, anna, 'nochmals.pdf', PDF)).status).toBe(201);
		const listed = (await (
			await fetch(`${server.url}/api/cases/${caseId}/documents`, { headers: { authorization: `Bearer ${anna}` } })
		).json()) as { documents: unknown[] };
		expect(listed.documents).toHaveLength(1);
	});

	it('refuses a wrong type by content, not by name or MIME', async () => {
		const before = blobFiles();
		const png = await post(caseId, anna, 'scan.pdf', PNG);
		expect(png.status).toBe(415);
		expect(await png.json()).toMatchObject({ code: 'type' });
		expect((await post(caseId, anna, 'tool.exe', PDF)).status).toBe(415);
		expect((await post(caseId, anna, 'foto.png', PNG)).status).toBe(201);
		expect(blobFiles().length).toBe(before.length + 1);
	});

	it('refuses oversize, declared or streamed, at the limit + 1 and keeps nothing', async () => {
		const before = blobFiles();
		const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX_UPLOAD_BYTES + 1 - 9, 0x20)]);
		expect((await post(caseId, anna, 'gross.pdf', big)).status).toBe(413);
		// Without Content-Length (chunked): the limit is enforced while streaming.
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let offset = 0; offset < big.length; offset += 1 << 20)
					controller.enqueue(big.subarray(offset, offset + (1 << 20)));
				controller.close();
			}
		});
		const streamed = await post(caseId, anna, 'gross.pdf', stream);
		expect(streamed.status).toBe(413);
		expect(await streamed.json()).toMatchObject({ code: 'size' });
		const exact = big.subarray(0, MAX_UPLOAD_BYTES);
		expect((await post(caseId, anna, 'genau-20-MB.pdf', exact)).status).toBe(201);
		expect(blobFiles().length).toBe(before.length + 1);
	});

	it('leaves nothing behind when the connection drops half-way', async () => {
		const before = blobFiles();
		const half = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1_000_000, 0x41)]);
		const request = http.request(`${server.url}/api/cases/${caseId}/documents`, {
			method: 'POST',
			headers: {
				authorization: `Bearer ${anna}`,
				'content-type': 'application/octet-stream',
				'content-length': String(half.length * 2),
				'x-file-name': 'halb.pdf',
				origin: server.url
			}
		});
		request.on('error', () => undefined);
		const writing = tempFileAppears();
		request.write(half);
		await writing; // the server is streaming into its temp file: now cut the connection
		request.destroy();
		await server.waitForLog((e) => e.event === 'documents.rejected' && e.failure === 'interrupted');
		expect(blobFiles()).toEqual(before);
		expect(blobFiles().some((name) => name.endsWith('.part'))).toBe(false);
	});

	it('checks access per case: writers upload, readers download only their cases’ documents', async () => {
		expect((await post(caseId, thomas, 'x.pdf', PDF)).status).toBe(403);
		expect((await post(caseId, lea, 'x.pdf', PDF)).status).toBe(403);
		const hash = createHash('sha256').update(PDF).digest('hex');
		const get = (id: string, token: string) =>
			fetch(`${server.url}/api/documents/${hash}?case=${id}`, { headers: { authorization: `Bearer ${token}` } });
		expect((await get(caseId, thomas)).status).toBe(200);
		expect((await get(caseId, lea)).status).toBe(403);
		// A hash alone opens nothing: the document must belong to the case named.
		expect((await get(otherCaseId, anna)).status).toBe(404);
		expect((await fetch(`${server.url}/api/documents/${hash}?case=${caseId}`)).status).toBe(401);
	});
});
