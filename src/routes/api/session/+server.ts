/**
 * POST   /api/session  {"username","password"} → {"token", "user"} and the session cookie
 * GET    /api/session  → {"user"} of the current session, 401 without one
 * DELETE /api/session  → ends the current session
 */
import { error, json } from '@sveltejs/kit';
import { context } from '../../../../server/context';
import { describeUser } from '$lib/server/me';
import { clearSessionCookie, setSessionCookie } from '$lib/server/session-cookie';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, cookies, getClientAddress }) => {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return json({ error: 'body must be JSON: {"username","password"}' }, { status: 400 });
	}
	const { username, password } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
	const result = await context().signIn.signIn(username, password, getClientAddress());
	if (!result.ok) {
		const headers: Record<string, string> = result.retryAfterSeconds
			? { 'Retry-After': String(result.retryAfterSeconds) }
			: {};
		return json({ error: result.message }, { status: result.status, headers });
	}
	setSessionCookie(cookies, result.token);
	return json({ token: result.token, user: describeUser(result.user) });
};

export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.user) error(401, 'sign-in required');
	return json({ user: describeUser(locals.user) });
};

export const DELETE: RequestHandler = async ({ locals, cookies }) => {
	if (locals.token) context().sessions.revoke(locals.token);
	clearSessionCookie(cookies);
	return new Response(null, { status: 204 });
};
