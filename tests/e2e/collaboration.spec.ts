/**
 * Two caseworkers on the same case: live edits both ways, presence, and one of them going
 * offline, editing (and reloading) while the other keeps editing, then merging on reconnect.
 */
import { expect, test } from '@playwright/test';
import { firstCaseId, signedIn, syncState } from './support';

test('two users edit one case live, and an offline edit merges on reconnect', async ({ browser }) => {
	const anna = await signedIn(browser, 'anna.keller');
	const marco = await signedIn(browser, 'marco.studer');
	const caseId = await firstCaseId(anna.page);

	await anna.page.goto(`/cases/${caseId}`);
	await marco.page.goto(`/cases/${caseId}`);
	for (const { page } of [anna, marco]) {
		await expect(page.getByLabel('Gemeinde')).not.toHaveValue('');
		await expect(syncState(page)).toHaveText('synchronisiert');
	}

	// Presence: each sees the other, and where they are editing.
	await marco.page.getByLabel('Gemeinde').focus();
	await expect(anna.page.getByTestId('presence')).toContainText('Marco Studer');
	await expect(anna.page.getByTestId('presence')).toContainText('bearbeitet Gemeinde');

	// Live, both ways.
	await anna.page.getByLabel('Gemeinde').fill('Zuchwil');
	await expect(marco.page.getByLabel('Gemeinde')).toHaveValue('Zuchwil');
	await marco.page.getByRole('button', { name: 'Neuer Eintrag' }).click();
	const marcoEditor = marco.page.getByRole('textbox', { name: /Verlaufseintrag vom/ }).first();
	await marcoEditor.click();
	await marcoEditor.pressSequentially('Erstgespräch mit Dolmetscherin geführt.');
	// toContainText: the other user's live cursor (a labelled caret) sits inside the text.
	await expect(anna.page.getByRole('textbox', { name: /Verlaufseintrag vom/ }).first()).toContainText(
		'Erstgespräch mit Dolmetscherin geführt.'
	);

	// Marco goes offline and edits; Anna edits another field meanwhile.
	await marco.context.setOffline(true);
	await expect(syncState(marco.page)).toContainText('offline');
	await marco.page.getByLabel('Vorname').fill('Offline-Vorname');
	await expect(syncState(marco.page)).toContainText(/offline mit \d+ ungesendeten Änderung/);
	await anna.page.getByLabel('Staatsangehörigkeit').fill('UA');

	// The offline edit survives a reload while still offline.
	await marco.page.reload();
	await expect(marco.page.getByLabel('Vorname')).toHaveValue('Offline-Vorname');
	await expect(anna.page.getByLabel('Vorname')).not.toHaveValue('Offline-Vorname');

	// Back online: both end with both edits.
	await marco.context.setOffline(false);
	await expect(syncState(marco.page)).toHaveText('synchronisiert', { timeout: 20_000 });
	for (const { page } of [anna, marco]) {
		await expect(page.getByLabel('Vorname')).toHaveValue('Offline-Vorname');
		await expect(page.getByLabel('Staatsangehörigkeit')).toHaveValue('UA');
		await expect(page.getByLabel('Gemeinde')).toHaveValue('Zuchwil');
		await expect(page.getByRole('textbox', { name: /Verlaufseintrag vom/ }).first()).toContainText(
			'Erstgespräch mit Dolmetscherin geführt.'
		);
	}

	await anna.context.close();
	await marco.context.close();
});

test('undo takes back only the user’s own edits', async ({ browser }) => {
	const anna = await signedIn(browser, 'anna.keller');
	const sandra = await signedIn(browser, 'sandra.ryf');
	const caseId = await firstCaseId(anna.page);
	await anna.page.goto(`/cases/${caseId}`);
	await sandra.page.goto(`/cases/${caseId}`);
	await expect(syncState(anna.page)).toHaveText('synchronisiert');
	await expect(syncState(sandra.page)).toHaveText('synchronisiert');

	await anna.page.getByLabel('Gemeinde').fill('Biberist');
	await anna.page.getByLabel('Gemeinde').blur();
	await expect(sandra.page.getByLabel('Gemeinde')).toHaveValue('Biberist');
	await sandra.page.getByLabel('Kanton').fill('SO');
	await sandra.page.getByLabel('Kanton').blur();
	await expect(anna.page.getByLabel('Kanton')).toHaveValue('SO');

	await anna.page.getByRole('button', { name: 'Rückgängig' }).click();
	await expect(anna.page.getByLabel('Gemeinde')).not.toHaveValue('Biberist');
	// Sandra's edit stays.
	await expect(anna.page.getByLabel('Kanton')).toHaveValue('SO');
	await expect(sandra.page.getByLabel('Gemeinde')).not.toHaveValue('Biberist');
	await anna.page.getByRole('button', { name: 'Wiederholen' }).click();
	await expect(sandra.page.getByLabel('Gemeinde')).toHaveValue('Biberist');

	await anna.context.close();
	await sandra.context.close();
});
