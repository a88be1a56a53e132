/**
 * The wire protocol is stock y-websocket (y-protocols sync + awareness), so any standard Yjs
 * client can connect. What Lotse adds is declared here once: the URL shape and the close codes
 * it uses to say why a connection ended.
 */

export const SYNC_PATH = '/sync/';

/** Message types of the y-websocket protocol (first varUint of every frame). */
export const MESSAGE = {
	sync: 0,
	awareness: 1,
	auth: 2,
	queryAwareness: 3
} as const;

/**
 * Application close codes (4000–4999 are free for applications, RFC 6455 §7.4.2). Stock
 * y-websocket clients treat 4400–4499 as final (no reconnect) and reconnect on anything else,
 * so "come back later" codes stay outside that range.
 */
export const CLOSE = {
	/** The frame could not be decoded or had an unknown type. Nothing of it was stored. */
	malformed: 4400,
	/** The session ended or expired while the socket was open. */
	unauthorized: 4401,
	/** Access to the doc was withdrawn while the socket was open. */
	forbidden: 4403,
	/** An awareness state above MAX_AWARENESS_STATE_BYTES. A stock client would resend it, so final. */
	awarenessTooLarge: 4413,
	/** More than MAX_AWARENESS_CLIENTS awareness client ids claimed on one connection. */
	tooManyClients: 4429,
	/** The server is reloading the doc (e.g. after erasure); reconnect to resync. */
	reload: 4100,
	/** The server could not store an update; nothing was broadcast. Reconnect to retry. */
	storageFailed: 4500,
	/**
	 * The client stopped reading: more than the per-socket send buffer was queued for it. The
	 * server stops sending and closes; a reconnect catches up with one sync step (nothing is lost).
	 */
	fellBehind: 4503,
	/** Standard code for frames above the size limit (ws sends it itself). */
	tooLarge: 1009,
	/** Standard code: server shutting down. */
	goingAway: 1001
} as const;

export const DEFAULT_MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/**
 * One client's awareness state (cursor, selection, colour) is a few hundred bytes; the cap keeps
 * one connection from making every joiner download megabytes of "presence".
 */
export const MAX_AWARENESS_STATE_BYTES = 16 * 1024;

/**
 * A stock provider announces one awareness client id per doc; a few more appear when browser tabs
 * relay each other's presence. Ids beyond this on one connection are refused.
 */
export const MAX_AWARENESS_CLIENTS = 8;
