/** JSON calls to /api with the server's refusal reason surfaced as a typed error. */
export class ApiError extends Error {
	readonly status: number;
	/** The server's name for the refusal, where it gives one (the UI shows a German text for it). */
	readonly code: string | undefined;
	constructor(status: number, message: string, code?: string) {
		super(message);
		this.status = status;
		this.code = code;
	}
}

export async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
	const response = await fetch(path, {
		method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
		headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
		body: init.body === undefined ? undefined : JSON.stringify(init.body)
	});
	const body = (await response.json().catch(() => ({}))) as T & { error?: string; code?: string };
	if (!response.ok) throw new ApiError(response.status, body.error ?? `HTTP ${response.status}`, body.code);
	return body;
}
