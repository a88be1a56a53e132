import { fail, redirect } from '@sveltejs/kit';
import { SignInError } from '../../../server/auth/signin';
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
		try {
			const { token } = await context().signIn.signIn(username, password, getClientAddress());
			setSessionCookie(cookies, token);
		} catch (failure) {
			if (failure instanceof SignInError) {
				const reason = failure.status === 400 ? 'missing' : failure.status === 429 ? 'rateLimited' : 'wrong';
				return fail(failure.status, { username, reason, retryAfterSeconds: failure.retryAfterSeconds ?? 0 });
			}
			throw failure;
		}
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};
