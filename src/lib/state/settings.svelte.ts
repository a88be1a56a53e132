/**
 * Server-side cockpit settings (the caseload limit), fetched when online and cached on this
 * device so the team view works offline with the last known value.
 */
import { DEFAULT_LIMIT } from '$lib/rules/caseload';

const KEY = 'lotse:cockpit-settings';

class CockpitSettings {
	caseloadLimit = $state(DEFAULT_LIMIT);
	#loaded = false;

	load(): void {
		if (this.#loaded) return;
		this.#loaded = true;
		const cached = localStorage.getItem(KEY);
		if (cached) this.caseloadLimit = (JSON.parse(cached) as { caseloadLimit: number }).caseloadLimit;
		void fetch('/api/cockpit')
			.then(async (response) => {
				if (!response.ok) return;
				const body = (await response.json()) as { caseloadLimit: number };
				this.caseloadLimit = body.caseloadLimit;
				localStorage.setItem(KEY, JSON.stringify(body));
			})
			.catch(() => undefined); // offline: the cached value stays
	}
}

export const settings = new CockpitSettings();
