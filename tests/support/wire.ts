/**
 * Raw y-websocket frames over a plain websocket, for tests that must see exactly what the
 * server sends (a stock provider hides refusals and retries).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { MESSAGE } from '../../src/lib/shared/protocol';

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
	const encoder = encoding.createEncoder();
	write(encoder);
	return encoding.toUint8Array(encoder);
}

/**
 * Opens `doc`, sends one update setting matrix[key], then asks for the whole doc (sync step 1
 * with an empty state vector). The server handles a connection's frames in order, so its step 2
 * answer shows whether the update was applied. Resolves true if it was.
 */
export function tryWrite(url: string, doc: string, token: string, key: string): Promise<boolean> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/sync/${doc}?token=${encodeURIComponent(token)}`);
		const timer = setTimeout(() => reject(new Error(`no answer writing ${doc}`)), 10_000);
		ws.binaryType = 'arraybuffer';
		ws.once('open', () => {
			const local = new Y.Doc();
			local.getMap('matrix').set(key, true);
			ws.send(
				frame(
					(e) => (
						encoding.writeVarUint(e, MESSAGE.sync),
						encoding.writeVarUint(e, 2),
						encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(local))
					)
				)
			);
			ws.send(
				frame(
					(e) => (
						encoding.writeVarUint(e, MESSAGE.sync),
						encoding.writeVarUint(e, 0),
						encoding.writeVarUint8Array(e, new Uint8Array([0]))
					)
				)
			);
		});
		ws.on('message', (data: ArrayBuffer) => {
			const decoder = decoding.createDecoder(new Uint8Array(data));
			if (decoding.readVarUint(decoder) !== MESSAGE.sync || decoding.readVarUint(decoder) !== 1) return;
			const remote = new Y.Doc();
			Y.applyUpdate(remote, decoding.readVarUint8Array(decoder));
			clearTimeout(timer);
			ws.close();
			resolve(remote.getMap('matrix').get(key) === true);
		});
		ws.once('unexpected-response', (_req, res) => {
			clearTimeout(timer);
			reject(new Error(`upgrade refused: ${res.statusCode}`));
		});
	});
}

/** Upgrade status only: 101 when the socket opened, else the HTTP status. */
export function upgradeStatus(url: string, doc: string, token: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/sync/${doc}?token=${encodeURIComponent(token)}`);
		ws.once('open', () => {
			ws.close();
			resolve(101);
		});
		ws.once('unexpected-response', (_req, res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		});
		ws.once('error', (error) => reject(error));
	});
}
