/**
 * One loaded doc and the connections that have it open. The room is the only place where a
 * doc changes on the server, and it keeps one invariant: an update is appended to storage
 * before any connection is sent it, either as a broadcast or inside a sync step 2. All work on
 * a room runs through one serial queue, so a sync step 1 answered while an update is being
 * stored waits for the store and never leaks unstored state. What an update references but the
 * server does not have is never in the doc when anything is sent or stored (held.ts).
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { MESSAGE } from '../../src/lib/shared/protocol';
import type { DocStorage } from '../storage/storage';
import * as held from './held';

/** What a room needs of a connection; the websocket adapter lives in connection.ts. */
export interface Peer {
	readonly userId: string;
	/** True once the connection was closed (its later frames are dropped). */
	readonly closed?: boolean;
	send(message: Uint8Array): void;
}

/** Origin of changes the server makes itself (projections, seed). */
export const SERVER_ORIGIN = Symbol('lotse-server');

export class MalformedUpdate extends Error {
	/** True when the update failed half-way through applying: the in-memory doc is suspect. */
	readonly touchedDoc: boolean;
	constructor(cause: unknown, touchedDoc: boolean) {
		super('malformed update', { cause });
		this.touchedDoc = touchedDoc;
	}
}

/** An update that depends on more than a connection may have held back (see held.ts). */
export class UnresolvedUpdate extends MalformedUpdate {
	constructor() {
		super(new Error(`more than ${held.HELD_MAX_BYTES} bytes depend on changes the server does not have`), false);
	}
}

export interface CompactionPolicy {
	/** Fold the log into a snapshot after this many appended updates… */
	maxUpdates: number;
	/** …or after this many appended bytes, whichever comes first. */
	maxBytes: number;
}

export interface RoomEvents {
	/**
	 * Called after a change was stored and broadcast, with what `describe` said about each of its
	 * transactions (the audit trail's source: who changed what, stored with the update's author).
	 */
	changed?(room: Room, origin: Peer | typeof SERVER_ORIGIN, described: string[]): void;
	/** Describes a transaction while Yjs can still compute its changes (inside the update event). */
	describe?(transaction: Y.Transaction): string[];
}

const NO_IDS: ReadonlySet<number> = new Set();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.byteLength !== b.byteLength) return false;
	for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** The updates of one apply, with the audit description of their transactions. */
type Captured = Uint8Array[] & { described: string[] };

const captured = (): Captured => Object.assign([] as Uint8Array[], { described: [] as string[] });

export class Room {
	readonly name: string;
	readonly doc: Y.Doc;
	readonly awareness: awarenessProtocol.Awareness;
	readonly peers = new Map<Peer, Set<number>>();
	lastActivity = Date.now();

	#storage: DocStorage;
	#policy: CompactionPolicy;
	#events: RoomEvents;
	#queue: Promise<unknown> = Promise.resolve();
	/** Tasks queued or running; 0 means a new task may start at once. */
	#running = 0;
	#lastSeq: number;
	#sinceSnapshot = { updates: 0, bytes: 0 };
	#destroyed = false;
	#held = new held.HeldUpdates<Peer>();
	/** Bumped with every stored change: a sync step 1 is answered once per state (see answerStateVector). */
	#version = 0;
	#answered = new WeakMap<Peer, { version: number; stateVector: Uint8Array }>();

	private constructor(
		name: string,
		doc: Y.Doc,
		lastSeq: number,
		pending: number,
		storage: DocStorage,
		policy: CompactionPolicy,
		events: RoomEvents
	) {
		this.name = name;
		this.doc = doc;
		this.#storage = storage;
		this.#policy = policy;
		this.#events = events;
		this.#lastSeq = lastSeq;
		this.#sinceSnapshot.updates = pending;
		this.awareness = new awarenessProtocol.Awareness(doc);
		this.awareness.setLocalState(null);
		this.awareness.on('update', this.#onAwareness);
	}

	static async load(
		name: string,
		storage: DocStorage,
		policy: CompactionPolicy,
		events: RoomEvents = {}
	): Promise<Room> {
		const loaded = await storage.load(name);
		const doc = new Y.Doc({ gc: true });
		if (loaded.snapshot) Y.applyUpdate(doc, loaded.snapshot);
		for (const update of loaded.updates) Y.applyUpdate(doc, update.data);
		const lastSeq = loaded.updates.at(-1)?.seq ?? loaded.snapshotSeq;
		// A snapshot written before held.ts existed may carry pending structs; they are dropped, and
		// counting them as a change makes the next compaction write the snapshot without them.
		const stale = held.take(doc).length > 0 ? 1 : 0;
		return new Room(name, doc, lastSeq, loaded.updates.length + stale, storage, policy, events);
	}

	get destroyed(): boolean {
		return this.#destroyed;
	}

	/**
	 * Runs `task` after everything queued before it. Errors reach the caller, not the queue.
	 *
	 * When nothing is queued the task starts at once, in the caller's tick: with a storage that
	 * commits synchronously (SQLite) an edit is then applied, stored and broadcast without a
	 * single promise hop (they cost ≈ 20 µs per edit in the sync benchmark, see the README).
	 */
	run<T>(task: () => T | Promise<T>): Promise<T> {
		const idle = this.#running === 0;
		// Counted before the task starts, so that a task which itself queues work cannot jump ahead.
		this.#running += 1;
		let result: Promise<T>;
		if (idle) {
			try {
				result = Promise.resolve(task());
			} catch (error) {
				result = Promise.reject(error);
			}
		} else {
			result = this.#queue.then(task);
		}
		const release = () => {
			this.#running -= 1;
		};
		this.#queue = result.then(release, release);
		return result;
	}

	join(peer: Peer): void {
		this.peers.set(peer, new Set());
		this.lastActivity = Date.now();
		// Step 1 tells the client what we have; it answers with what we lack and asks for the rest.
		void this.run(() => {
			const encoder = encoding.createEncoder();
			encoding.writeVarUint(encoder, MESSAGE.sync);
			syncProtocol.writeSyncStep1(encoder, this.doc);
			peer.send(encoding.toUint8Array(encoder));
			const states = this.awareness.getStates();
			if (states.size > 0) {
				peer.send(this.#awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])));
			}
		});
	}

	leave(peer: Peer): void {
		const clientIds = this.peers.get(peer);
		this.peers.delete(peer);
		this.#held.drop(peer);
		this.lastActivity = Date.now();
		if (clientIds && clientIds.size > 0) {
			awarenessProtocol.removeAwarenessStates(this.awareness, [...clientIds], null);
		}
	}

	/**
	 * Answers a client's sync step 1 with what it lacks, once all queued stores are done. The
	 * same state vector from the same peer while the doc has not changed gets no second answer:
	 * it would be the same bytes, and a client repeating a 4-byte request while not reading would
	 * otherwise make the server queue the whole doc again and again.
	 */
	answerStateVector(peer: Peer, stateVector: Uint8Array): Promise<void> {
		return this.run(() => {
			const last = this.#answered.get(peer);
			if (last && last.version === this.#version && sameBytes(last.stateVector, stateVector)) return;
			this.#answered.set(peer, { version: this.#version, stateVector: stateVector.slice() });
			const encoder = encoding.createEncoder();
			encoding.writeVarUint(encoder, MESSAGE.sync);
			syncProtocol.writeSyncStep2(encoder, this.doc, stateVector);
			peer.send(encoding.toUint8Array(encoder));
		});
	}

	/** Applies a client's update, stores what it changed, then sends it to the other peers. */
	receive(update: Uint8Array, peer: Peer): Promise<void> {
		return this.receiveAll([update], peer);
	}

	/**
	 * Applies updates that arrived together from one client (one socket read, in a burst), then
	 * stores what they changed as one update in one commit and sends that once. If one of them is
	 * malformed, those before it are stored and sent as usual, and it and the rest are refused.
	 */
	receiveAll(updates: readonly Uint8Array[], peer: Peer): Promise<void> {
		return this.run(() => {
			// A peer closed for an earlier bad frame gets nothing more applied.
			if (peer.closed) return;
			const changes = captured();
			let refused: MalformedUpdate | null = null;
			for (const update of updates) {
				try {
					// Decoding first rejects truncated or garbled updates before they touch the doc.
					Y.decodeUpdate(update);
				} catch (error) {
					refused = new MalformedUpdate(error, false);
					break;
				}
				// An update that fails half-way throws here: the doc is suspect, nothing is stored.
				this.#capture(peer, () => Y.applyUpdate(this.doc, update, peer), changes);
				if (!this.#held.takeFrom(this.doc, peer)) {
					refused = new UnresolvedUpdate();
					break;
				}
			}
			let stored = this.#persistAndBroadcast(changes, peer);
			// Held updates may depend on what just arrived (rare: a slow path that may await).
			if (changes.length > 0 && this.#held.size > 0) stored = this.#settleHeld(stored);
			if (!refused) return stored;
			const error = refused;
			if (stored) return stored.then(() => Promise.reject(error));
			throw error;
		});
	}

	/** Applies held updates again until none integrates any more; stores and sends what did. */
	async #settleHeld(before: void | Promise<void>): Promise<void> {
		await before;
		let progress = true;
		while (progress && this.#held.size > 0) {
			progress = false;
			for (const [peer, update] of this.#held.drain()) {
				if (peer.closed || !this.peers.has(peer)) continue;
				const changes = this.#capture(peer, () => Y.applyUpdateV2(this.doc, update, peer));
				// The remainder is at most what was held before, so the bound cannot be crossed here.
				this.#held.takeFrom(this.doc, peer);
				if (changes.length === 0) continue;
				progress = true;
				await this.#persistAndBroadcast(changes, peer);
			}
		}
	}

	/**
	 * A change made by the server (projections, handover, erasure), or on behalf of someone
	 * without a connection (the assessor-link API passes a peer-like author); stored and
	 * broadcast like any other.
	 */
	change(fn: (doc: Y.Doc) => void, author: Peer | typeof SERVER_ORIGIN = SERVER_ORIGIN): Promise<void> {
		return this.run(() => {
			const changes = this.#capture(author, () => this.doc.transact(() => fn(this.doc), author));
			return this.#persistAndBroadcast(changes, author);
		});
	}

	/** Applies an awareness update already checked and stamped by the connection. */
	receiveAwareness(update: Uint8Array, peer: Peer, clientIds: number[]): void {
		const owned = this.peers.get(peer);
		if (!owned) return;
		for (const id of clientIds) owned.add(id);
		awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
	}

	/** The awareness client ids `peer` has claimed. */
	clientIdsOf(peer: Peer): ReadonlySet<number> {
		return this.peers.get(peer) ?? NO_IDS;
	}

	/** Is this client id free to claim for `peer`? (another peer's presence cannot be spoofed) */
	mayClaim(peer: Peer, clientId: number): boolean {
		for (const [other, ids] of this.peers) {
			if (other !== peer && ids.has(clientId)) return false;
		}
		return true;
	}

	awarenessSnapshot(): Uint8Array {
		return this.#awarenessMessage(
			awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])
		);
	}

	/** Folds the log into a snapshot (on threshold and on unload). */
	compact(): Promise<void> {
		return this.run(() => this.#compactNow());
	}

	destroy(): void {
		this.#destroyed = true;
		this.awareness.off('update', this.#onAwareness);
		this.awareness.destroy();
		this.doc.destroy();
	}

	/** Runs `apply` and collects the updates it caused (with their descriptions) into `changes`. */
	#capture(origin: unknown, apply: () => void, changes: Captured = captured()): Captured {
		const onUpdate = (u: Uint8Array, o: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
			if (o !== origin) return;
			changes.push(u);
			if (this.#events.describe) changes.described.push(...this.#events.describe(transaction));
		};
		this.doc.on('update', onUpdate);
		try {
			apply();
		} catch (error) {
			throw new MalformedUpdate(error, true);
		} finally {
			this.doc.off('update', onUpdate);
		}
		return changes;
	}

	/** Stores the change, then sends it; synchronous when the storage is (see `run`). */
	#persistAndBroadcast(changes: Captured, origin: Peer | typeof SERVER_ORIGIN): void | Promise<void> {
		if (changes.length === 0) return;
		const update = changes.length === 1 ? changes[0]! : Y.mergeUpdates(changes);
		const stored = this.#storage.append(this.name, update, {
			userId: origin === SERVER_ORIGIN ? null : origin.userId,
			at: Date.now()
		});
		if (typeof stored === 'number') return this.#broadcast(stored, update, changes.described, origin);
		return stored.then((seq) => this.#broadcast(seq, update, changes.described, origin));
	}

	#broadcast(
		seq: number,
		update: Uint8Array,
		described: string[],
		origin: Peer | typeof SERVER_ORIGIN
	): void | Promise<void> {
		this.#lastSeq = seq;
		this.#version += 1;
		this.lastActivity = Date.now();
		this.#sinceSnapshot.updates += 1;
		this.#sinceSnapshot.bytes += update.byteLength;

		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, MESSAGE.sync);
		syncProtocol.writeUpdate(encoder, update);
		const message = encoding.toUint8Array(encoder);
		for (const peer of this.peers.keys()) {
			if (peer !== origin) peer.send(message);
		}
		this.#events.changed?.(this, origin, [...new Set(described)]);

		if (this.#sinceSnapshot.updates >= this.#policy.maxUpdates || this.#sinceSnapshot.bytes >= this.#policy.maxBytes) {
			return this.#compactNow();
		}
	}

	async #compactNow(): Promise<void> {
		if (this.#sinceSnapshot.updates === 0) return;
		await this.#storage.compact(this.name, Y.encodeStateAsUpdate(this.doc), this.#lastSeq);
		this.#sinceSnapshot = { updates: 0, bytes: 0 };
	}

	#awarenessMessage(update: Uint8Array): Uint8Array {
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, MESSAGE.awareness);
		encoding.writeVarUint8Array(encoder, update);
		return encoding.toUint8Array(encoder);
	}

	#onAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
		const changed = [...added, ...updated, ...removed];
		if (changed.length === 0) return;
		const message = this.#awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
		for (const peer of this.peers.keys()) peer.send(message);
	};
}
