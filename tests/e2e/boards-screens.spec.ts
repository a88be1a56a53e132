/**
 * Screen checks for the cockpit boards: employer board, capacity overview, timeline and case
 * conference, with the seeded demo canton (integration.arbeit is overbooked in the current
 * half-year); screenshots go to
 * tests/.artifacts/screens for review. Fails on console errors.
 */
import { expect, test } from '@playwright/test';
import { firstCaseId, signedIn, watchErrors } from './support';

const DIR = 'tests/.artifacts/screens';

test('employer board and an open card', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'thomas.affolter');
	const errors = watchErrors(page);
	await page.goto('/employers');
	await expect(page.getByTestId('employer-count')).toContainText('15 von 15');
	await page.screenshot({ path: `${DIR}/employers.png`, fullPage: true });
	await page.locator('[data-stage="trial"] [data-employer] button.name').first().click();
	await expect(page.getByTestId('employer-panel')).toBeVisible();
	await page.screenshot({ path: `${DIR}/employers-panel.png` });
	expect(errors).toEqual([]);
	await context.close();
});

test('capacity overview with an overbooked offer', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	const errors = watchErrors(page);
	await page.goto('/capacity');
	const row = page.getByTestId('capacity-row').filter({ hasText: 'integration.arbeit' }).first();
	await expect(row).toContainText('überbucht');
	await row.getByRole('button', { name: 'Fälle anzeigen' }).click();
	await page.screenshot({ path: `${DIR}/capacity.png`, fullPage: true });
	expect(errors).toEqual([]);
	await context.close();
});

test('timeline and case conference with two agencies', async ({ browser }) => {
	const anna = await signedIn(browser, 'anna.keller');
	const errors = watchErrors(anna.page);
	const caseId = await firstCaseId(anna.page);
	await anna.page.goto(`/cases/${caseId}?tab=timeline`);
	await expect(anna.page.getByTestId('timeline')).toBeVisible();
	await anna.page.screenshot({ path: `${DIR}/timeline.png`, fullPage: true });

	await anna.page.getByRole('link', { name: 'Fallkonferenz' }).click();
	await anna.page.getByRole('button', { name: 'Neue Fallkonferenz' }).click();
	await expect(anna.page.getByTestId('attendance')).toContainText('Anna Keller');
	const marco = await signedIn(browser, 'marco.studer');
	await marco.page.goto(`/cases/${caseId}?tab=conference`);
	await expect(anna.page.getByTestId('attendance')).toContainText('Marco Studer');
	await anna.page.getByRole('button', { name: 'Anwesende eintragen' }).click();
	await anna.page
		.getByRole('button', { name: 'Weitere Person' })
		.waitFor({ state: 'detached' })
		.catch(() => undefined);
	await anna.page.getByPlaceholder('Name').fill('Urs Wüthrich');
	await anna.page.getByPlaceholder('Funktion').fill('Personalberater');
	await anna.page.getByLabel('Stelle', { exact: true }).selectOption('rav-solothurn');
	await anna.page.getByRole('button', { name: 'Hinzufügen' }).click();
	await anna.page.getByRole('textbox', { name: /Protokoll der Fallkonferenz/ }).click();
	await anna.page.keyboard.type('Sprachstand besprochen, Kinderbetreuung ab August geklärt.');
	await marco.page.getByRole('textbox', { name: /Protokoll der Fallkonferenz/ }).click();
	await marco.page.keyboard.press('End');
	await marco.page.keyboard.type(' RAV-Anmeldung prüfen.');
	await anna.page.getByLabel('Beschluss', { exact: true }).fill('Anmeldung beim RAV Solothurn vorbereiten');
	await anna.page.getByLabel('zuständige Stelle').selectOption('rav-solothurn');
	await anna.page.getByRole('button', { name: 'Beschluss festhalten' }).click();
	await expect(marco.page.getByTestId('decisions')).toContainText('Pendenz angelegt');
	await expect(marco.page.getByTestId('decisions')).toContainText('Anmeldung beim RAV Solothurn vorbereiten');
	await anna.page.screenshot({ path: `${DIR}/conference.png`, fullPage: true });

	// The task made from the decision leads back to the conference and the decision.
	await anna.page
		.getByTestId('decisions')
		.getByRole('link', { name: /Pendenz angelegt/ })
		.click();
	const task = anna.page
		.getByTestId('case-tasks')
		.locator('li')
		.filter({ hasText: 'Anmeldung beim RAV Solothurn vorbereiten' });
	await task.getByRole('link', { name: /^aus Fallkonferenz vom \d\d\.\d\d\.\d{4}$/ }).click();
	await expect(anna.page).toHaveURL(/tab=conference&conference=[^&#]+#decision-/);
	const decision = anna.page.getByTestId('decisions').locator('li.target');
	await expect(decision).toContainText('Anmeldung beim RAV Solothurn vorbereiten');
	await expect(decision).toBeFocused();
	expect(errors).toEqual([]);
	await anna.context.close();
	await marco.context.close();
});
