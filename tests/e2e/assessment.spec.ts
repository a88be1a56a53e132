/**
 * Journey: a case manager fills a potential assessment through the form, sees the suggested
 * measures with the rule behind each, and accepts one into the integration plan. Also saves
 * screenshots of the assessment and situation tabs with seeded data for review.
 */
import { expect, test } from '@playwright/test';
import { afterStandardAssessment, casesOf } from './demo';
import { caseIds, fillAssessment, signedIn, swissToday } from './support';

const DIR = 'tests/.artifacts/screens';

/**
 * A case of anna.keller's agency for which the standard assessment suggests integration.arbeit and
 * a German course but not the RAV (the seed is deterministic, so the journey knows); from the
 * middle of the caseload, away from the first cases other journeys edit.
 */
async function suggestionCase(): Promise<string> {
	const fits = await casesOf('sr-wasseramt', (doc) => {
		const rules = afterStandardAssessment(doc);
		return rules.includes('integration-arbeit') && rules.includes('deutsch') && !rules.includes('rav');
	});
	const found = fits[Math.floor(fits.length / 2)];
	if (!found) throw new Error('no demo case fits');
	return found;
}

test('fills an assessment, accepts a suggested measure', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	const caseId = await suggestionCase();
	await page.goto(`/cases/${caseId}?tab=assessment`);
	await expect(page.getByRole('heading', { name: 'Profil auf einen Blick' })).toBeVisible();

	await fillAssessment(page);
	const today = swissToday();
	await expect(page.getByLabel('Aus gesundheitlichen Gründen nicht erwerbsfähig')).not.toBeChecked();

	// The profile shows the new assessment; the suggestions name their rule and why it fired.
	await expect(page.getByText(`vertiefte Abklärung vom ${today}`)).toBeVisible();
	const suggestion = page.getByTestId('suggestion-integration-arbeit');
	await expect(suggestion).toContainText('Regel «integration.arbeit»');
	await expect(suggestion).toContainText('vermittelbar: nein oder unklar');
	await expect(suggestion).toContainText('Programm S 5.6.1');
	// The catalogue's access criteria the person met, with where they come from.
	await expect(suggestion).toContainText('Zugangskriterien laut Angebotskatalog: Alter 18–64 Jahre');
	const german = page.getByTestId('suggestion-deutsch');
	await expect(german).toContainText('Deutschintegrationskurs B1');
	await expect(german).toContainText('Deutsch unter B1 (hier: A2)');
	await expect(german.getByTestId('suggested-offer-deutsch-a2')).toHaveCount(0);
	await expect(page.getByTestId('suggestion-rav')).toHaveCount(0);

	// Every rule is visible with its definition, source and, per offer, whether it fits now.
	await page.getByText(/^Regeln anzeigen/).click();
	const rule = page.getByTestId('allocation-rule-beschaeftigung');
	await expect(rule).toContainText('Beschäftigung I/II');
	await expect(rule).toContainText('Grundlage: Programm S 5.7.1, 5.7.2');
	await expect(rule).toContainText('Aufbau einer Tagesstruktur nötig: ja');
	await expect(page.getByTestId('allocation-rule-integration-arbeit')).toContainText('passt');

	await suggestion.getByRole('button', { name: 'integration.arbeit in den Integrationsplan übernehmen' }).click();
	await expect(suggestion).toContainText('im Integrationsplan');
	await expect(page.getByTestId('sync-state')).toHaveText('synchronisiert');

	// Stored in the shared case doc: still accepted after a reload, and the form kept its values.
	await page.reload();
	await expect(page.getByTestId('suggestion-integration-arbeit')).toContainText('im Integrationsplan');
	await expect(page.getByLabel('Eigene Ziele')).toHaveValue('Stelle in der Logistik finden');
	await expect(page.getByLabel('Schreiben', { exact: true })).toHaveValue('A2');
	await context.close();
});

test('assessment and situation tabs with seeded data', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	// A person with at least two assessments, so the profile compares them.
	let found = '';
	for (const id of (await caseIds(page)).slice(1, 15)) {
		await page.goto(`/cases/${id}?tab=assessment`);
		await expect(page.getByRole('heading', { name: 'Abklärungen' })).toBeVisible();
		if ((await page.getByText(/verglichen mit/).count()) > 0) {
			found = id;
			break;
		}
	}
	expect(found).not.toBe('');
	await expect(page.getByTestId('progression')).toContainText('Monate nach Einreise');
	await page.screenshot({ path: `${DIR}/assessment.png`, fullPage: true });
	await page
		.getByRole('region', { name: 'Profil auf einen Blick' })
		.screenshot({ path: `${DIR}/assessment-profile.png` });
	await page
		.getByRole('region', { name: 'Vorgeschlagene nächste Massnahmen' })
		.screenshot({ path: `${DIR}/assessment-suggestions.png` });
	await page.goto(`/cases/${found}?tab=situation`);
	await expect(page.getByRole('heading', { name: 'Verlauf mit Aufenthaltsstatus' })).toBeVisible();
	await page.screenshot({ path: `${DIR}/situation.png`, fullPage: true });
	expect(errors).toEqual([]);
	await context.close();
});

test('health limits stay hidden from staff who may not read the confidential part', async ({ browser }) => {
	// An integration officer of the same agency reads the case but not its confidential doc.
	const { page, context } = await signedIn(browser, 'thomas.affolter');
	const health = page.getByRole('group', { name: 'Gesundheit (vertraulich)' });
	for (const id of await caseIds(page)) {
		await page.goto(`/cases/${id}?tab=assessment`);
		await expect(page.getByRole('heading', { name: 'Abklärungen' })).toBeVisible();
		if ((await health.count()) > 0) break;
	}
	await expect(health).toContainText('nur die Fallführung der zuständigen Stelle');
	await expect(health.getByLabel('Gesundheitliche Einschränkungen')).toHaveCount(0);
	await context.close();
});
