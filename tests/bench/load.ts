/**
 * The load the benchmark puts on a server: stock y-websocket clients, edit rounds that time
 * one edit until every other client has it, and bursts of edits. The same code drives Lotse
 * and the reference server; only the URL and the params differ.
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { until } from '../support/server';

export interface BenchClient {
	doc: Y.Doc;
	provider: WebsocketProvider;
	synced(timeoutMs?: number): Promise<void>;
	destroy(): void;
}

/** The map every benchmark edit goes to; no Lotse projection reads it. */
const BENCH_MAP = 'bench';

/**
 * A stock WebsocketProvider, configured as a Node client would be: `ws` as the WebSocket,
 * no BroadcastChannel (all clients share one process, and BroadcastChannel would let them
 * sync with each other without the server).
 */
export function openClient(
	serverUrl: string,
	room: string,
	params: Record<string, string> = {},
	doc = new Y.Doc()
): BenchClient {
	const provider = new WebsocketProvider(serverUrl, room, doc, {
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		disableBc: true,
		params
	});
	let destroyed = false;
	return {
		doc,
		provider,
		synced: (timeoutMs = 30_000) =>
			until(
				() => provider.synced,
				(notify) => {
					provider.on('sync', notify);
					return () => provider.off('sync', notify);
				},
				timeoutMs,
				`sync of ${room}`
			),
		// Idempotent: the benchmark closes clients as it goes, and cleanup closes them again.
		destroy: () => {
			if (destroyed) return;
			destroyed = true;
			provider.destroy();
			doc.destroy();
		}
	};
}

/** Resolves once `check(doc)` holds, re-checking on each update of the doc. */
export function whenDoc(doc: Y.Doc, check: (doc: Y.Doc) => boolean, what: string, timeoutMs: number): Promise<void> {
	return until(
		() => check(doc),
		(notify) => {
			doc.on('update', notify);
			return () => doc.off('update', notify);
		},
		timeoutMs,
		what
	);
}

export interface RoundResult {
	/** Per receiver: ms from the write until that receiver's doc had it. */
	receivers: number[];
	/** ms from the write until the first receiver had it: the server's own part shows best here. */
	first: number;
	/** ms from the write until the last receiver had it. */
	last: number;
}

/**
 * One edit round: `writer` sets a unique marker, and every other client's doc is watched (its
 * 'update' event, which Yjs emits right after applying a remote update) until it holds that
 * marker. Resolves when all have it, so the caller can start the next round at once.
 */
export function editRound(
	clients: readonly BenchClient[],
	writer: number,
	marker: string,
	timeoutMs = 10_000
): Promise<RoundResult> {
	return new Promise((resolve, reject) => {
		const receivers: number[] = [];
		const detach: (() => void)[] = [];
		let pending = clients.length - 1;
		let start = 0;
		const timer = setTimeout(() => {
			for (const off of detach) off();
			reject(
				new Error(
					`edit round ${marker}: ${pending} of ${clients.length - 1} receivers still waiting after ${timeoutMs} ms`
				)
			);
		}, timeoutMs);
		clients.forEach((client, index) => {
			if (index === writer) return;
			const map = client.doc.getMap<string>(BENCH_MAP);
			const onUpdate = () => {
				if (map.get('mark') !== marker) return;
				receivers.push(performance.now() - start);
				client.doc.off('update', onUpdate);
				pending -= 1;
				if (pending === 0) {
					clearTimeout(timer);
					resolve({ receivers, first: Math.min(...receivers), last: Math.max(...receivers) });
				}
			};
			client.doc.on('update', onUpdate);
			detach.push(() => client.doc.off('update', onUpdate));
		});
		// The clock starts right before the local write; the provider sends the update
		// synchronously from inside it.
		start = performance.now();
		clients[writer]!.doc.getMap<string>(BENCH_MAP).set('mark', marker);
	});
}

export interface BurstResult {
	edits: number;
	/** ms from the first write until every other client had the last edit. */
	allMs: number;
	/** ms from the first write until the first receiver had the last edit. */
	firstMs: number;
	/** ms the writer spent producing the edits (its own Yjs work and socket writes). */
	writeMs: number;
}

/**
 * A burst: `edits` separate transactions from one client as fast as it can make them (each is
 * its own update message, as typing without batching would be), timed until every other
 * client has the last one. Updates from one client reach the others in order, so having the
 * last means having all.
 */
export function burst(
	clients: readonly BenchClient[],
	writer: number,
	tag: string,
	edits: number,
	timeoutMs = 60_000
): Promise<BurstResult> {
	const final = `${tag}:${edits - 1}`;
	return new Promise((resolve, reject) => {
		const done: number[] = [];
		const detach: (() => void)[] = [];
		let start = 0;
		let writeMs = 0;
		const timer = setTimeout(() => {
			for (const off of detach) off();
			reject(
				new Error(`burst ${tag}: ${clients.length - 1 - done.length} receivers still waiting after ${timeoutMs} ms`)
			);
		}, timeoutMs);
		clients.forEach((client, index) => {
			if (index === writer) return;
			const map = client.doc.getMap<string>(BENCH_MAP);
			const onUpdate = () => {
				if (map.get('burst') !== final) return;
				done.push(performance.now() - start);
				client.doc.off('update', onUpdate);
				if (done.length === clients.length - 1) {
					clearTimeout(timer);
					resolve({ edits, allMs: Math.max(...done), firstMs: Math.min(...done), writeMs });
				}
			};
			client.doc.on('update', onUpdate);
			detach.push(() => client.doc.off('update', onUpdate));
		});
		const map = clients[writer]!.doc.getMap<string>(BENCH_MAP);
		start = performance.now();
		for (let i = 0; i < edits; i++) map.set('burst', `${tag}:${i}`);
		writeMs = performance.now() - start;
	});
}

/** Byte-wise equality, for comparing state vectors. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);
}

/**
 * A receiver that does not apply anything: a plain websocket on the same URL a WebsocketProvider
 * would use, which never answers the server's sync step 1 and only looks for the last edit's
 * marker in the update frames it is sent. Used for the server-bound burst: 49 stock clients
 * applying 49 000 updates in this one process would make the benchmark itself the bottleneck on
 * a 2-core machine. It looks for the content rather than counting frames because a server may
 * send a burst as fewer, merged updates (Lotse does, per socket read).
 */
export interface BareReceiver {
	/** Resolves with performance.now() when an update frame containing `marker` arrived. */
	waitFor(marker: string): Promise<number>;
	close(): void;
}

export function openBareReceiver(
	serverUrl: string,
	room: string,
	params: Record<string, string> = {}
): Promise<BareReceiver> {
	const query = new URLSearchParams(params).toString();
	const ws = new WebSocket(`${serverUrl}/${room}${query ? `?${query}` : ''}`, { perMessageDeflate: false });
	let wanted: { marker: Buffer; arrived: (at: number) => void } | null = null;
	ws.on('message', (data: Buffer) => {
		// y-websocket frame: varUint message type (0 = sync), then varUint step (2 = update).
		if (data[0] !== 0 || data[1] !== 2 || !wanted) return;
		// Strings travel as UTF-8 inside the update, so the marker's bytes appear as they are.
		if (data.includes(wanted.marker)) {
			wanted.arrived(performance.now());
			wanted = null;
		}
	});
	return new Promise((resolve, reject) => {
		ws.once('error', reject);
		ws.once('open', () =>
			resolve({
				waitFor: (marker) => new Promise((arrived) => (wanted = { marker: Buffer.from(marker), arrived })),
				close: () => ws.close()
			})
		);
	});
}

/** A burst from a stock client to counting receivers; the same timing as `burst`. */
export async function bareBurst(
	writer: BenchClient,
	receivers: readonly BareReceiver[],
	tag: string,
	edits: number,
	timeoutMs = 60_000
): Promise<BurstResult> {
	// Markers run from 0 to edits − 1, so the last one's text is in no other edit.
	const final = `${tag}:${edits - 1}`;
	const arrivals = receivers.map((r) => r.waitFor(final));
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(
			() => reject(new Error(`counted burst ${tag}: not every receiver had the last edit after ${timeoutMs} ms`)),
			timeoutMs
		);
	});
	const map = writer.doc.getMap<string>(BENCH_MAP);
	const start = performance.now();
	for (let i = 0; i < edits; i++) map.set('burst', `${tag}:${i}`);
	const writeMs = performance.now() - start;
	try {
		const done = (await Promise.race([Promise.all(arrivals), timeout])).map((at) => at - start);
		return { edits, allMs: Math.max(...done), firstMs: Math.min(...done), writeMs };
	} finally {
		clearTimeout(timer);
	}
}
