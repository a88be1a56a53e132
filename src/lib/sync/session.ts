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

/** `ended`: this device had a session and the server no longer knows it (expired, ended elsewhere). */
export type SessionResult = { kind: 'signedIn'; me: Me; offline: boolean } | { kind: 'signedOut'; ended: boolean };

export async function load(fetcher: typeof fetch): Promise<SessionResult> {
	try {
		const response = await fetcher('/api/session');
		if (response.status === 401) {
			const ended = localStorage.getItem(KEY) !== null;
			localStorage.removeItem(KEY);
			return { kind: 'signedOut', ended };
		}
		if (!response.ok) throw new Error(`session: HTTP ${response.status}`);
		const { user } = (await response.json()) as { user: Me };
		localStorage.setItem(KEY, JSON.stringify(user));
		return { kind: 'signedIn', me: user, offline: false };
	} catch {
		const cached = localStorage.getItem(KEY);
		if (!cached) return { kind: 'signedOut', ended: false };
		return { kind: 'signedIn', me: JSON.parse(cached) as Me, offline: true };
	}
}

/** Ends the session; wipes this device's local copies unless it is marked for offline work. */
export async function signOut(): Promise<void> {
	await fetch('/api/session', { method: 'DELETE' }).catch(() => undefined);
	localStorage.removeItem(KEY);
	await wipeUnlessOfflineDevice();
}

/**
 * Wipes this device's local copies unless it is marked for offline work: at sign-out, and when
 * the session ended on its own (expiry, idle timeout, disabled account) — then nobody clicked
 * "Abmelden", but the data must not stay on a shared device either. Open docs must be closed first.
 */
export async function wipeUnlessOfflineDevice(): Promise<void> {
	if (device.isOfflineDevice()) return;
	db.close();
	await device.wipe();
}

/**
 * At the sign-in page: if this device still remembers a session the server no longer knows (it
 * expired or was ended elsewhere; the server redirected here), wipe as a sign-out would.
 */
export async function wipeIfSessionEnded(): Promise<void> {
	if (localStorage.getItem(KEY) === null) return;
	const response = await fetch('/api/session').catch(() => null);
	if (response?.status !== 401) return;
	localStorage.removeItem(KEY);
	await wipeUnlessOfflineDevice();
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
