/**
 * Data protection in the browser: the screens added for it (with screenshots for review), the
 * security headers, sign-out wiping the device, and a disabled user cut off mid-work.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { firstCaseId, pdfBytes, signedIn, syncState } from './support';

const DIR = 'tests/.artifacts/screens';

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error' && !/40[13]/.test(message.text())) errors.push(message.text());
	});
	return errors;
}

test('security headers and a strict CSP on every page', async ({ request }) => {
	const response = await request.get('/login');
	const headers = response.headers();
	expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
	expect(headers['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
	expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['referrer-policy']).toBe('same-origin');
	// CSRF: a cross-site form post is refused by SvelteKit's origin check.
	const forged = await request.post('/login', {
		headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
		data: 'username=anna.keller&password=x'
	});
	expect(forged.status()).toBe(403);
});

test('case page: Datenschutz and Protokoll tabs', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	const errors = watchErrors(page);
	const caseId = await firstCaseId(page);
	// The signed consent form is filed as a document of the case first, then chosen in the form.
	const upload = await page.request.post(`/api/cases/${caseId}/documents`, {
		headers: { 'x-file-name': encodeURIComponent('Einwilligung RAV.pdf') },
		data: pdfBytes('Einwilligung', 2_000)
	});
	expect(upload.ok()).toBe(true);
	await page.goto(`/cases/${caseId}?tab=privacy`);
	await expect(page.getByRole('heading', { name: 'Einwilligungen' })).toBeVisible();
	await page.getByLabel('Unterschriebenes Formular').selectOption({ label: 'Einwilligung RAV.pdf' });
	await page.getByRole('listbox').selectOption('rav-solothurn');
	await page.getByRole('button', { name: 'Einwilligung erfassen' }).click();
	await expect(page.getByTestId('consents')).toContainText('RAV Solothurn');
	await expect(
		page.getByTestId('consents').getByRole('link', { name: 'Formular: Einwilligung RAV.pdf' })
	).toBeVisible();
	await page.getByRole('combobox', { name: 'Stelle', exact: true }).selectOption('rav-solothurn');
	await page.getByRole('button', { name: 'Freigeben' }).click();
	await expect(page.getByTestId('shares')).toContainText('RAV Solothurn');
	await page.getByRole('button', { name: 'Link erstellen' }).click();
	await expect(page.getByTestId('new-link')).toContainText('/assess/');
	await page.screenshot({ path: `${DIR}/case-privacy.png`, fullPage: true });
	const link = (await page.getByTestId('new-link').textContent())!;

	await page.goto(`/cases/${caseId}?tab=audit`);
	await expect(page.getByTestId('audit')).toContainText('Freigabe an rav-solothurn erteilt');
	await page.screenshot({ path: `${DIR}/case-audit.png`, fullPage: true });
	expect(errors).toEqual([]);
	await context.close();

	// The assessor needs no account, sees only the form.
	const outsider = await browser.newContext();
	const form = await outsider.newPage();
	await form.goto(link);
	await expect(form.getByRole('heading', { name: 'Externe Potenzialabklärung' })).toBeVisible();
	await form.getByLabel('Ziele der Person').fill('Ausbildung Fachfrau Gesundheit');
	await form.getByRole('button', { name: 'Speichern' }).click();
	await expect(form.getByRole('status')).toHaveText('Gespeichert.');
	await form.screenshot({ path: `${DIR}/assess.png`, fullPage: true });
	await outsider.close();
});

test('admin screen, and a disabled user is cut off at once', async ({ browser }) => {
	const marco = await signedIn(browser, 'marco.studer');
	const caseId = await firstCaseId(marco.page);
	await marco.page.goto(`/cases/${caseId}`);
	await expect(syncState(marco.page)).toHaveText('synchronisiert');

	const admin = await signedIn(browser, 'stefan.hug');
	await admin.page.getByRole('link', { name: 'Administration' }).click();
	await expect(admin.page.getByTestId('users')).toContainText('Marco Studer');
	await admin.page.screenshot({ path: `${DIR}/admin.png`, fullPage: true });
	await admin.page.getByRole('button', { name: 'Sperren: Marco Studer' }).click();
	await expect(admin.page.getByTestId('users').getByRole('row', { name: /Marco Studer/ })).toContainText('gesperrt');

	await expect(marco.page.getByRole('alert')).toContainText('Ihre Sitzung wurde beendet');
	expect((await marco.page.request.get('/api/cases')).status()).toBe(401);

	await admin.page.getByRole('button', { name: 'Entsperren: Marco Studer' }).click();
	await expect(admin.page.getByTestId('users').getByRole('row', { name: /Marco Studer/ })).not.toContainText(
		'gesperrt'
	);

	// Roles of an existing user: Jonas Emch (course provider) also becomes an external assessor.
	await admin.page.getByRole('button', { name: 'Bearbeiten: Jonas Emch' }).click();
	const form = admin.page.getByRole('form', { name: 'Stelle und Rollen von Jonas Emch ändern' });
	await form.getByLabel('Externe Abklärung').check();
	await form.getByRole('button', { name: 'Speichern' }).click();
	await expect(admin.page.getByTestId('users').getByRole('row', { name: /^Jonas Emch jonas\.emch/ })).toContainText(
		'Externe Abklärung'
	);
	const directory = (await (await admin.page.request.get('/api/admin')).json()) as {
		users: { username: string; roles: string[] }[];
	};
	expect(directory.users.find((u) => u.username === 'jonas.emch')?.roles.sort()).toEqual([
		'assessor',
		'course_provider'
	]);
	await marco.context.close();
	await admin.context.close();
});

test('data protection officer reads the audit trail per user', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'barbara.meier');
	const errors = watchErrors(page);
	await page.getByRole('link', { name: 'Protokoll' }).click();
	await page.getByLabel('Protokoll je Benutzer/in').fill('u-anna-keller');
	await page.getByRole('button', { name: 'Anzeigen' }).first().click();
	await expect(page.getByTestId('audit')).toContainText('Einwilligung erfasst');
	await page.screenshot({ path: `${DIR}/audit-dpo.png`, fullPage: true });
	expect(errors).toEqual([]);
	await context.close();
});

test('sign-out wipes local copies unless the device is marked for offline work', async ({ browser }) => {
	const { page, context, caseId, names } = await withLocalCopies(browser);
	await page.getByRole('button', { name: 'Abmelden' }).click();
	await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
	expect(await names()).toEqual([]);

	await expect(page.locator('form[data-ready="true"]')).toBeVisible();
	await page.getByLabel('Benutzername').fill('anna.keller');
	await page.getByLabel('Passwort').fill('lotse-demo');
	await page.getByLabel('Dieses Gerät für Offline-Arbeit merken').check();
	await page.screenshot({ path: `${DIR}/login-offline.png` });
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await expect(page.getByRole('heading', { name: 'Fälle' })).toBeVisible();
	await page.goto(`/cases/${caseId}`);
	await expect(syncState(page)).toHaveText('synchronisiert');
	await page.getByRole('button', { name: 'Abmelden' }).click();
	await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
	expect((await names()).length).toBeGreaterThan(0);
	await context.close();
});

test('handover in the browser: receiver menu, notification for the receiver', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	const errors = watchErrors(page);
	const { cases } = (await (await page.request.get('/api/cases')).json()) as { cases: { id: string }[] };
	const caseId = cases[12]!.id;
	await page.goto(`/cases/${caseId}?tab=privacy`);
	await page.getByRole('combobox', { name: 'An Stelle' }).selectOption('gemeinde-grenchen');
	const receiver = page.getByRole('combobox', { name: 'Neue Fallführung (optional)' });
	await expect(receiver.getByRole('option', { name: 'Simone Flury' })).toHaveCount(1);
	await receiver.selectOption({ label: 'Simone Flury' });
	await page.getByLabel('Anlass (z. B. Wohnungsbezug, Statuswechsel S → B)').fill('Umzug nach Grenchen');
	await page.getByLabel('Übergabenotiz').fill('Wohnungssuche läuft.');
	await page.screenshot({ path: `${DIR}/case-handover-form.png`, fullPage: true });
	await page.getByRole('button', { name: 'Fall übergeben' }).click();
	await expect(page.getByText('Der Fall wurde übergeben.')).toBeVisible();
	expect(errors).toEqual([]);
	await context.close();

	const simone = await signedIn(browser, 'simone.flury');
	await expect(simone.page.getByTestId('notifications-link')).toHaveText('Mitteilungen (1)');
	await simone.page.getByTestId('notifications-link').click();
	await expect(simone.page.getByTestId('notifications')).toContainText(
		'Ihnen wurde ein Fall übergeben (von Sozialregion Wasseramt).'
	);
	await simone.page.screenshot({ path: `${DIR}/notifications.png`, fullPage: true });
	await simone.page.getByRole('link', { name: `Fall ${caseId} öffnen` }).click();
	await expect(simone.page).toHaveURL(new RegExp(`/cases/${caseId}`));
	await expect(simone.page.getByTestId('notifications-link')).toHaveText('Mitteilungen');
	await simone.context.close();
});

test('confidential notes are erased for good; a team lead erases a person after typing the last name', async ({
	browser
}) => {
	const { page, context } = await signedIn(browser, 'regula.brunner');
	const errors = watchErrors(page);
	const { cases } = (await (await page.request.get('/api/cases')).json()) as {
		cases: { id: string; personName: string }[];
	};
	const target = cases[20]!;
	await page.goto(`/cases/${target.id}?tab=privacy`);
	await page.getByLabel('Neue vertrauliche Notiz').fill('Therapie vereinbart');
	await page.getByRole('button', { name: 'Notiz speichern' }).click();
	await expect(page.getByTestId('confidential-notes')).toContainText('Therapie vereinbart');
	await page.getByRole('button', { name: 'Endgültig löschen', exact: true }).click();
	await page.screenshot({ path: `${DIR}/case-confidential-notes.png`, fullPage: true });
	await page.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
	await expect(page.getByTestId('confidential-notes')).not.toContainText('Therapie vereinbart');

	await page.getByRole('button', { name: 'Person endgültig löschen …' }).click();
	const dialog = page.getByRole('dialog');
	const submit = dialog.getByRole('button', { name: 'Endgültig löschen' });
	await expect(submit).toBeDisabled();
	const lastName = (await dialog.getByText('Zur Bestätigung den Nachnamen eingeben:').textContent())!
		.split(': ')[1]!
		.trim();
	await dialog.getByTestId('erase-confirm').fill('falsch');
	await expect(submit).toBeDisabled();
	await dialog.getByTestId('erase-confirm').fill(lastName);
	await page.screenshot({ path: `${DIR}/case-erase-person.png` });
	await submit.click();
	await expect(page).toHaveURL(/\/cases$/);
	const after = (await (await page.request.get('/api/cases')).json()) as { cases: { id: string }[] };
	expect(after.cases.map((c) => c.id)).not.toContain(target.id);
	expect(errors).toEqual([]);
	await context.close();
});

test('a session that ended on its own also wipes the local copies at the next load', async ({ browser }) => {
	const { page, context, names } = await withLocalCopies(browser);
	// The session ends without the app's sign-out (as on expiry): the server forgets it.
	expect((await page.request.delete('/api/session')).status()).toBeLessThan(300);
	await page.goto('/cases');
	await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
	await expect(page.locator('form[data-ready="true"]')).toBeVisible();
	expect(await names()).toEqual([]);
	await context.close();
});

/** anna.keller with a case opened and synced, so the device holds local copies; `names` lists them. */
async function withLocalCopies(browser: Browser) {
	const { page, context } = await signedIn(browser, 'anna.keller');
	const caseId = await firstCaseId(page);
	await page.goto(`/cases/${caseId}`);
	await expect(syncState(page)).toHaveText('synchronisiert');
	const names = () =>
		page.evaluate(async () =>
			(await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('lotse'))
		);
	expect((await names()).length).toBeGreaterThan(0);
	return { page, context, caseId, names };
}
