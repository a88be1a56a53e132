import { fail, redirect } from '@sveltejs/kit';
import { context } from '../../../server/context';
import { setSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

/** Only same-site paths: an open redirect would let a link send users elsewhere after sign-in. */
function safeNext(next: string | null): string {
	return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const username = String(form.get('username') ?? '');
		const password = String(form.get('password') ?? '');
		const result = await context().signIn.signIn(username, password, getClientAddress());
		if (!result.ok)
			return fail(result.status, { username, reason: result.reason, retryAfterSeconds: result.retryAfterSeconds ?? 0 });
		setSessionCookie(cookies, result.token);
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};
