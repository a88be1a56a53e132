/**
 * Cross-site websocket hijacking guard. A browser sends the user's cookie with a websocket
 * upgrade whichever page opens it — also a page on another origin of the same site, such as
 * another port on the same host — and websockets are not covered by CORS. Only the Origin header
 * tells the server whose page asks; browsers always send it with an upgrade and scripts cannot
 * set it. A request without Origin is no browser page (a Node or Yrs client with the token in
 * the URL), so it cannot ride on someone's cookie and passes.
 */

/**
 * May a request with this Origin open a socket? Yes without Origin, for the origin the request
 * itself was sent to (the Host header, either scheme: the app's own pages), and for the listed
 * origins (the public address behind a proxy that rewrites Host).
 */
export function allowed(origin: string | undefined, host: string | undefined, listed: readonly string[]): boolean {
	if (origin === undefined) return true;
	const asked = origin.toLowerCase();
	if (listed.includes(asked)) return true;
	if (!host) return false;
	const own = host.toLowerCase();
	return asked === `http://${own}` || asked === `https://${own}`;
}
