/** The session cookie's flags, in one place: HttpOnly, SameSite=Lax, Secure behind TLS. */
import type { Cookies } from '@sveltejs/kit';
import { context, SESSION_COOKIE } from '../../../server/context';

export function setSessionCookie(cookies: Cookies, token: string): void {
	const { config } = context();
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: config.behindTls,
		maxAge: Math.floor(config.sessionMaxAgeMs / 1000)
	});
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
