/**
 * The two-person rule in the browser: the administrator cannot edit his own account, a new
 * administrator account with a case role waits for the data protection officer, who confirms it
 * on the audit screen. Screenshots at 1440 and 390 px for review.
 */
import { expect, test, type Page } from '@playwright/test';
import { signedIn } from './support';

const SHOTS = process.env.LOTSE_SHOTS_DIR ?? 'tests/.artifacts/screens';

async function shoot(page: Page, name: string): Promise<void> {
	for (const width of [1440, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
	}
	await page.setViewportSize({ width: 1360, height: 900 });
}

test('an administrator’s case role waits for the data protection officer', async ({ browser }) => {
	const admin = await signedIn(browser, 'stefan.hug');
	await admin.page.getByRole('link', { name: 'Administration' }).click();
	const own = admin.page.getByTestId('users').getByRole('row', { name: /^Stefan Hug/ });
	await expect(own).toContainText('Eigenes Konto');
	await expect(own.getByRole('button')).toHaveCount(0);

	const form = admin.page.locator('form').filter({ hasText: 'Neue/r Benutzer/in' });
	await form.getByLabel('Benutzername').fill('admin.biz');
	await form.getByLabel('Name', { exact: true }).fill('Admin BIZ');
	await form.getByRole('combobox', { name: 'Stelle' }).selectOption('biz-solothurn');
	await form.getByRole('listbox', { name: 'Rollen' }).selectOption(['admin', 'partner_reader']);
	await form.getByLabel('Anfangspasswort (mind. 10 Zeichen)').fill('biz-admin-passwort');
	await form.getByRole('button', { name: 'Erstellen' }).click();
	await expect(admin.page.getByRole('status').filter({ hasText: 'Beantragt.' })).toBeVisible();
	await expect(admin.page.getByTestId('users').getByRole('row', { name: /^Admin BIZ/ })).not.toContainText(
		'Partnerstelle'
	);
	await shoot(admin.page, 'admin-pending');

	const dpo = await signedIn(browser, 'barbara.meier');
	await dpo.page.getByRole('link', { name: 'Protokoll' }).click();
	const pending = dpo.page.getByTestId('pending-grants');
	await expect(pending).toContainText('Admin BIZ');
	await expect(pending).toContainText('Partnerstelle (lesend)');
	await shoot(dpo.page, 'audit-pending-grant');
	await dpo.page.getByRole('button', { name: 'Rollenvergabe an Admin BIZ bestätigen' }).click();
	await expect(
		dpo.page.getByRole('status').filter({ hasText: 'Rollenvergabe bestätigt: Die Rollen gelten ab sofort.' })
	).toBeVisible();
	await expect(dpo.page.getByText('Keine offenen Rollenvergaben.')).toBeVisible();

	await admin.page.reload();
	await expect(admin.page.getByTestId('users').getByRole('row', { name: /^Admin BIZ/ })).toContainText(
		'Partnerstelle (lesend)'
	);
	await admin.context.close();
	await dpo.context.close();
});

test('the ZEMIS number of a registered person is read-only in the case', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	await page.locator('tbody tr a').first().click();
	const zemis = page.getByLabel('ZEMIS-Nr.', { exact: false }).first();
	await expect(zemis).toBeDisabled();
	await expect(page.getByText('aus dem Personenregister; Korrekturen über die kantonale Stelle')).toBeVisible();
	await shoot(page, 'case-zemis-readonly');
	await context.close();
});
