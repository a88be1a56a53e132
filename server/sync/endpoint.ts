/**
 * The sync endpoint: HTTP upgrade on /sync/<doc name>. Everything is checked before the
 * websocket exists — doc name, the page's origin, session, sockets per session, read access —
 * so a refused client never receives a byte of the doc. The answer is a plain HTTP status with
 * a reason in the body. Once open, a socket lives no longer than its session (session-sockets.ts).
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import * as docname from '../../src/lib/shared/docname';
import { CLOSE, SYNC_PATH } from '../../src/lib/shared/protocol';
import type { Access } from '../access';
import type { User } from '../auth/accounts';
import type { Sessions, SessionState } from '../auth/sessions';
import { SESSION_COOKIE } from '../context';
import type { Log } from '../log';
import { Connection } from './connection';
import * as origin from './origin';
import type { Room } from './room';
import type { Rooms } from './rooms';
import { SessionSockets, type SessionEntry } from './session-sockets';

export interface EndpointDeps {
	rooms: Rooms;
	sessions: Sessions;
	access: Access;
	log: Log;
	maxMessageBytes: number;
	/** Re-decide every open connection this often (consent expiry needs no event). 0 = never. */
	recheckMs?: number;
	/** Told about every opened connection (the audit trail logs confidential opens). */
	opened?(doc: string, user: User): void;
	/** Origins besides the request's own whose pages may open sockets (see origin.ts). */
	allowedOrigins?: readonly string[];
	/** Open sockets one session may hold (default 50). */
	maxSocketsPerSession?: number;
	/** Bytes queued for one socket before it counts as fallen behind (default 8 MiB). */
	maxBufferedBytes?: number;
}

export class SyncEndpoint {
	#deps: EndpointDeps;
	#wss: WebSocketServer;
	/** Open connections, so that access changes can cut them off at once. */
	readonly connections = new Set<Connection>();
	/** The session token each connection was opened with, for re-checks. */
	#tokens = new WeakMap<Connection, string>();
	#recheck: NodeJS.Timeout | undefined;
	#sockets: SessionSockets<Connection>;
	#unsubscribe: () => void;

	#alive = new WeakSet<WebSocket>();
	#heartbeat: NodeJS.Timeout;

	constructor(deps: EndpointDeps, heartbeatMs = 30_000) {
		this.#deps = deps;
		this.#wss = new WebSocketServer({
			noServer: true,
			maxPayload: deps.maxMessageBytes,
			perMessageDeflate: false,
			// All frames of one socket read are emitted in the same tick (ws's default, relied on by
			// Connection to hand a burst of updates to the room together).
			allowSynchronousEvents: true
		});
		// A peer that vanished without a close (laptop lid shut, network gone) would hold its
		// room open forever; ping every interval and drop sockets that did not answer the last one.
		this.#heartbeat = setInterval(() => {
			for (const ws of this.#wss.clients) {
				if (!this.#alive.has(ws)) {
					ws.terminate();
					continue;
				}
				this.#alive.delete(ws);
				ws.ping();
			}
		}, heartbeatMs);
		this.#heartbeat.unref();
		this.#sockets = new SessionSockets<Connection>(
			deps.sessions,
			deps.maxSocketsPerSession ?? 50,
			(connection, reason) => {
				connection.close(CLOSE.unauthorized, reason);
				deps.log.info('sync.session_closed', { doc: connection.docName, user: connection.userId, reason });
			}
		);
		// Sign-out and disabling end a session by an act: its sockets close in the same tick.
		this.#unsubscribe = deps.sessions.onEnded((end) =>
			'token' in end ? this.#sockets.end(end.token, end.reason) : this.#sockets.endUser(end.userId, end.reason)
		);
		if (deps.recheckMs) {
			this.#recheck = setInterval(() => this.recheck(), deps.recheckMs);
			this.#recheck.unref();
		}
	}

	/**
	 * Re-decides every open connection with the access function, as at upgrade: a connection
	 * whose session ended (expired, signed out, user disabled) is closed with 4401, one that may
	 * no longer read (consent revoked or expired, share revoked, handover) with 4403; both are
	 * final for stock clients. One whose write permission changed is closed with 4100 so the
	 * client reconnects with the new permission. Called after every access-changing event and
	 * periodically (expiry happens without an event).
	 */
	recheck(now = Date.now()): number {
		const { sessions, access } = this.#deps;
		let closed = 0;
		for (const connection of this.connections) {
			const user = sessions.resolve(this.#tokens.get(connection), now, false);
			if (!user) {
				connection.close(CLOSE.unauthorized, 'session ended');
			} else {
				const read = access.check(user, connection.docName, 'read', now);
				if (!read.allow) connection.close(CLOSE.forbidden, read.reason);
				else if (access.check(user, connection.docName, 'write', now).allow !== connection.canWrite)
					connection.close(CLOSE.reload, 'access changed, please reconnect');
				else continue;
			}
			this.#deps.log.info('sync.recheck_closed', { doc: connection.docName, user: connection.userId });
			closed++;
		}
		return closed;
	}

	handles(req: http.IncomingMessage): boolean {
		return (req.url ?? '').startsWith(SYNC_PATH);
	}

	upgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
		const { log, sessions, access } = this.#deps;
		const url = new URL(req.url ?? '/', 'http://localhost');
		let name: string;
		try {
			name = decodeURIComponent(url.pathname.slice(SYNC_PATH.length));
		} catch {
			return refuse(socket, 400, 'malformed doc name', log);
		}
		if (!docname.parse(name)) return refuse(socket, 400, 'unknown doc name', log);
		if (!origin.allowed(req.headers.origin, req.headers.host, this.#deps.allowedOrigins ?? []))
			return refuse(socket, 403, 'origin not allowed', log, { origin: String(req.headers.origin).slice(0, 100) });

		const token = url.searchParams.get('token') ?? cookie(req.headers.cookie, SESSION_COOKIE);
		const session = sessions.state(token);
		if (!session || !token) return refuse(socket, 401, token ? 'session expired or invalid' : 'sign-in required', log);
		const user = session.user;
		if (!this.#sockets.hasRoom(token))
			return refuse(socket, 429, 'too many open connections for this session', log, { user: user.id });

		const read = access.check(user, name, 'read');
		if (!read.allow) return refuse(socket, 403, read.reason, log, { user: user.id, doc: name });
		const canWrite = access.check(user, name, 'write').allow;

		this.#wss.handleUpgrade(req, socket, head, (ws) => {
			this.#alive.add(ws);
			ws.on('pong', () => this.#alive.add(ws));
			this.#open(ws, name, session, canWrite, token);
		});
	}

	#open(ws: WebSocket, name: string, session: SessionState, canWrite: boolean, token: string): void {
		const { rooms, log } = this.#deps;
		const user = session.user;
		const connection = new Connection(
			ws,
			name,
			{ id: user.id, name: user.displayName },
			canWrite,
			log,
			this.#deps.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES
		);
		this.connections.add(connection);
		this.#tokens.set(connection, token);
		const entry: SessionEntry<Connection> = this.#sockets.add(token, session, connection);
		// Opening a socket is use of the session, like a request.
		this.#sockets.used(entry, Date.now());
		log.info('sync.open', { doc: name, user: user.id, write: canWrite });
		this.#deps.opened?.(name, user);

		// Frames that arrive while the room loads wait in `chain` and are processed in order once
		// it is ready; after that a frame goes straight to the room (whose queue keeps the order),
		// so an edit is not held back by promise hops.
		let chain = rooms.get(name);
		let room: Room | null = null;
		let waiting = 0;
		ws.on('message', (data: Buffer, isBinary: boolean) => {
			const now = Date.now();
			// A frame that arrives after the session ended is dropped (and its sockets closed), even
			// when the timer that ends it has not fired yet.
			if (!this.#sockets.alive(entry, now)) return;
			if (!isBinary) {
				log.warn('sync.malformed', { doc: name, user: user.id, error: 'text frame' });
				connection.close(CLOSE.malformed, 'binary frames only');
				return;
			}
			const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
			// Editing is use of the session (keeps it from idling out); awareness heartbeats are not.
			// `used` compares the clock first, so a keystroke costs no hash and no database write.
			if (bytes[0] === 0 && bytes[1] === 2 && bytes.byteLength > 4) this.#sockets.used(entry, now);
			if (room && waiting === 0) {
				if (!connection.closed) void connection.receive(room, rooms, bytes);
				return;
			}
			waiting += 1;
			chain = chain.then(async (loaded) => {
				try {
					if (!connection.closed) await connection.receive(loaded, rooms, bytes);
				} finally {
					waiting -= 1;
				}
				return loaded;
			});
		});
		ws.on('error', (error) => {
			// ws reports oversized frames here (and closes with 1009 itself).
			log.warn('sync.socket_error', { doc: name, user: user.id, error: error.message });
		});
		ws.on('close', (code) => {
			this.connections.delete(connection);
			this.#sockets.remove(entry, connection);
			void chain.then((room) => room.leave(connection)).catch(() => undefined);
			log.info('sync.close', { doc: name, user: user.id, code });
		});
		chain
			.then((loaded) => {
				if (connection.closed) return;
				loaded.join(connection);
				room = loaded;
			})
			.catch((error: unknown) => {
				log.error('sync.load_failed', { doc: name, error: String(error) });
				connection.close(CLOSE.storageFailed, 'could not load document');
			});
	}

	/** Closes every connection matching `filter` (access withdrawn, user disabled, shutdown). */
	closeWhere(filter: (c: Connection) => boolean, code: number, reason: string): number {
		let closed = 0;
		for (const connection of this.connections) {
			if (filter(connection)) {
				connection.close(code, reason);
				closed++;
			}
		}
		return closed;
	}

	close(): void {
		clearInterval(this.#heartbeat);
		clearInterval(this.#recheck);
		this.#unsubscribe();
		this.#sockets.close();
		this.closeWhere(() => true, CLOSE.goingAway, 'server shutting down');
		this.#wss.close();
	}
}

const DEFAULT_MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

const STATUS_TEXT: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	429: 'Too Many Requests'
};

function refuse(socket: Duplex, status: number, reason: string, log: Log, fields: Record<string, string> = {}): void {
	log.warn('sync.refused', { status, reason, ...fields });
	const body = JSON.stringify({ error: reason });
	socket.end(
		`HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
	);
}

function cookie(header: string | undefined, name: string): string | null {
	if (!header) return null;
	for (const part of header.split(';')) {
		const [key, ...rest] = part.trim().split('=');
		if (key === name) return decodeURIComponent(rest.join('='));
	}
	return null;
}
