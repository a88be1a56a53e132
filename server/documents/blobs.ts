/**
 * Content-addressed blob store for uploaded documents: $LOTSE_DATA_DIR/blobs/<aa>/<sha256>.
 *
 * A blob is streamed into a temp file beside the store (same file system), hashed and counted
 * while it streams, fsynced, and only then renamed to its address: rename is atomic, so a blob
 * at its address is always complete. An upload that fails half-way (too large, wrong type,
 * connection lost) leaves at most its temp file, which is deleted at once and, should the
 * process die first, swept at the next start. Identical content is stored once.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type BlobFailure = 'size' | 'type' | 'interrupted';

export class BlobError extends Error {
	readonly failure: BlobFailure;
	constructor(failure: BlobFailure, message: string, options?: ErrorOptions) {
		super(message, options);
		this.failure = failure;
	}
}

export interface WriteOptions {
	maxBytes: number;
	/** How many leading bytes `accept` needs to see. */
	sniffBytes: number;
	/** Decides from the first bytes whether the content is allowed at all. */
	accept(head: Uint8Array): boolean;
}

export interface Written {
	hash: string;
	size: number;
}

const TEMP_SUFFIX = '.part';
const HASH = /^[0-9a-f]{64}$/;

export class BlobStore {
	readonly dir: string;

	constructor(dir: string) {
		this.dir = dir;
		fs.mkdirSync(dir, { recursive: true });
	}

	/** Deletes temp files left by a process that died mid-upload; returns how many. */
	sweep(): number {
		let removed = 0;
		for (const name of fs.readdirSync(this.dir)) {
			if (!name.endsWith(TEMP_SUFFIX)) continue;
			fs.rmSync(path.join(this.dir, name), { force: true });
			removed++;
		}
		return removed;
	}

	path(hash: string): string {
		if (!HASH.test(hash)) throw new TypeError(`not a sha256: ${hash}`);
		return path.join(this.dir, hash.slice(0, 2), hash);
	}

	has(hash: string): boolean {
		return HASH.test(hash) && fs.existsSync(this.path(hash));
	}

	/**
	 * Deletes a blob (erasure). The file is unlinked and its directory entry made durable; the
	 * file system may keep the freed blocks until it reuses them, which no file in the data
	 * directory shows any more.
	 */
	remove(hash: string): boolean {
		if (!this.has(hash)) return false;
		const file = this.path(hash);
		fs.rmSync(file, { force: true });
		const dir = fs.openSync(path.dirname(file), 'r');
		try {
			fs.fsyncSync(dir);
		} finally {
			fs.closeSync(dir);
		}
		return true;
	}

	/** Streams `source` into the store. Rejects with BlobError and leaves nothing behind. */
	async write(source: ReadableStream<Uint8Array>, options: WriteOptions): Promise<Written> {
		const temp = path.join(this.dir, `${randomUUID()}${TEMP_SUFFIX}`);
		const file = await fs.promises.open(temp, 'wx');
		const reader = source.getReader();
		let closed = false;
		try {
			const hash = createHash('sha256');
			let size = 0;
			let head: Uint8Array | null = new Uint8Array(0);
			for (;;) {
				let chunk: ReadableStreamReadResult<Uint8Array>;
				try {
					chunk = await reader.read();
				} catch (error) {
					throw isTooLarge(error)
						? new BlobError('size', 'too large', { cause: error })
						: new BlobError('interrupted', 'upload interrupted', { cause: error });
				}
				if (chunk.done) break;
				const bytes = chunk.value;
				size += bytes.length;
				if (size > options.maxBytes) throw new BlobError('size', `larger than ${options.maxBytes} bytes`);
				if (head) {
					head = concat(head, bytes);
					if (head.length >= options.sniffBytes) {
						if (!options.accept(head)) throw new BlobError('type', 'content does not match an allowed type');
						head = null;
					}
				}
				hash.update(bytes);
				await file.write(bytes);
			}
			// Shorter than the sniff window: judge what there is.
			if (head && !options.accept(head)) throw new BlobError('type', 'content does not match an allowed type');
			await file.sync();
			await file.close();
			closed = true;
			const digest = hash.digest('hex');
			const target = this.path(digest);
			if (fs.existsSync(target)) {
				await fs.promises.rm(temp, { force: true });
			} else {
				await fs.promises.mkdir(path.dirname(target), { recursive: true });
				await fs.promises.rename(temp, target);
				await syncDir(path.dirname(target));
			}
			return { hash: digest, size };
		} catch (error) {
			// Stop reading, but leave the request to the HTTP layer, so a 413 can still be answered.
			reader.releaseLock();
			if (!closed) await file.close().catch(() => undefined);
			await fs.promises.rm(temp, { force: true });
			throw error;
		}
	}
}

/** SvelteKit's own body-size guard errors the stream with status 413. */
function isTooLarge(error: unknown): boolean {
	return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 413;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}

/** Makes a rename durable: the directory entry must reach the disk too. */
async function syncDir(dir: string): Promise<void> {
	const handle = await fs.promises.open(dir, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}
