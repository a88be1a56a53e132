/** Turns a server Outcome (see server/privacy/result.ts) into the HTTP answer, in one place. */
import { json } from '@sveltejs/kit';
import type { Outcome } from '../../../server/privacy/result';

export function answer<T>(outcome: Outcome<T>, body: (value: T) => unknown = (value) => value): Response {
	if (outcome.ok) return json(body(outcome.value));
	const refusal =
		outcome.code === undefined ? { error: outcome.reason } : { error: outcome.reason, code: outcome.code };
	return json(refusal, { status: outcome.status });
}

/** The request body as JSON, or null when it is not. */
export async function jsonBody(request: Request): Promise<unknown> {
	try {
		return await request.json();
	} catch {
		return null;
	}
}

export function badRequest(message: string): Response {
	return json({ error: message }, { status: 400 });
}
