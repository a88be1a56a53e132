/** The demo canton as a signed-in user sees it: their cases and the docs of each, over /api/cases. */

export interface ListedCase {
	id: string;
	docs: string[];
}

export async function listCases(url: string, token: string): Promise<ListedCase[]> {
	const response = await fetch(`${url}/api/cases`, { headers: { authorization: `Bearer ${token}` } });
	if (!response.ok) throw new Error(`/api/cases answered ${response.status}`);
	return ((await response.json()) as { cases: ListedCase[] }).cases;
}
