/** Fetches JSON from the steering API; a refusal becomes an Error carrying the server's message. */
export async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
	const response = await fetch(url, init);
	const body = (await response.json().catch(() => ({}))) as { error?: string };
	if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
	return body as T;
}

export function query(params: Record<string, string | null | undefined>): string {
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
	return search.toString();
}
