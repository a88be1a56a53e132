/**
 * Device hygiene. Case files are sensitive personal data: a shared or lost device must not keep
 * them. Sign-out wipes every local copy (y-indexeddb's `lotse:<doc>` databases, the Dexie index
 * `lotse-index`, localStorage `lotse:*`) unless the user marked this device for offline work.
 */
const OFFLINE_DEVICE_KEY = 'lotse-device:offline';

export function isOfflineDevice(): boolean {
	return typeof localStorage !== 'undefined' && localStorage.getItem(OFFLINE_DEVICE_KEY) === '1';
}

export function setOfflineDevice(on: boolean): void {
	if (on) localStorage.setItem(OFFLINE_DEVICE_KEY, '1');
	else localStorage.removeItem(OFFLINE_DEVICE_KEY);
}

function deleteDatabase(name: string): Promise<void> {
	return new Promise((resolve) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = request.onerror = () => resolve();
		// Blocked: another tab still has it open; it is deleted once that tab lets go.
		request.onblocked = () => resolve();
	});
}

/** Deletes all of Lotse's local data on this device. Open docs must be closed first. */
export async function wipe(): Promise<void> {
	const names = (await indexedDB.databases())
		.map((d) => d.name ?? '')
		.filter((n) => n.startsWith('lotse:') || n === 'lotse-index');
	await Promise.all(names.map(deleteDatabase));
	for (const key of Object.keys(localStorage)) if (key.startsWith('lotse:')) localStorage.removeItem(key);
}
