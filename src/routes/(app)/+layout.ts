import { redirect } from '@sveltejs/kit';
import { hub } from '$lib/sync/hub.svelte';
import * as session from '$lib/sync/session';
import type { LayoutLoad } from './$types';

// Local-first: pages render in the browser from the local copies, never on the server.
export const ssr = false;

export const load: LayoutLoad = async ({ fetch, url }) => {
	const result = await session.load(fetch);
	if (result.kind === 'signedOut' && result.ended) {
		hub.closeAll();
		await session.wipeUnlessOfflineDevice();
	}
	if (result.kind === 'signedOut') redirect(307, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	return { me: result.me };
};
