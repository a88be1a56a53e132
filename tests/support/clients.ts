/** Stock y-websocket clients in Node, as any standard Yjs client would connect. */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { until } from './server';

export interface Client {
	doc: Y.Doc;
	provider: WebsocketProvider;
	synced(): Promise<void>;
	destroy(): void;
}

export function connect(url: string, docName: string, token: string, doc = new Y.Doc()): Client {
	const provider = new WebsocketProvider(url.replace(/^http/, 'ws') + '/sync', docName, doc, {
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		disableBc: true,
		params: { token }
	});
	return {
		doc,
		provider,
		synced: () =>
			until(
				() => provider.synced,
				(notify) => {
					provider.on('sync', notify);
					return () => provider.off('sync', notify);
				},
				15_000,
				`sync of ${docName}`
			),
		destroy: () => {
			provider.destroy();
			doc.destroy();
		}
	};
}

/** Waits until `check(doc)` holds, re-checking on each update of the doc. */
export function waitForDoc(
	doc: Y.Doc,
	check: (doc: Y.Doc) => boolean,
	what: string,
	timeoutMs = 10_000
): Promise<void> {
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

/** Opens a raw websocket and reports how the server answered the upgrade. */
export function rawUpgrade(
	url: string,
	path: string,
	headers: Record<string, string> = {}
): Promise<{ status: number; body: string } | { open: WebSocket }> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(url.replace(/^http/, 'ws') + path, { headers });
		ws.once('open', () => resolve({ open: ws }));
		ws.once('unexpected-response', (_req, res) => {
			let body = '';
			res.on('data', (chunk: Buffer) => (body += chunk.toString()));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		ws.once('error', (error) => {
			if (ws.readyState !== ws.CLOSED) reject(error);
		});
	});
}

export function closed(ws: WebSocket): Promise<{ code: number; reason: string }> {
	return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}
