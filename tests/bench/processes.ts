/**
 * The server processes under benchmark: the reference y-websocket server as a child process,
 * and what both servers share for the memory figures (reading /proc, asking the GC probe).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';

export type LogLine = Record<string, unknown>;

/** What the memory benchmark needs of a server process, Lotse or reference. */
export interface Probed {
	pid: number;
	waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
}

export interface ReferenceServer extends Probed {
	/** ws://127.0.0.1:<port>; a room is ws://127.0.0.1:<port>/<room>. */
	wsUrl: string;
	version: string;
	/** The `ws` it runs on (its own nested copy, which is older than Lotse's). */
	wsVersion: string;
	process: ChildProcess;
	kill(): Promise<void>;
}

/** The GC probe (see gc-probe.js), as a URL for `--import`. */
export const GC_PROBE = pathToFileURL(path.join(import.meta.dirname, 'gc-probe.js')).href;

/** A NODE_OPTIONS value that preloads the GC probe, keeping whatever the caller already had. */
export function nodeOptionsWithProbe(existing = process.env.NODE_OPTIONS ?? ''): string {
	return `${existing} --import "${GC_PROBE}"`.trim();
}

/** A free loopback port. The reference server cannot report the port it picked for PORT=0. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/**
 * Starts `@y/websocket-server` (its own bin, server.js) on loopback, in memory only: the
 * variables that would make it persist (YPERSISTENCE), call back (CALLBACK_URL) or turn off GC
 * (GC) are removed from its environment, so it runs as shipped with defaults.
 */
export async function startReference(options: { probe?: boolean } = {}): Promise<ReferenceServer> {
	const require = createRequire(import.meta.url);
	const packageJson = require.resolve('@y/websocket-server/package.json');
	const { version } = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string };
	const serverJs = path.join(path.dirname(packageJson), 'src/server.js');
	const wsPackage = createRequire(serverJs).resolve('ws/package.json');
	const wsVersion = (JSON.parse(fs.readFileSync(wsPackage, 'utf8')) as { version: string }).version;
	const port = await freePort();

	const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port) };
	for (const name of ['YPERSISTENCE', 'CALLBACK_URL', 'CALLBACK_OBJECTS', 'CALLBACK_TIMEOUT', 'GC', 'NODE_OPTIONS'])
		delete env[name];
	const args = [...(options.probe ? ['--import', GC_PROBE] : []), serverJs];
	const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });

	const log: LogLine[] = [];
	const stderr: string[] = [];
	const waiters = new Set<(line: LogLine) => void>();
	child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
	readline.createInterface({ input: child.stdout! }).on('line', (text) => {
		// The server prints one plain line when it listens; the probe prints JSON.
		const line: LogLine = text.startsWith('{') ? (JSON.parse(text) as LogLine) : { event: 'text', text };
		log.push(line);
		for (const waiter of [...waiters]) waiter(line);
	});
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

	const waitForLog = (predicate: (line: LogLine) => boolean, timeoutMs = 10_000): Promise<LogLine> => {
		const seen = log.find(predicate);
		if (seen) return Promise.resolve(seen);
		return new Promise((resolve, reject) => {
			const done = () => {
				clearTimeout(timer);
				waiters.delete(check);
			};
			const check = (line: LogLine) => {
				if (!predicate(line)) return;
				done();
				resolve(line);
			};
			const timer = setTimeout(() => {
				done();
				reject(new Error(`reference server: timed out waiting for a log line; stderr: ${stderr.join('')}`));
			}, timeoutMs);
			waiters.add(check);
			void exited.then((code) => {
				done();
				reject(new Error(`reference server exited with ${code}: ${stderr.join('')}`));
			});
		});
	};

	const kill = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		await exitWithin(child, exited, 5_000);
	};

	try {
		await waitForLog((line) => typeof line.text === 'string' && line.text.startsWith('running at'));
		// It announces persistence on start; a benchmark against a persisting reference would mislead.
		if (log.some((line) => typeof line.text === 'string' && line.text.includes('Persisting')))
			throw new Error('reference server persists; it must run in memory');
	} catch (error) {
		await kill();
		throw error;
	}
	return { wsUrl: `ws://127.0.0.1:${port}`, version, wsVersion, process: child, pid: child.pid!, waitForLog, kill };
}

/** Waits for a child to exit after a signal; if it does not within `ms`, kills it outright. */
export async function exitWithin(child: ChildProcess, exited: Promise<unknown>, ms: number): Promise<void> {
	let timer: NodeJS.Timeout | undefined;
	const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
	const result = await Promise.race([exited, timedOut]);
	clearTimeout(timer);
	if (result === 'timeout' && child.exitCode === null && child.signalCode === null) {
		child.kill('SIGKILL');
		await exited;
	}
}

/** Resident set size of a process as the kernel reports it (VmRSS in /proc/<pid>/status). */
export function readRss(pid: number): number {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
	if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
	return Number(match[1]) * 1024;
}

export interface MemorySample {
	/** VmRSS as found, before the probe collects garbage. */
	rss: number;
	/** VmRSS right after a full GC. */
	rssAfterGc: number;
	/** V8 heap in use after the GC. */
	heapUsed: number;
	/** V8 heap reserved (committed) after the GC: what the JS heap costs in RSS. */
	heapTotal: number;
	/** Memory of C++ objects bound to JS (Buffers, Uint8Arrays) after the GC. */
	external: number;
}

const probeCounts = new WeakMap<Probed, number>();

/** Reads RSS, then has the probe collect garbage, then reads its figures and RSS again. */
export async function sampleMemory(server: Probed): Promise<MemorySample> {
	const rss = readRss(server.pid);
	const seq = (probeCounts.get(server) ?? 0) + 1;
	probeCounts.set(server, seq);
	process.kill(server.pid, 'SIGUSR2');
	const line = await server.waitForLog((l) => l.event === 'bench.gc' && l.seq === seq, 10_000);
	return {
		rss,
		rssAfterGc: readRss(server.pid),
		heapUsed: Number(line.heapUsed),
		heapTotal: Number(line.heapTotal),
		external: Number(line.external)
	};
}
