/**
 * Visits every screen as a caseworker would, checks it renders without errors in the console,
 * and saves a screenshot to tests/.artifacts/screens for review (and for the README).
 */
import { expect, test } from '@playwright/test';
import { firstCaseId, signedIn, watchErrors } from './support';

const DIR = 'tests/.artifacts/screens';

test('sign-in page', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/login');
	await expect(page.locator('form[data-ready="true"]')).toBeVisible();
	await page.getByLabel('Benutzername').fill('anna.keller');
	await page.getByLabel('Passwort').fill('falsch');
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await expect(page.getByRole('alert')).toHaveText('Benutzername oder Passwort ist falsch.');
	await page.screenshot({ path: `${DIR}/login.png` });
	expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
});

test('case list and case page', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	const errors = watchErrors(page);
	await expect(page.getByTestId('case-count')).toContainText('Fällen');
	await page.screenshot({ path: `${DIR}/cases.png` });

	await page.getByRole('searchbox', { name: 'Suchen' }).fill('Biberist');
	await expect(page.locator('tbody tr').first()).toContainText('Biberist');

	const caseId = await firstCaseId(page);
	await page.goto(`/cases/${caseId}`);
	await expect(page.getByLabel('Nachname')).not.toHaveValue('');
	await expect(page.getByTestId('sync-state')).toHaveText('synchronisiert');
	await page.screenshot({ path: `${DIR}/case.png`, fullPage: true });
	expect(errors).toEqual([]);
	await context.close();
});
