/**
 * One websocket on one room: decodes y-websocket frames and hands them to the room. Protocol
 * errors end here, at the connection's edge: the frame is dropped, the socket closed with a
 * code and reason, the event logged — and the room and the other peers carry on. What the
 * server queues for the socket is bounded too: a client that stops reading is closed (transient
 * code, it reconnects and catches up) instead of making the server hold everything sent to it.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import { CLOSE, MAX_AWARENESS_CLIENTS, MESSAGE } from '../../src/lib/shared/protocol';
import type { Log } from '../log';
import * as awareness from './awareness';
import { MalformedUpdate, UnresolvedUpdate, type Peer, type Room } from './room';
import type { Rooms } from './rooms';

export interface ConnectionUser {
	id: string;
	name: string;
}

export class Connection implements Peer {
	readonly userId: string;
	readonly user: ConnectionUser;
	readonly docName: string;
	readonly canWrite: boolean;
	#socket: WebSocket;
	#log: Log;
	#closed = false;
	#deniedNotified = false;
	/** Updates of the current socket read, not yet handed to the room (see #queueUpdate). */
	#pending: Uint8Array[] | null = null;
	#maxBufferedBytes: number;

	/** `maxBufferedBytes`: how much may wait in the socket's send buffer before it counts as fallen behind. */
	constructor(
		socket: WebSocket,
		docName: string,
		user: ConnectionUser,
		canWrite: boolean,
		log: Log,
		maxBufferedBytes = Infinity
	) {
		this.#socket = socket;
		this.docName = docName;
		this.user = user;
		this.userId = user.id;
		this.canWrite = canWrite;
		this.#log = log;
		this.#maxBufferedBytes = maxBufferedBytes;
	}

	get closed(): boolean {
		return this.#closed;
	}

	send(message: Uint8Array): void {
		if (this.#closed || this.#socket.readyState !== this.#socket.OPEN) return;
		// One message always goes out on an empty buffer (a large doc's sync step 2); beyond the
		// bound the reader has stopped keeping up, and every further byte would stay in memory.
		const queued = this.#socket.bufferedAmount;
		if (queued > 0 && queued + message.byteLength > this.#maxBufferedBytes) return this.#fellBehind(queued);
		this.#socket.send(message, (error) => {
			if (error) this.close(CLOSE.goingAway, 'send failed');
		});
	}

	close(code: number, reason: string): void {
		if (this.#closed) return;
		this.#closed = true;
		this.#socket.close(code, fitCloseReason(reason));
	}

	/**
	 * Stops sending and closes with a transient code. The close frame waits behind what is
	 * queued, which a client that stopped reading never takes: after a grace period the socket is
	 * cut, so the queued bytes are freed.
	 */
	#fellBehind(queued: number): void {
		this.#log.warn('sync.fell_behind', { doc: this.docName, user: this.userId, queued });
		this.close(CLOSE.fellBehind, 'too far behind, reconnect to catch up');
		setTimeout(() => this.#socket.terminate(), FELL_BEHIND_GRACE_MS).unref();
	}

	/** Handles one frame. Never throws: failures close this connection only. */
	async receive(room: Room, rooms: Rooms, data: Uint8Array): Promise<void> {
		try {
			await this.#dispatch(room, data);
		} catch (error) {
			if (error instanceof awareness.AwarenessRefused) {
				this.#log.warn('sync.awareness_refused', { doc: this.docName, user: this.userId, error: error.message });
				this.close(error.code, error.message);
				return;
			}
			if (error instanceof UnresolvedUpdate) {
				this.#log.warn('sync.unresolved', { doc: this.docName, user: this.userId });
				this.close(CLOSE.malformed, 'update depends on changes the server does not have');
				return;
			}
			if (
				error instanceof MalformedUpdate ||
				error instanceof RangeError ||
				error instanceof TypeError ||
				error instanceof SyntaxError ||
				isDecodeError(error)
			) {
				this.#log.warn('sync.malformed', { doc: this.docName, user: this.userId, error: describe(error) });
				this.close(CLOSE.malformed, 'malformed message');
				if (error instanceof MalformedUpdate && error.touchedDoc) rooms.evict(room, 'update failed while applying');
				return;
			}
			// Anything else is the server's fault (most likely storage): the doc in memory may be
			// ahead of storage, so it is dropped and every peer reconnects to a fresh load.
			this.#log.error('sync.failed', { doc: this.docName, user: this.userId, error: describe(error) });
			rooms.evict(room, 'storage failed');
		}
	}

	async #dispatch(room: Room, data: Uint8Array): Promise<void> {
		const decoder = decoding.createDecoder(data);
		const type = decoding.readVarUint(decoder);
		const step = type === MESSAGE.sync ? decoding.readVarUint(decoder) : -1;
		if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
			const update = decoding.readVarUint8Array(decoder);
			if (isEmptyUpdate(update)) return;
			if (!this.canWrite) return this.#refuseWrite();
			return this.#queueUpdate(room, update);
		}
		// Any other frame sees the updates sent before it.
		await this.#flush(room);
		switch (type) {
			case MESSAGE.sync: {
				if (step === syncProtocol.messageYjsSyncStep1) {
					await room.answerStateVector(this, decoding.readVarUint8Array(decoder));
				} else {
					throw new TypeError(`unknown sync step ${step}`);
				}
				return;
			}
			case MESSAGE.awareness: {
				const entries = awareness.decode(decoding.readVarUint8Array(decoder));
				const mine = this.#claimable(room, entries);
				if (mine.length === 0) return;
				const stamped = awareness.stamp(mine, this.user, this.canWrite);
				room.receiveAwareness(
					awareness.encode(stamped),
					this,
					mine.map((e) => e.clientId)
				);
				return;
			}
			case MESSAGE.queryAwareness:
				this.send(room.awarenessSnapshot());
				return;
			case MESSAGE.auth:
				// Clients never send auth frames in y-websocket; ignore rather than guess.
				return;
			default:
				throw new TypeError(`unknown message type ${type}`);
		}
	}

	/**
	 * The entries this connection may set: its own client ids, and free ones with a state, up to
	 * MAX_AWARENESS_CLIENTS live ids. A stock provider echoes every presence change it hears,
	 * other clients' and departed clients' removals included; those echoes are dropped here, so
	 * they neither count against the cap nor reach the other peers again.
	 */
	#claimable(room: Room, entries: awareness.AwarenessEntry[]): awareness.AwarenessEntry[] {
		const owned = room.clientIdsOf(this);
		const mine = entries.filter(
			(entry) => owned.has(entry.clientId) || (entry.state !== null && room.mayClaim(this, entry.clientId))
		);
		// The ids with a presence once this frame is applied (a handful at most: cheap per frame).
		const live = room.awareness.getStates();
		const after = new Set<number>();
		for (const id of owned) if (live.has(id)) after.add(id);
		for (const entry of mine) {
			if (entry.state === null) after.delete(entry.clientId);
			else after.add(entry.clientId);
		}
		if (after.size > MAX_AWARENESS_CLIENTS)
			throw new awareness.AwarenessRefused(
				CLOSE.tooManyClients,
				`more than ${MAX_AWARENESS_CLIENTS} awareness client ids on one connection`
			);
		return mine;
	}

	/**
	 * ws emits every frame of one socket read in the same tick, so updates wait one microtask for
	 * the rest of their read and go to the room together: a burst (a client catching up, a paste
	 * split into many transactions) is then stored in one commit and sent as one message per
	 * peer instead of one per update. A single edit waits one microtask.
	 */
	async #queueUpdate(room: Room, update: Uint8Array): Promise<void> {
		if (this.#pending) {
			this.#pending.push(update);
			return;
		}
		this.#pending = [update];
		await null;
		await this.#flush(room);
	}

	/** Hands the waiting updates to the room; errors reach the frame that flushes. */
	#flush(room: Room): Promise<void> {
		const batch = this.#pending;
		this.#pending = null;
		return batch ? room.receiveAll(batch, this) : Promise.resolve();
	}

	/** Read-only: the update is dropped (not applied, not stored) and the client told once. */
	#refuseWrite(): void {
		this.#log.info('sync.write_refused', { doc: this.docName, user: this.userId });
		if (this.#deniedNotified) return;
		this.#deniedNotified = true;
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, MESSAGE.auth);
		authProtocol.writePermissionDenied(encoder, 'read-only: your changes to this document are not saved');
		this.send(encoding.toUint8Array(encoder));
	}
}

/** How long a connection that fell behind gets to take its close frame before the socket is cut. */
const FELL_BEHIND_GRACE_MS = 5_000;

/** An update with no structs and an empty delete set, as clients send when they have nothing new. */
function isEmptyUpdate(update: Uint8Array): boolean {
	return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}

/** A close frame's reason is at most 123 bytes (RFC 6455 §5.5); ws throws beyond that. */
function fitCloseReason(reason: string): string {
	let fitted = reason;
	while (Buffer.byteLength(fitted) > 123) fitted = fitted.slice(0, -1);
	return fitted;
}

function isDecodeError(error: unknown): boolean {
	// lib0's decoders throw plain Errors with these messages on truncated input.
	return error instanceof Error && /Unexpected end of array|Integer out of Range/.test(error.message);
}

function describe(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
