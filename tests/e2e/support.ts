/** Helpers shared by the browser journeys. */
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const PASSWORD = 'lotse-demo';

export async function signedIn(browser: Browser, username: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	// The start page is the role's cockpit; journeys start from the case list.
	await page.goto('/login?next=/cases');
	await expect(page.locator('form[data-ready="true"]')).toBeVisible();
	await page.getByLabel('Benutzername').fill(username);
	await page.getByLabel('Passwort').fill(PASSWORD);
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await expect(page.getByRole('heading', { name: 'Fälle' })).toBeVisible();
	return { context, page };
}

/** The id of the first case the user can see, from the API (what the list shows first). */
export async function firstCaseId(page: Page): Promise<string> {
	const response = await page.request.get('/api/cases');
	const { cases } = (await response.json()) as { cases: { id: string }[] };
	return cases[0]!.id;
}

export function syncState(page: Page) {
	return page.getByTestId('sync-state');
}
