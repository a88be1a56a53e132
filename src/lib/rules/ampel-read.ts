/**
 * Reads the Ampel state from a case summary defensively: the Ampel is computed by the cockpit
 * (another module) and may be absent, a plain colour, or an object with a `state`.
 */
export const AMPEL_STATES = ['green', 'yellow', 'red'] as const;

export function ampelOf(summary: object | undefined): string {
	const value: unknown = summary && (summary as Record<string, unknown>).ampel;
	const state =
		typeof value === 'string'
			? value
			: value && typeof value === 'object'
				? (value as Record<string, unknown>).state
				: '';
	return typeof state === 'string' && (AMPEL_STATES as readonly string[]).includes(state) ? state : '';
}
