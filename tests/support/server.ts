/**
 * Starts the real Lotse server as a child process on a free loopback port, with its own data
 * directory, and waits until it listens (by reading its log, not by sleeping).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export interface RunningServer {
	url: string;
	port: number;
	dataDir: string;
	process: ChildProcess;
	/** Log lines seen so far (JSON events). */
	log: Record<string, unknown>[];
	waitForLog(
		predicate: (line: Record<string, unknown>) => boolean,
		timeoutMs?: number
	): Promise<Record<string, unknown>>;
	kill(signal?: NodeJS.Signals): Promise<void>;
}

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function tempDataDir(label = 'lotse-test-'): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), label));
}

export async function startServer(
	options: { dataDir?: string; env?: Record<string, string>; port?: number } = {}
): Promise<RunningServer> {
	const dataDir = options.dataDir ?? tempDataDir();
	// LOTSE_SERVER_NODE_ARGS: extra flags for the server process, e.g. --cpu-prof when profiling a benchmark.
	const extra = (process.env.LOTSE_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
	const child = spawn(process.execPath, [...extra, '--import', 'tsx', path.join(ROOT, 'server/main.ts')], {
		cwd: ROOT,
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(options.port ?? 0),
			LOTSE_DATA_DIR: dataDir,
			LOTSE_BUILD_DIR: path.join(ROOT, 'build'),
			LOTSE_LOG_LEVEL: 'info',
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const log: Record<string, unknown>[] = [];
	const waiters: {
		predicate: (line: Record<string, unknown>) => boolean;
		resolve: (line: Record<string, unknown>) => void;
	}[] = [];
	const stderr: string[] = [];
	child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
	readline.createInterface({ input: child.stdout! }).on('line', (line) => {
		if (!line.startsWith('{')) return;
		const event = JSON.parse(line) as Record<string, unknown>;
		log.push(event);
		for (const waiter of [...waiters]) {
			if (waiter.predicate(event)) {
				waiters.splice(waiters.indexOf(waiter), 1);
				waiter.resolve(event);
			}
		}
	});
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

	const waitForLog = (predicate: (line: Record<string, unknown>) => boolean, timeoutMs = 60_000) => {
		const seen = log.find(predicate);
		if (seen) return Promise.resolve(seen);
		return new Promise<Record<string, unknown>>((resolve, reject) => {
			const timer = setTimeout(
				() => reject(new Error(`timed out waiting for a log line; stderr: ${stderr.join('')}`)),
				timeoutMs
			);
			waiters.push({
				predicate,
				resolve: (line) => {
					clearTimeout(timer);
					resolve(line);
				}
			});
			void exited.then((code) => {
				clearTimeout(timer);
				reject(new Error(`server exited with ${code}: ${stderr.join('')}`));
			});
		});
	};

	const listening = await waitForLog((e) => e.event === 'server.listening', 120_000);
	const port = Number(listening.port);
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		dataDir,
		process: child,
		log,
		waitForLog,
		kill: async (signal = 'SIGTERM') => {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill(signal);
			await exited;
		}
	};
}

export async function signIn(url: string, username: string, password: string): Promise<string> {
	const response = await fetch(`${url}/api/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: url },
		body: JSON.stringify({ username, password })
	});
	if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status} ${await response.text()}`);
	return ((await response.json()) as { token: string }).token;
}

/** Uploads a document to a case as the upload endpoint expects it (raw body, name in X-File-Name). */
export function uploadDocument(
	url: string,
	token: string,
	caseId: string,
	name: string,
	body: BodyInit
): Promise<Response> {
	return fetch(`${url}/api/cases/${caseId}/documents`, {
		method: 'POST',
		headers: {
			authorization: `Bearer ${token}`,
			'content-type': 'application/octet-stream',
			'x-file-name': encodeURIComponent(name),
			origin: url
		},
		body,
		duplex: 'half'
	} as RequestInit);
}

/** Resolves when `check` returns true, re-checking on every event of `subscribe`. */
export function until(
	check: () => boolean,
	subscribe: (notify: () => void) => () => void,
	timeoutMs = 10_000,
	what = 'condition'
): Promise<void> {
	return new Promise((resolve, reject) => {
		if (check()) return resolve();
		const timer = setTimeout(() => {
			unsubscribe();
			reject(new Error(`timed out waiting for ${what}`));
		}, timeoutMs);
		const unsubscribe = subscribe(() => {
			if (!check()) return;
			clearTimeout(timer);
			unsubscribe();
			resolve();
		});
	});
}
