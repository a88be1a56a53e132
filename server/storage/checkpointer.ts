/**
 * Moves the SQLite write-ahead log into the database file from a worker thread.
 *
 * Left to itself SQLite checkpoints inside whichever commit crosses `wal_autocheckpoint`: that
 * commit then copies the log and fsyncs twice, and with better-sqlite3 it does so on the event
 * loop, so the edit that happens to trigger it (and everything queued behind it) waits
 * milliseconds. The sync benchmark showed these stalls in Lotse's p99. Here the server's own
 * connection never checkpoints; a second connection in a worker looks every `everyMs` and,
 * once the log has grown as far as SQLite would let it, runs a PASSIVE checkpoint, which
 * neither waits for nor blocks the writer (WAL allows both at once).
 *
 * Durability is unchanged: a commit is in the log before it returns either way, and the
 * worker's connection uses the same `synchronous` level, so the copy into the database file is
 * fsynced as before. If the worker fails, the server's connection checkpoints again by itself.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db, Durability } from '../db';
import type { Log } from '../log';

/** SQLite's default: checkpoint once the log holds this many pages. */
const AUTOCHECKPOINT_PAGES = 1000;

export interface CheckpointResult {
	/** Frames in the log when the checkpoint ran. */
	log: number;
	/** Frames of it now copied into the database file. */
	checkpointed: number;
}

/**
 * The worker's code. Plain CommonJS passed as a string, so that it runs the same under tsx in
 * development and in tests, without a build step of its own.
 */
const WORKER_SOURCE = `
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('synchronous = ' + workerData.synchronous);
const logBytes = () => {
	try {
		return fs.statSync(workerData.file + '-wal').size;
	} catch {
		return 0;
	}
};
const checkpoint = () => {
	try {
		const [row] = db.pragma('wal_checkpoint(PASSIVE)');
		parentPort.postMessage({ type: 'checkpointed', log: row.log, checkpointed: row.checkpointed });
	} catch (error) {
		parentPort.postMessage({ type: 'failed', error: String(error) });
	}
};
// As often as SQLite itself would (the log passed the same size), only elsewhere.
const timer = setInterval(() => {
	if (logBytes() >= workerData.minLogBytes) checkpoint();
}, workerData.everyMs);
parentPort.on('message', (message) => {
	if (message === 'now') return checkpoint();
	if (message === 'stop') {
		clearInterval(timer);
		db.close();
		parentPort.close();
	}
});
parentPort.postMessage({ type: 'ready' });
`;

type WorkerMessage =
	{ type: 'ready' } | ({ type: 'checkpointed' } & CheckpointResult) | { type: 'failed'; error: string };

export class Checkpointer {
	#db: Db;
	#log: Log;
	#worker: Worker;
	#ready: Promise<void>;
	#waiting: { resolve(result: CheckpointResult): void; reject(error: Error): void }[] = [];
	#stopped = false;

	/** Starts the worker; resolves once it has its connection, so no log frame is left unattended. */
	static async start(db: Db, durability: Durability, log: Log, everyMs = 1000): Promise<Checkpointer> {
		const checkpointer = new Checkpointer(db, durability, log, everyMs);
		await checkpointer.#ready;
		return checkpointer;
	}

	private constructor(db: Db, durability: Durability, log: Log, everyMs: number) {
		this.#db = db;
		this.#log = log;
		const require = createRequire(import.meta.url);
		this.#worker = new Worker(WORKER_SOURCE, {
			eval: true,
			workerData: {
				driver: require.resolve('better-sqlite3'),
				file: db.name,
				synchronous: durability === 'full' ? 'FULL' : 'NORMAL',
				everyMs,
				minLogBytes: AUTOCHECKPOINT_PAGES * Number(db.pragma('page_size', { simple: true }))
			}
		});
		// The worker must not keep the process alive on its own (shutdown stops it explicitly).
		this.#worker.unref();
		this.#ready = new Promise((resolve, reject) => {
			this.#worker.once('error', reject);
			this.#worker.on('message', (message: WorkerMessage) => {
				if (message.type === 'ready') {
					db.pragma('wal_autocheckpoint = 0');
					resolve();
				} else if (message.type === 'checkpointed') {
					for (const waiting of this.#waiting.splice(0))
						waiting.resolve({ log: message.log, checkpointed: message.checkpointed });
				} else {
					this.#log.warn('db.checkpoint_failed', { error: message.error });
				}
			});
		});
		this.#worker.on('error', (error) => this.#fallBack(String(error)));
		this.#worker.on('exit', (code) => {
			if (!this.#stopped) this.#fallBack(`worker exited with ${code}`);
		});
	}

	/** Runs a checkpoint now and resolves with its result (tests, and before a backup). */
	checkpoint(): Promise<CheckpointResult> {
		if (this.#stopped) return Promise.reject(new Error('checkpointer stopped'));
		return new Promise((resolve, reject) => {
			this.#waiting.push({ resolve, reject });
			this.#worker.postMessage('now');
		});
	}

	/** Stops the worker; the server's connection checkpoints on its own again (e.g. when it closes). */
	async stop(): Promise<void> {
		if (this.#stopped) return;
		this.#stopped = true;
		for (const waiting of this.#waiting.splice(0)) waiting.reject(new Error('checkpointer stopped'));
		const exited = new Promise<void>((resolve) => this.#worker.once('exit', () => resolve()));
		// Held until it has exited: at shutdown nothing else may keep the process alive, and a
		// process that ends here would skip closing the database and releasing the pid file.
		this.#worker.ref();
		this.#worker.postMessage('stop');
		await exited;
		if (this.#db.open) this.#db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
	}

	#fallBack(reason: string): void {
		this.#stopped = true;
		this.#log.error('db.checkpointer_stopped', { error: reason });
		for (const waiting of this.#waiting.splice(0)) waiting.reject(new Error(reason));
		if (this.#db.open) this.#db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
	}
}
