/**
 * The client's address, as the sign-in limits count it. Without a reverse proxy it is the
 * socket's peer and X-Forwarded-For is ignored (anyone can send that header). Behind `hops`
 * trusted proxies (LOTSE_TRUST_PROXY), each proxy appended the address it received the request
 * from, so the client is the entry `hops` places from the right of [X-Forwarded-For…, peer];
 * entries further left were written by the client itself and are not believed.
 */
export function clientAddress(peer: string, forwardedFor: string | string[] | undefined, hops: number): string {
	if (hops <= 0) return peer;
	const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
	const chain = [
		...header
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean),
		peer
	];
	return chain[Math.max(0, chain.length - 1 - hops)]!;
}
