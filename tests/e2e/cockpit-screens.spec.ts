/**
 * Screenshots of the cockpit screens for review (tests/.artifacts/screens/cockpit-*.png), with
 * a check that each renders its data and logs no errors.
 */
import { expect, test } from '@playwright/test';
import { signedIn, watchErrors } from './support';

const DIR = 'tests/.artifacts/screens';

test('cockpit screens of a case manager', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	const errors = watchErrors(page);
	await page.goto('/');
	await expect(page.getByTestId('ampel-board')).toBeVisible();
	await page.screenshot({ path: `${DIR}/cockpit-case-manager.png`, fullPage: true });

	await page.goto('/tasks');
	await expect(page.locator('[data-ready]')).toBeVisible();
	await page.screenshot({ path: `${DIR}/cockpit-tasks.png`, fullPage: true });

	await page.goto('/ampel');
	await expect(page.getByTestId('ampel-board')).toBeVisible();
	await page.screenshot({ path: `${DIR}/cockpit-ampel.png` });

	// The header counts the reminders on every screen and leads to them on the cockpit home.
	await page.getByTestId('reminder-badge').click();
	await expect(page).toHaveURL(/\/#reminders$/);
	await expect(page.locator('#reminders')).toBeVisible();

	await page.goto('/ampel/regeln');
	await expect(page.getByRole('heading', { name: 'Ampel-Regeln' })).toBeVisible();
	await page.screenshot({ path: `${DIR}/cockpit-rules.png`, fullPage: true });

	// A case's task tab: add a task, see it on the overview.
	await page.goto('/tasks');
	const first = page.locator('[data-ready] a').first();
	const href = (await first.getAttribute('href'))!;
	await page.goto(href);
	await expect(page.getByTestId('case-tasks')).toBeVisible();
	await page.getByLabel('Was ist zu tun?').fill('Dolmetscherin für Standortgespräch buchen');
	await page.getByLabel('Fällig am').fill('01.01.2020');
	await page.getByLabel('Fällig am').press('Tab');
	await page.getByRole('button', { name: 'Pendenz hinzufügen' }).click();
	await expect(page.getByTestId('case-tasks')).toContainText('Dolmetscherin für Standortgespräch buchen');
	await page.screenshot({ path: `${DIR}/cockpit-case-tasks.png`, fullPage: true });
	await page.goto('/tasks');
	await expect(page.getByTestId('tasks-overdue')).toContainText('Dolmetscherin für Standortgespräch buchen');
	expect(errors).toEqual([]);
	await context.close();
});

test('cockpit screens of a team lead and an integration officer', async ({ browser }) => {
	const lead = await signedIn(browser, 'regula.brunner');
	const errors = watchErrors(lead.page);
	await lead.page.goto('/');
	await expect(lead.page.locator('section[data-manager]').first()).toBeVisible();
	await lead.page.screenshot({ path: `${DIR}/cockpit-team-lead.png`, fullPage: true });
	await lead.page.goto('/team');
	await expect(lead.page.locator('section[data-manager]').first()).toBeVisible();
	await lead.page.screenshot({ path: `${DIR}/cockpit-team.png`, fullPage: true });
	expect(errors).toEqual([]);
	await lead.context.close();

	const officer = await signedIn(browser, 'thomas.affolter');
	await officer.page.goto('/');
	await expect(officer.page.getByRole('link', { name: 'Zum Arbeitgebenden-Board' })).toBeVisible();
	await officer.page.screenshot({ path: `${DIR}/cockpit-integration-officer.png` });
	await officer.context.close();
});
