/**
 * Outcomes of data-protection operations, as plain objects: SvelteKit's server bundle has its
 * own copies of classes, so `instanceof` on an error thrown here would fail in a route. Routes
 * turn a refusal into its HTTP status with the reason.
 */
export type Outcome<T> =
	| { ok: true; value: T }
	| {
			ok: false;
			status: 400 | 403 | 404 | 409 | 410;
			reason: string;
			/** Names the refusal for the UI, which shows a German message for it. */
			code?: string;
	  };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refuse = (status: 400 | 403 | 404 | 409 | 410, reason: string, code?: string): Outcome<never> =>
	code === undefined ? { ok: false, status, reason } : { ok: false, status, reason, code };
