/**
 * The capacity overview follows edits made elsewhere without a reload, and offline keeps the
 * last figures it saw, saying from when. A case manager registers a person for a course in one
 * browser; the canton office's capacity page in another counts the place as booked.
 */
import { expect, test, type Page } from '@playwright/test';
import { firstCaseId, signedIn } from './support';

const OFFER = 'Deutschintegrationskurs A1';
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });

/** dd.mm.yyyy of today + n days. */
function inDays(n: number): string {
	const d = new Date(`${today}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
}

/** The "angemeldet" figure of the offer's current period (rows are sorted by period start). */
async function registered(page: Page): Promise<number> {
	const row = page.getByTestId('capacity-row').filter({ hasText: OFFER }).first();
	return Number((await row.locator('td:nth-child(4)').innerText()).trim());
}

test('a registration in one browser shows on the capacity page in another, and offline shows the last figures', async ({
	browser
}) => {
	const office = await signedIn(browser, 'martina.vogt');
	await office.page.goto('/capacity');
	await office.page.getByRole('searchbox').fill(OFFER);
	await expect(office.page.getByTestId('capacity-row').filter({ hasText: OFFER }).first()).toBeVisible();
	const before = await registered(office.page);

	const anna = await signedIn(browser, 'anna.keller');
	const caseId = await firstCaseId(anna.page);
	await anna.page.goto(`/cases/${caseId}?tab=plan`);
	const add = anna.page.locator('section', {
		has: anna.page.getByRole('heading', { name: 'Massnahme aus dem Katalog' })
	});
	await add.getByLabel('Art des Angebots').selectOption({ label: 'Sprache' });
	const menu = add.getByLabel('Angebot', { exact: true });
	await menu.selectOption(await menu.locator('option', { hasText: OFFER }).getAttribute('value'));
	const start = add.getByRole('textbox', { name: 'Beginn geplant', exact: true });
	await start.fill(inDays(2));
	await start.press('Tab');
	await add.getByRole('button', { name: 'Hinzufügen' }).click();
	const row = anna.page
		.getByTestId('measure-row')
		.filter({ hasText: OFFER })
		.filter({ hasText: inDays(2) })
		.first();
	await row.getByLabel('Status').selectOption({ label: 'angemeldet' });

	// No reload on the office's page: the poll brings the new booking.
	await expect.poll(() => registered(office.page), { timeout: 10_000 }).toBe(before + 1);

	await office.context.setOffline(true);
	await expect(office.page.getByTestId('capacity-stale')).toHaveText(/^Stand: .+ \(offline\)$/);
	expect(await registered(office.page)).toBe(before + 1);
	await office.page.screenshot({ path: 'tests/.artifacts/screens/capacity-offline.png', fullPage: true });

	// Undo the booking so the seeded figures stay as other specs expect them.
	await row.getByLabel('Status').selectOption({ label: 'abgebrochen' });
	await office.context.close();
	await anna.context.close();
});
