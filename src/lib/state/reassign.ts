/**
 * Reassigning a case to another case manager: one write of caseInfo.managerId in the case doc,
 * made like any edit (LOCAL origin, through the hub), so the server's access check, the audit
 * trail and the projection (→ every board, live) all follow from it.
 *
 * The write waits until the doc has the server's state (or, offline, a local copy): a map key
 * set on an empty doc would be a concurrent write that Yjs may resolve against us. The doc is
 * kept open until the server has the change.
 */
import { t } from '$lib/i18n';
import * as caseinfo from '$lib/model/caseinfo';
import { caseRoots } from '$lib/model/schema';
import * as docname from '$lib/shared/docname';
import type { DocHandle } from '$lib/sync/dochandle.svelte';
import { hub } from '$lib/sync/hub.svelte';
import { LOCAL } from '$lib/sync/origin';

export class NotAvailableOffline extends Error {}

/** Reassigns and returns the sentence to announce; rethrows (after announcing) so the view can undo its move. */
export async function reassignWithNotice(
	c: { id: string; lastName: string; firstName: string },
	managerId: string,
	managerName: string
): Promise<string> {
	try {
		await reassign(c.id, managerId);
		return t('team.moved', { name: `${c.lastName} ${c.firstName}`, manager: managerName });
	} catch (error) {
		if (error instanceof NotAvailableOffline) throw new ReassignFailed(t('team.offlineUnavailable'));
		throw new ReassignFailed(t('error.generic'));
	}
}

/** Carries the message for the user. */
export class ReassignFailed extends Error {}

export async function reassign(caseId: string, managerId: string): Promise<void> {
	const handle = hub.open(docname.caseDoc(caseId));
	try {
		await ready(handle);
		caseinfo.set(handle.doc, 'managerId', managerId, LOCAL);
	} finally {
		releaseWhenSynced(handle);
	}
}

function ready(handle: DocHandle): Promise<void> {
	if (handle.provider.synced) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const onSync = (synced: boolean) => {
			if (!synced) return;
			handle.provider.off('sync', onSync);
			resolve();
		};
		handle.provider.on('sync', onSync);
		if (!hub.online) {
			void handle.whenLocal.then(() => {
				handle.provider.off('sync', onSync);
				if (caseRoots.caseInfo(handle.doc).size > 0) resolve();
				else reject(new NotAvailableOffline(handle.name));
			});
		}
	});
}

function releaseWhenSynced(handle: DocHandle): void {
	// y-websocket sends an edit at once while connected; offline it goes out on the next sync.
	if (handle.provider.wsconnected && handle.provider.synced) return hub.release(handle);
	const onSync = (synced: boolean) => {
		if (!synced) return;
		handle.provider.off('sync', onSync);
		hub.release(handle);
	};
	handle.provider.on('sync', onSync);
}
