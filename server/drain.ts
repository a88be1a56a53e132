/**
 * Reads and discards what is left of a request body once its response is sent. Endpoints
 * answer some uploads before reading them (403, 415 on the first bytes, 413 at the limit);
 * SvelteKit's body stream has paused the request by then, and a keep-alive connection with
 * unread bytes in it stalls, so the client's next request on it fails with a reset. Draining
 * discards without buffering; SvelteKit's BODY_SIZE_LIMIT bounds what a client can make us read.
 */
import type http from 'node:http';

export function drainAfterResponse(req: http.IncomingMessage, res: http.ServerResponse): void {
	res.once('finish', () => {
		if (req.complete || req.destroyed) return;
		req.removeAllListeners('data');
		req.on('data', () => undefined);
		req.resume();
	});
}
