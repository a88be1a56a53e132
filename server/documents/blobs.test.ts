import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobStore } from './blobs';

let dir: string;
let store: BlobStore;
const PDF = {
	maxBytes: 1000,
	sniffBytes: 5,
	accept: (head: Uint8Array) => new TextDecoder().decode(head.subarray(0, 5)) === '%PDF-'
};

function stream(...chunks: (string | Error)[]): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			for (const chunk of chunks) {
				if (chunk instanceof Error) return controller.error(chunk);
				controller.enqueue(new TextEncoder().encode(chunk));
			}
			controller.close();
		}
	});
}

const files = () =>
	fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => e.name);

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-blobs-'));
	store = new BlobStore(dir);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('blob store', () => {
	it('stores content under its sha256 once, from chunks split anywhere (even inside the magic bytes)', async () => {
		const a = await store.write(stream('%P', 'DF-1.4 hello'), PDF);
		expect(a).toEqual({ hash: createHash('sha256').update('%PDF-1.4 hello').digest('hex'), size: 14 });
		expect(fs.readFileSync(store.path(a.hash), 'utf8')).toBe('%PDF-1.4 hello');
		const b = await store.write(stream('%PDF-1.4 hello'), PDF);
		expect(b.hash).toBe(a.hash);
		expect(files()).toEqual([a.hash]);
	});

	it.each([
		['a wrong type', stream('<html>…</html>'), 'type'],
		['a too short file', stream('%P'), 'type'],
		['one byte over the limit', stream('%PDF-', 'x'.repeat(996)), 'size'],
		['a stream that breaks off', stream('%PDF-1.4', new Error('aborted')), 'interrupted']
	])('leaves nothing behind for %s', async (_what, source, failure) => {
		await expect(store.write(source, PDF)).rejects.toMatchObject({ failure });
		expect(files()).toEqual([]);
	});

	it('accepts exactly the limit', async () => {
		expect((await store.write(stream('%PDF-', 'x'.repeat(995)), PDF)).size).toBe(1000);
	});

	it('sweeps temp files a crashed process left', () => {
		fs.writeFileSync(path.join(dir, 'abc.part'), 'half');
		expect(store.sweep()).toBe(1);
		expect(files()).toEqual([]);
	});
});
