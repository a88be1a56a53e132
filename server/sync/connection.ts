/**
 * One websocket on one room: decodes y-websocket frames and hands them to the room. Protocol
 * errors end here, at the connection's edge: the frame is dropped, the socket closed with a
 * code and reason, the event logged — and the room and the other peers carry on.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import { CLOSE, MESSAGE } from '../../src/lib/shared/protocol';
import type { Log } from '../log';
import * as awareness from './awareness';
import { MalformedUpdate, type Peer, type Room } from './room';
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

	constructor(socket: WebSocket, docName: string, user: ConnectionUser, canWrite: boolean, log: Log) {
		this.#socket = socket;
		this.docName = docName;
		this.user = user;
		this.userId = user.id;
		this.canWrite = canWrite;
		this.#log = log;
	}

	get closed(): boolean {
		return this.#closed;
	}

	send(message: Uint8Array): void {
		if (this.#closed || this.#socket.readyState !== this.#socket.OPEN) return;
		this.#socket.send(message, (error) => {
			if (error) this.close(CLOSE.goingAway, 'send failed');
		});
	}

	close(code: number, reason: string): void {
		if (this.#closed) return;
		this.#closed = true;
		this.#socket.close(code, fitCloseReason(reason));
	}

	/** Handles one frame. Never throws: failures close this connection only. */
	async receive(room: Room, rooms: Rooms, data: Uint8Array): Promise<void> {
		try {
			await this.#dispatch(room, data);
		} catch (error) {
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
				const mine = entries.filter((entry) => room.mayClaim(this, entry.clientId));
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
