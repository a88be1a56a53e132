/**
 * A hand-driven y-websocket peer for attack tests: it sends exactly the frames a test builds
 * (crafted updates, repeated requests, oversized presence) and records every frame the server
 * sends back, decoded far enough to count and inspect. A stock provider would hide all of that.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { encode, type AwarenessEntry } from '../../server/sync/awareness';
import { MESSAGE } from '../../src/lib/shared/protocol';
import { until } from './server';

export interface Received {
	type: number;
	/** Sync step (0 step 1, 1 step 2, 2 update) for sync frames, else -1. */
	step: number;
	/** The frame's payload: the update / state vector / awareness update. */
	payload: Uint8Array;
}

export class RawPeer {
	readonly ws: WebSocket;
	readonly received: Received[] = [];
	readonly closed: Promise<{ code: number; reason: string }>;
	#listeners = new Set<() => void>();

	private constructor(ws: WebSocket) {
		this.ws = ws;
		ws.binaryType = 'nodebuffer';
		this.closed = new Promise((resolve) =>
			ws.once('close', (code, reason) => {
				resolve({ code, reason: reason.toString() });
				this.#notify();
			})
		);
		ws.on('message', (data: Buffer) => {
			const decoder = decoding.createDecoder(new Uint8Array(data));
			const type = decoding.readVarUint(decoder);
			const step = type === MESSAGE.sync ? decoding.readVarUint(decoder) : -1;
			const payload = type === MESSAGE.queryAwareness ? new Uint8Array() : decoding.readVarUint8Array(decoder);
			this.received.push({ type, step, payload });
			this.#notify();
		});
	}

	/** Opens `/sync/<doc>` with the token in the URL (and optional headers such as Origin or Cookie). */
	static open(url: string, doc: string, token: string | null, headers: Record<string, string> = {}): Promise<RawPeer> {
		const query = token ? `?token=${encodeURIComponent(token)}` : '';
		const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/sync/${doc}${query}`, { headers });
		return new Promise((resolve, reject) => {
			ws.once('open', () => resolve(new RawPeer(ws)));
			ws.once('unexpected-response', (_req, res) => {
				res.resume();
				reject(new Error(`upgrade refused: ${res.statusCode}`));
			});
			ws.once('error', reject);
		});
	}

	/** Sends a sync update frame (message type 0, step 2). */
	sendUpdate(update: Uint8Array): void {
		this.ws.send(
			frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, update)))
		);
	}

	/** Sends sync step 1 with `stateVector` (empty: "send me everything"). */
	sendStep1(stateVector: Uint8Array = new Uint8Array([0])): void {
		this.ws.send(
			frame(
				(e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 0), encoding.writeVarUint8Array(e, stateVector))
			)
		);
	}

	/** Sends an awareness frame with these entries (state: a JSON object, or null to remove). */
	sendAwareness(entries: AwarenessEntry[]): void {
		this.ws.send(
			frame((e) => (encoding.writeVarUint(e, MESSAGE.awareness), encoding.writeVarUint8Array(e, encode(entries))))
		);
	}

	/** The sync step 2 answers received so far. */
	step2s(): Uint8Array[] {
		return this.received.filter((r) => r.type === MESSAGE.sync && r.step === 1).map((r) => r.payload);
	}

	/** Every doc update received (step 2 answers and broadcasts), for checking what reached this peer. */
	updates(): Uint8Array[] {
		return this.received.filter((r) => r.type === MESSAGE.sync && r.step !== 0).map((r) => r.payload);
	}

	/** Waits until `check` holds, re-checking on every received frame and on close. */
	waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
		return until(
			check,
			(notify) => {
				this.#listeners.add(notify);
				return () => this.#listeners.delete(notify);
			},
			timeoutMs,
			what
		);
	}

	close(): void {
		this.ws.terminate();
	}

	#notify(): void {
		for (const listener of [...this.#listeners]) listener();
	}
}

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
	const encoder = encoding.createEncoder();
	write(encoder);
	return encoding.toUint8Array(encoder);
}

/** Client ids of every struct in `update` (to see whether crafted content reached someone). */
export function structClients(update: Uint8Array): Set<number> {
	return new Set(Y.decodeUpdate(update).structs.map((s) => s.id.client));
}

/** A state vector claiming `clock` items of `client`: a different step 1 each call, same answer size. */
export function fakeStateVector(client: number, clock = 1): Uint8Array {
	return frame((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint(e, client), encoding.writeVarUint(e, clock)));
}

/** Signs out `token` over HTTP (DELETE /api/session). */
export async function signOut(url: string, token: string): Promise<number> {
	const response = await fetch(`${url}/api/session`, {
		method: 'DELETE',
		headers: { authorization: `Bearer ${token}` }
	});
	return response.status;
}
