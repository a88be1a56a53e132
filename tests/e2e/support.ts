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

/** Today in Zurich as dd.mm.yyyy (what the date fields show). */
export function swissToday(): string {
	return new Date().toLocaleDateString('de-CH', {
		timeZone: 'Europe/Zurich',
		day: '2-digit',
		month: '2-digit',
		year: 'numeric'
	});
}

/** The ids of the cases the user can see, in list order. */
export async function caseIds(page: Page): Promise<string[]> {
	const response = await page.request.get('/api/cases');
	const { cases } = (await response.json()) as { cases: { id: string }[] };
	return cases.map((c) => c.id);
}

/**
 * Fills a new "vertiefte Abklärung" dated today on the open assessment tab: German B1/A2, own
 * goal "Stelle in der Logistik finden", employable but not placeable, pathway labour market
 * (so the rules suggest integration.arbeit and a German course).
 */
export async function fillAssessment(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Neue Potenzialabklärung' }).click();
	const today = swissToday();
	await expect(page.getByRole('heading', { name: `Potenzialabklärung vom ${today}` })).toBeVisible();
	await page.getByLabel('Art der Abklärung').selectOption({ label: 'vertiefte Abklärung' });
	const date = page.getByLabel('Datum der Abklärung');
	await date.fill(today);
	await date.press('Enter');
	for (const [skill, level] of [
		['Hören', 'B1'],
		['Lesen', 'A2'],
		['Sprechen', 'B1'],
		['Schreiben', 'A2']
	] as const) {
		await page.getByLabel(skill, { exact: true }).selectOption(level);
	}
	await page.getByLabel('Niveau festgestellt durch').selectOption({ label: 'Test' });
	// Keyboard only for the person's own goals.
	await page.getByLabel('Eigene Ziele').focus();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('Stelle in der Logistik finden');
	await page.getByLabel('Erwerbsfähig', { exact: true }).selectOption({ label: 'ja' });
	await page.getByLabel('Vermittelbar').selectOption({ label: 'nein' });
	await page.getByLabel('Empfohlener Weg').selectOption({ label: 'Arbeitsmarkt' });
}

/** Types a dd.mm.yyyy date into the labelled field and leaves it (which commits it). */
export async function fillDate(
	page: Page,
	label: string | RegExp,
	value: string,
	scope = page.locator('body')
): Promise<void> {
	const input = scope.getByRole('textbox', { name: label, exact: true });
	await input.fill(value);
	// Leaving the field commits it (Enter would also submit the surrounding form).
	await input.press('Tab');
	await expect(input).toHaveValue(value);
}

/** The plan tab's "add from the catalogue" form. */
export function catalogueForm(page: Page) {
	return page.locator('section', { has: page.getByRole('heading', { name: 'Massnahme aus dem Katalog' }) });
}

/** A small file that passes the server's PDF check (by content, not by name). */
export function pdfBytes(title: string, size = 48_000): Buffer {
	return Buffer.concat([Buffer.from(`%PDF-1.4\n% ${title}\n`), Buffer.alloc(size, 0x20), Buffer.from('\n%%EOF\n')]);
}

/** Collects page errors and console errors, so a screen check can assert there were none. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}
