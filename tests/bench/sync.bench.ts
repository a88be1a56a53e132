/**
 * `npm run bench`: Lotse's sync server against the reference y-websocket server
 * (@y/websocket-server), both as child processes on loopback, driven by stock y-websocket
 * clients in this process.
 *
 * 1. Latency: 50 clients on one doc; each round one client (rotating) makes an edit and the
 *    time until each of the 49 others has it is recorded. Rounds alternate between the two
 *    servers in blocks, so that noise on this machine hits both alike.
 * 2. Throughput: bursts of 1000 edits from one client until all others have the last one;
 *    once to the 49 stock clients, once to 49 bare receivers that only read frames (so that the
 *    server, not this process, sets the pace).
 * 3. Memory: a fresh Lotse (idle docs unloaded after 500 ms) opens 200 distinct case docs,
 *    one client each; RSS before and after, and again once they are closed and unloaded.
 *    The same for the reference server with the same doc contents.
 *
 * Prints a table and writes the figures as JSON to tests/.artifacts/bench/sync-latest.json.
 * Every wait is bounded; the whole run is cut off after DEADLINE_MS; child processes are
 * stopped on success, on error and on Ctrl-C. Linux only (reads /proc).
 *
 * Lotse gets this process's environment (startServer passes it on), so its settings can be
 * varied per run, e.g. `LOTSE_DURABILITY=full npm run bench` to see what an fsync per update costs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { ROOT, signIn, startServer, tempDataDir, type RunningServer } from '../support/server';
import {
	burst,
	bareBurst,
	editRound,
	openClient,
	openBareReceiver,
	sameBytes,
	whenDoc,
	type BenchClient,
	type BurstResult,
	type BareReceiver
} from './load';
import {
	exitWithin,
	nodeOptionsWithProbe,
	sampleMemory,
	startReference,
	type MemorySample,
	type Probed,
	type ReferenceServer
} from './processes';
import { kib, median, mib, ms, ratio, summarize, table, type Summary } from './stats';

const CLIENTS = 50;
/** Measured rounds per server, in blocks of BLOCK, alternating servers block by block. */
const ROUNDS = 600;
const BLOCK = 20;
/** Unmeasured blocks per server first: JIT, socket buffers, the reference's first doc. */
const WARMUP_BLOCKS = 2;
const BURST_EDITS = 1000;
const BURSTS = 3;
/**
 * Bursts stop repeating (after at least one per server and kind) once they took this long: on
 * a machine busy with other work one burst can take 10 s or more, and the run must stay short.
 */
const BURST_BUDGET_MS = 40_000;
const MEMORY_DOCS = 200;
/** Docs opened and closed before the memory baseline, so that it includes warmed-up code. */
const WARM_DOCS = 20;
const IDLE_UNLOAD_MS = 500;
const DEADLINE_MS = 170_000;
const PASSWORD = 'lotse-demo';
const REFERENCE_ROOM = 'bench-case';
const RESULTS_FILE = path.join(ROOT, 'tests/.artifacts/bench/sync-latest.json');

type ServerName = 'lotse' | 'reference';

// -- resources ------------------------------------------------------------------------------

/** Everything to undo at the end, newest first; run once, whatever happened before. */
class Cleanup {
	#tasks: (() => Promise<void> | void)[] = [];
	#ran = false;

	add(task: () => Promise<void> | void): void {
		this.#tasks.push(task);
	}

	async run(): Promise<void> {
		if (this.#ran) return;
		this.#ran = true;
		for (const task of this.#tasks.reverse()) {
			try {
				await task();
			} catch (error) {
				process.stderr.write(`cleanup: ${describe(error)}\n`);
			}
		}
		killChildren();
	}
}

/**
 * Last resort: kills (by pid) any child of this process still alive. startServer does not hand
 * back the child if it fails to start in time, so without this a half-started Lotse could
 * outlive the benchmark.
 */
function killChildren(): void {
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
			if (/^PPid:\s+(\d+)$/m.exec(status)?.[1] === String(process.pid)) process.kill(Number(entry), 'SIGKILL');
		} catch {
			// The process ended while we looked.
		}
	}
}

async function stopLotse(server: RunningServer): Promise<void> {
	if (server.process.exitCode !== null || server.process.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => server.process.once('exit', () => resolve()));
	server.process.kill('SIGTERM');
	await exitWithin(server.process, exited, 10_000);
}

function destroyAll(clients: readonly BenchClient[]): void {
	for (const client of clients) client.destroy();
}

// -- latency and throughput -------------------------------------------------------------------

interface LatencySamples {
	receivers: number[];
	firstReceiver: number[];
	lastReceiver: number[];
	/** Bursts to the 49 stock clients. */
	bursts: BurstResult[];
	/** Bursts to 49 bare receivers (see openBareReceiver). */
	bareBursts: BurstResult[];
}

async function openMany(
	url: string,
	room: string,
	count: number,
	params: (i: number) => Record<string, string>,
	cleanup: Cleanup
): Promise<BenchClient[]> {
	const clients = Array.from({ length: count }, (_, i) => openClient(url, room, params(i)));
	cleanup.add(() => destroyAll(clients));
	await Promise.all(clients.map((c) => c.synced()));
	return clients;
}

async function measureLatency(
	lotse: RunningServer,
	reference: ReferenceServer,
	tokens: readonly string[],
	docName: string,
	cleanup: Cleanup
): Promise<Record<ServerName, LatencySamples>> {
	const lotseWs = lotse.url.replace(/^http/, 'ws') + '/sync';
	const lotseClients = await openMany(
		lotseWs,
		docName,
		CLIENTS,
		(i) => ({ token: tokens[i % tokens.length]! }),
		cleanup
	);

	// The reference room gets the same content as the Lotse doc, so both relay edits to a doc
	// of the same size. One client brings it; the others must have it before rounds start.
	const seed = new Y.Doc();
	Y.applyUpdate(seed, Y.encodeStateAsUpdate(lotseClients[0]!.doc));
	const first = openClient(reference.wsUrl, REFERENCE_ROOM, {}, seed);
	cleanup.add(() => first.destroy());
	await first.synced();
	const others = await openMany(reference.wsUrl, REFERENCE_ROOM, CLIENTS - 1, () => ({}), cleanup);
	const target = Y.encodeStateVector(seed);
	await Promise.all(
		others.map((c) => whenDoc(c.doc, (d) => sameBytes(Y.encodeStateVector(d), target), 'reference doc content', 15_000))
	);
	const clients: Record<ServerName, BenchClient[]> = { lotse: lotseClients, reference: [first, ...others] };

	const samples: Record<ServerName, LatencySamples> = {
		lotse: { receivers: [], firstReceiver: [], lastReceiver: [], bursts: [], bareBursts: [] },
		reference: { receivers: [], firstReceiver: [], lastReceiver: [], bursts: [], bareBursts: [] }
	};
	// Per-server round counters, so both servers see the same sequence of writers.
	const rounds: Record<ServerName, number> = { lotse: 0, reference: 0 };
	const runBlock = async (name: ServerName, measure: boolean) => {
		for (let i = 0; i < BLOCK; i++) {
			const n = rounds[name]++;
			const result = await editRound(clients[name], n % CLIENTS, `${name}-${n}`);
			if (!measure) continue;
			samples[name].receivers.push(...result.receivers);
			samples[name].firstReceiver.push(result.first);
			samples[name].lastReceiver.push(result.last);
		}
	};

	for (let b = 0; b < WARMUP_BLOCKS; b++) {
		await runBlock('lotse', false);
		await runBlock('reference', false);
	}
	// Alternate which server goes first, so neither always follows the other's tail.
	for (let b = 0; b < ROUNDS / BLOCK; b++) {
		const order: ServerName[] = b % 2 === 0 ? ['lotse', 'reference'] : ['reference', 'lotse'];
		for (const name of order) await runBlock(name, true);
	}
	const burstsStarted = performance.now();
	const budgetLeft = () => performance.now() - burstsStarted < BURST_BUDGET_MS;
	for (let b = 0; b < BURSTS && (b === 0 || budgetLeft()); b++) {
		const order: ServerName[] = b % 2 === 0 ? ['lotse', 'reference'] : ['reference', 'lotse'];
		for (const name of order)
			samples[name].bursts.push(await burst(clients[name], 0, `${name}-burst-${b}`, BURST_EDITS));
	}

	// The same bursts with the 49 stock clients replaced by bare receivers, so that the
	// server, not this process applying every update 49 times, sets the pace.
	destroyAll([...clients.lotse.slice(1), ...clients.reference.slice(1)]);
	const bare: Record<ServerName, BareReceiver[]> = {
		lotse: await Promise.all(
			Array.from({ length: CLIENTS - 1 }, (_, i) =>
				openBareReceiver(lotseWs, docName, { token: tokens[i % tokens.length]! })
			)
		),
		reference: await Promise.all(
			Array.from({ length: CLIENTS - 1 }, () => openBareReceiver(reference.wsUrl, REFERENCE_ROOM))
		)
	};
	cleanup.add(() => [...bare.lotse, ...bare.reference].forEach((r) => r.close()));
	for (let b = 0; b < BURSTS && (b === 0 || budgetLeft()); b++) {
		const order: ServerName[] = b % 2 === 0 ? ['lotse', 'reference'] : ['reference', 'lotse'];
		for (const name of order)
			samples[name].bareBursts.push(await bareBurst(clients[name][0]!, bare[name], `${name}-bare-${b}`, BURST_EDITS));
	}

	destroyAll([clients.lotse[0]!, clients.reference[0]!]);
	for (const receiver of [...bare.lotse, ...bare.reference]) receiver.close();
	return samples;
}

// -- memory ---------------------------------------------------------------------------------

interface MemoryPoint {
	label: string;
	sample: MemorySample;
}

interface MemoryResult {
	docs: number;
	avgDocStateBytes: number;
	points: MemoryPoint[];
	perDoc: { rss: number; rssAfterGc: number; heapAndExternal: number };
	/** Share of the loaded docs' heap+external still held after close (and unload): 0 = all freed. */
	retainedAfterClose: number;
}

const live = (s: MemorySample) => s.heapUsed + s.external;

function perDoc(before: MemorySample, after: MemorySample, docs: number): MemoryResult['perDoc'] {
	return {
		rss: (after.rss - before.rss) / docs,
		rssAfterGc: (after.rssAfterGc - before.rssAfterGc) / docs,
		heapAndExternal: (live(after) - live(before)) / docs
	};
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once `check` holds, checking every `everyMs`; gives up (returns false) after `timeoutMs`. */
async function poll(check: () => boolean, everyMs: number, timeoutMs: number): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (check()) return true;
		if (Date.now() >= deadline) return false;
		await delay(everyMs);
	}
}

async function openDocs(
	url: string,
	names: readonly string[],
	params: Record<string, string>,
	cleanup: Cleanup,
	seeds?: readonly Uint8Array[]
): Promise<BenchClient[]> {
	const clients = names.map((name, i) => {
		const doc = new Y.Doc();
		if (seeds) Y.applyUpdate(doc, seeds[i]!);
		return openClient(url, name, params, doc);
	});
	cleanup.add(() => destroyAll(clients));
	await Promise.all(clients.map((c) => c.synced()));
	return clients;
}

/**
 * After the clients closed: waits until the server's live memory is back near `baseline`
 * (within a quarter of what the docs added), sampling every 250 ms, for at most `timeoutMs`.
 * The servers do not report unloads, so memory is the only outside sign of one.
 */
async function sampleAfterClose(
	server: Probed,
	baseline: MemorySample,
	loaded: MemorySample,
	timeoutMs: number
): Promise<MemorySample> {
	const threshold = live(baseline) + 0.25 * (live(loaded) - live(baseline));
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const sample = await sampleMemory(server);
		if (live(sample) <= threshold || Date.now() >= deadline) return sample;
		await delay(250);
	}
}

function retained(baseline: MemorySample, loaded: MemorySample, after: MemorySample): number {
	return (live(after) - live(baseline)) / (live(loaded) - live(baseline));
}

async function measureLotseMemory(
	dataDir: string,
	skipDoc: string,
	cleanup: Cleanup
): Promise<{ result: MemoryResult; states: Uint8Array[]; warmStates: Uint8Array[] }> {
	const server = await startServer({
		dataDir,
		env: { LOTSE_IDLE_UNLOAD_MS: String(IDLE_UNLOAD_MS), NODE_OPTIONS: nodeOptionsWithProbe() }
	});
	cleanup.add(() => stopLotse(server));
	const probed: Probed = { pid: server.process.pid!, waitForLog: server.waitForLog };
	const token = await signIn(server.url, 'anna.keller', PASSWORD);
	const response = await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${token}` } });
	const { cases } = (await response.json()) as { cases: { id: string; docs: string[] }[] };
	// Case docs and confidential docs of anna's agency, except the one the latency part edited.
	const names = cases.flatMap((c) => c.docs).filter((name) => name !== skipDoc);
	if (names.length < WARM_DOCS + 10)
		throw new Error(`only ${names.length} docs readable by anna.keller; the memory part needs more`);
	const warmNames = names.slice(0, WARM_DOCS);
	const docNames = names.slice(WARM_DOCS, WARM_DOCS + MEMORY_DOCS);
	const wsUrl = server.url.replace(/^http/, 'ws') + '/sync';
	const params = { token };

	const closes = () => server.log.filter((line) => line.event === 'sync.close').length;
	const closeAll = async (clients: BenchClient[]) => {
		const expected = closes() + clients.length;
		destroyAll(clients);
		if (!(await poll(() => closes() >= expected, 50, 10_000)))
			throw new Error('Lotse did not log sync.close for every closed client');
		// Unload happens idleMs after the last close, on a sweep every idleMs/2.
		await delay(IDLE_UNLOAD_MS * 2);
	};

	const warm = await openDocs(wsUrl, warmNames, params, cleanup);
	const warmStates = warm.map((c) => Y.encodeStateAsUpdate(c.doc));
	await closeAll(warm);
	const baseline = await sampleMemory(probed);

	const loadedClients = await openDocs(wsUrl, docNames, params, cleanup);
	const loaded = await sampleMemory(probed);
	const states = loadedClients.map((c) => Y.encodeStateAsUpdate(c.doc));
	await closeAll(loadedClients);
	const unloaded = await sampleAfterClose(probed, baseline, loaded, 3_000);

	// A second cycle: if unloading leaked, the second peak and trough would sit higher.
	const again = await openDocs(wsUrl, docNames, params, cleanup);
	const reloaded = await sampleMemory(probed);
	await closeAll(again);
	const unloadedAgain = await sampleAfterClose(probed, baseline, reloaded, 3_000);
	await stopLotse(server);

	return {
		states,
		warmStates,
		result: {
			docs: docNames.length,
			avgDocStateBytes: states.reduce((sum, s) => sum + s.byteLength, 0) / states.length,
			points: [
				{ label: 'baseline (warmed up)', sample: baseline },
				{ label: `${docNames.length} docs open`, sample: loaded },
				{ label: 'closed, unloaded', sample: unloaded },
				{ label: `${docNames.length} docs open again`, sample: reloaded },
				{ label: 'closed, unloaded again', sample: unloadedAgain }
			],
			perDoc: perDoc(baseline, loaded, docNames.length),
			retainedAfterClose: retained(baseline, loaded, unloadedAgain)
		}
	};
}

/** The reference server with the same doc contents, in rooms of its own (it has no auth). */
async function measureReferenceMemory(
	states: readonly Uint8Array[],
	warmStates: readonly Uint8Array[],
	cleanup: Cleanup
): Promise<MemoryResult> {
	const server = await startReference({ probe: true });
	cleanup.add(() => server.kill());
	// The seeded client pushes its content in its answer to the server's sync step 1, which it
	// sends before the server's step 2 reaches it; so once every client is synced, the server
	// has every content frame in its socket buffers, ahead of the GC probe's signal.
	const warm = await openDocs(
		server.wsUrl,
		warmStates.map((_, i) => `warm-${i}`),
		{},
		cleanup,
		warmStates
	);
	destroyAll(warm);
	const baseline = await sampleMemory(server);
	const clients = await openDocs(
		server.wsUrl,
		states.map((_, i) => `doc-${i}`),
		{},
		cleanup,
		states
	);
	const loaded = await sampleMemory(server);
	destroyAll(clients);
	// Without persistence the reference keeps every doc it ever had; this shows whether it did.
	await delay(IDLE_UNLOAD_MS * 2);
	const after = await sampleAfterClose(server, baseline, loaded, 1_500);
	await server.kill();
	return {
		docs: states.length,
		avgDocStateBytes: states.reduce((sum, s) => sum + s.byteLength, 0) / states.length,
		points: [
			{ label: 'baseline (warmed up)', sample: baseline },
			{ label: `${states.length} docs open`, sample: loaded },
			{ label: 'closed', sample: after }
		],
		perDoc: perDoc(baseline, loaded, states.length),
		retainedAfterClose: retained(baseline, loaded, after)
	};
}

// -- report ---------------------------------------------------------------------------------

interface Pressure {
	cpu: number;
	io: number;
}

/** "some avg60" of /proc/pressure/{cpu,io}: how much other work competed with the benchmark. */
function readPressure(): Pressure | null {
	try {
		const some = (file: string) =>
			Number(/some avg10=[\d.]+ avg60=([\d.]+)/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? Number.NaN);
		return { cpu: some('/proc/pressure/cpu'), io: some('/proc/pressure/io') };
	} catch {
		return null; // No PSI on this kernel.
	}
}

interface BurstSummary {
	runs: BurstResult[];
	medianAllMs: number;
	/** Edits per second from the median burst. */
	editsPerSecond: number;
}

interface Report {
	date: string;
	machine: {
		cpu: string;
		cores: number;
		totalMemoryBytes: number;
		node: string;
		platform: string;
		loadAverageAtStart: number[];
		/** Linux pressure stall information, % of the last 60 s some task waited for CPU / disk. */
		pressure: { start: Pressure | null; end: Pressure | null };
	};
	setup: Record<string, string | number>;
	latency: Record<ServerName, { perReceiver: Summary; firstReceiver: Summary; lastReceiver: Summary }>;
	latencyRatio: {
		p50: number;
		p99: number;
		firstReceiverP50: number;
		lastReceiverP50: number;
		lastReceiverP99: number;
	};
	burst: Record<ServerName, BurstSummary>;
	bareBurst: Record<ServerName, BurstSummary>;
	memory: { lotse: MemoryResult; reference: MemoryResult };
	durationSeconds: number;
}

function print(report: Report): void {
	const { machine, latency, latencyRatio, memory } = report;
	const out: string[] = [];
	out.push(`Lotse sync benchmark — ${report.date}`);
	out.push(
		`machine: ${machine.cpu}, ${machine.cores} cores, ${mib(machine.totalMemoryBytes)} RAM, Node ${machine.node}, ${machine.platform}`
	);
	const load = machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ');
	const busy = (machine.loadAverageAtStart[0] ?? 0) > 0.5 ? ' — other work was running; expect noise' : '';
	const psi = (p: Pressure | null) => (p ? `cpu ${p.cpu.toFixed(0)} %, io ${p.io.toFixed(0)} %` : 'n/a');
	out.push(`load average at start: ${load}${busy}`);
	out.push(
		`CPU/IO pressure (share of the last minute some task waited): at start ${psi(machine.pressure.start)}; at end ${psi(machine.pressure.end)}`
	);
	out.push(
		`Lotse: durability ${report.setup.lotseDurability} (SQLite WAL; every update committed before it is broadcast, with "full" also fsynced), ws ${report.setup.lotseWsVersion}`
	);
	out.push(
		`reference: @y/websocket-server ${report.setup.referenceVersion} (in memory, no persistence), ws ${report.setup.referenceWsVersion}`
	);
	out.push('');
	out.push(
		`Edit-to-remote latency: 1 doc, ${CLIENTS} stock clients, 1 writer → ${CLIENTS - 1} receivers, ${ROUNDS} rounds per server in blocks of ${BLOCK}`
	);
	type Latency = Report['latency'][ServerName];
	const latencyRow = (name: string, s: Latency) => [
		name,
		ms(s.perReceiver.p50),
		ms(s.perReceiver.p99),
		ms(s.perReceiver.mean),
		ms(s.perReceiver.max),
		ms(s.firstReceiver.p50),
		ms(s.lastReceiver.p50),
		ms(s.lastReceiver.p99)
	];
	out.push(
		table(
			['', 'p50', 'p99', 'mean', 'max', 'first p50', 'last p50', 'last p99'],
			[
				latencyRow('Lotse', latency.lotse),
				latencyRow('reference', latency.reference),
				[
					'Lotse / reference',
					ratio(latencyRatio.p50),
					ratio(latencyRatio.p99),
					'',
					'',
					ratio(latencyRatio.firstReceiverP50),
					ratio(latencyRatio.lastReceiverP50),
					ratio(latencyRatio.lastReceiverP99)
				]
			]
		)
	);
	out.push(
		`p50…max over all ${latency.lotse.perReceiver.n} per-receiver samples per server; first/last: per round, until the first/last of the ${CLIENTS - 1} receivers had the edit.`
	);
	out.push('');
	out.push(
		`Throughput: bursts of ${BURST_EDITS} edits from one client, as fast as it makes them, until all ${CLIENTS - 1} others have the last (up to ${BURSTS} bursts each)`
	);
	const burstRow = (name: string, b: BurstSummary) => [
		name,
		ms(b.medianAllMs),
		`${Math.round(b.editsPerSecond)}`,
		`${Math.round(b.editsPerSecond * (CLIENTS - 1))}`,
		b.runs.map((r) => r.allMs.toFixed(0)).join(' / ')
	];
	out.push(
		table(
			['', 'median time', 'edits/s', 'deliveries/s', 'each run (ms)'],
			[
				burstRow('Lotse, to stock clients', report.burst.lotse),
				burstRow('reference, to stock clients', report.burst.reference),
				burstRow('Lotse, to bare receivers', report.bareBurst.lotse),
				burstRow('reference, to bare receivers', report.bareBurst.reference)
			]
		)
	);
	out.push(
		`Stock clients: this one process applies every update ${CLIENTS - 1} times, which on a small machine can set the pace for both servers.`
	);
	out.push('Bare receivers only look for the last edit in the frames they get, so the server sets the pace.');
	out.push('');
	for (const [name, m] of [
		['Lotse', memory.lotse],
		['reference', memory.reference]
	] as const) {
		out.push(
			`Memory, ${name}: ${m.docs} distinct docs (avg state ${kib(m.avgDocStateBytes)}), one client each` +
				(name === 'Lotse' ? `, LOTSE_IDLE_UNLOAD_MS=${IDLE_UNLOAD_MS}` : '')
		);
		const rows = m.points.map((p) => [
			p.label,
			mib(p.sample.rss),
			mib(p.sample.rssAfterGc),
			mib(p.sample.heapUsed),
			mib(p.sample.heapTotal),
			mib(p.sample.external)
		]);
		rows.push([
			'per doc open',
			kib(m.perDoc.rss),
			kib(m.perDoc.rssAfterGc),
			`${kib(m.perDoc.heapAndExternal)} (+ext)`,
			'',
			''
		]);
		out.push(table(['', 'RSS', 'RSS after GC', 'heap used', 'heap total', 'external'], rows));
		out.push(
			`still held after the clients closed: ${(m.retainedAfterClose * 100).toFixed(0)} % of what the docs added (heap+external)`
		);
		out.push('');
	}
	out.push('RSS rarely shrinks: V8 keeps the heap it grew (see "heap total"); "heap used" shows what was released.');
	out.push(
		'The reference without persistence never unloads a doc; Lotse unloads a doc once it has been closed for LOTSE_IDLE_UNLOAD_MS.'
	);
	out.push('');
	out.push(`finished in ${report.durationSeconds.toFixed(1)} s; figures in ${path.relative(ROOT, RESULTS_FILE)}`);
	process.stdout.write(out.join('\n') + '\n');
}

// -- main -----------------------------------------------------------------------------------

function lotseWsVersion(): string {
	return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/ws/package.json'), 'utf8')) as { version: string })
		.version;
}

function describe(error: unknown): string {
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

async function main(cleanup: Cleanup): Promise<void> {
	const started = performance.now();
	// Other work on the machine shows up in every figure; the load average tells whether there was any.
	const loadAverageAtStart = os.loadavg();
	const pressureAtStart = readPressure();
	// Each WebsocketProvider adds a process 'exit' listener; a few hundred are expected here.
	process.setMaxListeners(1000);
	process.stdout.write('starting Lotse (seeds a demo canton, ~10 s) and the reference server…\n');

	// Made here rather than by startServer, so that it is removed even if the server fails to start.
	const dataDir = tempDataDir('lotse-bench-');
	cleanup.add(() => fs.rmSync(dataDir, { recursive: true, force: true }));
	const lotse = await startServer({ dataDir });
	cleanup.add(() => stopLotse(lotse));
	const reference = await startReference();
	cleanup.add(() => reference.kill());

	const tokens = await Promise.all(['anna.keller', 'marco.studer'].map((user) => signIn(lotse.url, user, PASSWORD)));
	const response = await fetch(`${lotse.url}/api/cases`, { headers: { authorization: `Bearer ${tokens[0]}` } });
	if (!response.ok) throw new Error(`GET /api/cases: ${response.status}`);
	const { cases } = (await response.json()) as { cases: { id: string }[] };
	const docName = `case/${cases[0]!.id}`;

	process.stdout.write(`latency and throughput on ${docName} (Lotse) and "${REFERENCE_ROOM}" (reference)…\n`);
	const samples = await measureLatency(lotse, reference, tokens, docName, cleanup);
	await reference.kill();
	await stopLotse(lotse);

	process.stdout.write('memory…\n');
	const lotseMemory = await measureLotseMemory(dataDir, docName, cleanup);
	const referenceMemory = await measureReferenceMemory(lotseMemory.states, lotseMemory.warmStates, cleanup);

	const summarizeLatency = (s: LatencySamples) => ({
		perReceiver: summarize(s.receivers),
		firstReceiver: summarize(s.firstReceiver),
		lastReceiver: summarize(s.lastReceiver)
	});
	const latency = { lotse: summarizeLatency(samples.lotse), reference: summarizeLatency(samples.reference) };
	const burstSummary = (runs: BurstResult[]): BurstSummary => {
		const medianAllMs = median(runs.map((r) => r.allMs));
		return { runs, medianAllMs, editsPerSecond: (BURST_EDITS / medianAllMs) * 1000 };
	};
	const cpus = os.cpus();
	const report: Report = {
		date: new Date().toISOString(),
		machine: {
			cpu: cpus[0]?.model ?? 'unknown',
			cores: cpus.length,
			totalMemoryBytes: os.totalmem(),
			node: process.version,
			platform: `${os.platform()} ${os.arch()} ${os.release()}`,
			loadAverageAtStart,
			pressure: { start: pressureAtStart, end: readPressure() }
		},
		setup: {
			clients: CLIENTS,
			rounds: ROUNDS,
			block: BLOCK,
			warmupBlocks: WARMUP_BLOCKS,
			burstEdits: BURST_EDITS,
			bursts: BURSTS,
			memoryDocs: lotseMemory.result.docs,
			idleUnloadMs: IDLE_UNLOAD_MS,
			lotseDoc: docName,
			lotseDurability: process.env.LOTSE_DURABILITY || 'normal',
			referenceVersion: reference.version,
			referenceWsVersion: reference.wsVersion,
			lotseWsVersion: lotseWsVersion()
		},
		latency,
		latencyRatio: {
			p50: latency.lotse.perReceiver.p50 / latency.reference.perReceiver.p50,
			p99: latency.lotse.perReceiver.p99 / latency.reference.perReceiver.p99,
			firstReceiverP50: latency.lotse.firstReceiver.p50 / latency.reference.firstReceiver.p50,
			lastReceiverP50: latency.lotse.lastReceiver.p50 / latency.reference.lastReceiver.p50,
			lastReceiverP99: latency.lotse.lastReceiver.p99 / latency.reference.lastReceiver.p99
		},
		burst: { lotse: burstSummary(samples.lotse.bursts), reference: burstSummary(samples.reference.bursts) },
		bareBurst: { lotse: burstSummary(samples.lotse.bareBursts), reference: burstSummary(samples.reference.bareBursts) },
		memory: { lotse: lotseMemory.result, reference: referenceMemory },
		durationSeconds: (performance.now() - started) / 1000
	};
	fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
	fs.writeFileSync(RESULTS_FILE, JSON.stringify(report, null, '\t') + '\n');
	print(report);
}

if (!fs.existsSync(path.join(ROOT, 'build/handler.js'))) {
	process.stderr.write(
		'The benchmark starts the real Lotse server, which needs the built app (build/handler.js).\nRun `npm run build` first, then `npm run bench`.\n'
	);
	process.exit(1);
}

const cleanup = new Cleanup();
const stop = (code: number) => {
	void cleanup.run().finally(() => process.exit(code));
};
const watchdog = setTimeout(() => {
	process.stderr.write(`benchmark: cut off after ${DEADLINE_MS / 1000} s\n`);
	stop(1);
}, DEADLINE_MS);
process.once('SIGINT', () => stop(130));
process.once('SIGTERM', () => stop(143));

try {
	await main(cleanup);
	clearTimeout(watchdog);
	await cleanup.run();
	// Providers keep timers (awareness checks) until destroyed; exit rather than wait on strays.
	process.exit(0);
} catch (error) {
	clearTimeout(watchdog);
	process.stderr.write(`benchmark failed: ${describe(error)}\n`);
	stop(1);
}
