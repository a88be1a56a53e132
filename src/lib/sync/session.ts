/**
 * Who is signed in, as far as this device knows. Online, the server says; offline, the last
 * answer cached on this device lets the user keep working with the local copies.
 */
import { db } from '$lib/db';
import type { Me } from '$lib/server/me';
import type { StaffSubject } from '$lib/shared/access';
import { isAgencyKind, isRole } from '$lib/shared/roles';
import * as device from './device';

export type { Me };

const KEY = 'lotse:me';

export type SessionResult = { kind: 'signedIn'; me: Me; offline: boolean } | { kind: 'signedOut' };

export async function load(fetcher: typeof fetch): Promise<SessionResult> {
	try {
		const response = await fetcher('/api/session');
		if (response.status === 401) {
			localStorage.removeItem(KEY);
			return { kind: 'signedOut' };
		}
		if (!response.ok) throw new Error(`session: HTTP ${response.status}`);
		const { user } = (await response.json()) as { user: Me };
		localStorage.setItem(KEY, JSON.stringify(user));
		return { kind: 'signedIn', me: user, offline: false };
	} catch {
		const cached = localStorage.getItem(KEY);
		if (!cached) return { kind: 'signedOut' };
		return { kind: 'signedIn', me: JSON.parse(cached) as Me, offline: true };
	}
}

/** Ends the session; wipes this device's local copies unless it is marked for offline work. */
export async function signOut(): Promise<void> {
	await fetch('/api/session', { method: 'DELETE' }).catch(() => undefined);
	localStorage.removeItem(KEY);
	if (!device.isOfflineDevice()) {
		db.close();
		await device.wipe();
	}
}

/**
 * The signed-in user as the access rules see them, so the browser can hide what the server
 * would refuse anyway (the server decides with its own copy of these facts).
 */
export function subjectOf(me: Me): StaffSubject {
	return {
		kind: 'staff',
		userId: me.id,
		agencyId: me.agency.id,
		agencyKind: isAgencyKind(me.agency.kind) ? me.agency.kind : 'provider',
		canton: me.agency.canton,
		region: me.agency.region,
		roles: me.roles.filter(isRole)
	};
}
