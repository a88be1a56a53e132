/**
 * The Programm S rules on screen: a case manager records social assistance and sees the track,
 * the responsible agency and its duties follow; records the systematic invitation; writes typed
 * journal entries that the report shows; the canton office edits the access criteria the plan
 * leaves to the canton, and the rules pages show every rule with its definition and source.
 * Screenshots at 1440 and 390 px go to SHOTS for review.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import * as caseinfo from '../../src/lib/model/caseinfo';
import * as journalModel from '../../src/lib/model/journal';
import * as person from '../../src/lib/model/person';
import * as situation from '../../src/lib/model/situation';
import * as days from '../../src/lib/rules/calendar';
import { toInvite } from '../../src/lib/rules/tracks';
import { casesOf, demoDocs, seededSuggestions, today } from './demo';
import { fillDate, signedIn, syncState, watchErrors } from './support';

const SHOTS = process.env.LOTSE_SHOTS_DIR ?? 'tests/.artifacts/screens';

/** The page at 1440 and 390 px; with `part`, that part alone as well (readable at full size). */
async function shots(page: Page, name: string, part?: Locator): Promise<void> {
	for (const width of [1440, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
		if (part) await part.screenshot({ path: `${SHOTS}/${name}-part-${width}.png` });
	}
	await page.setViewportSize({ width: 1360, height: 900 });
}

/** ISO → dd.mm.yyyy. */
function swiss(iso: string): string {
	return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** A Wasseramt case receiving social assistance, of a person invited and seen, from the second quarter of the caseload. */
async function assistedCase(): Promise<string> {
	const fits = await casesOf('sr-wasseramt', (doc) => {
		const active = situation.activeAt(situation.list(doc), today).some((s) => s.kind === 'socialAssistance');
		const info = caseinfo.read(doc);
		const talked = journalModel.list(doc).some((e) => e.type === 'firstInformation');
		return active && talked && info.invitedAt !== '' && toInvite(days.age(person.read(doc).birthDate, info.openedAt));
	});
	const found = fits[Math.floor(fits.length / 4)];
	if (!found) throw new Error('no demo case fits');
	return found;
}

test('social assistance decides the track, the responsible agency and the duties; the invitation is dated', async ({
	browser
}) => {
	const caseId = await assistedCase();
	const { page, context } = await signedIn(browser, 'anna.keller');
	const errors = watchErrors(page);
	await page.goto(`/cases/${caseId}`);
	const card = page.getByTestId('social-assistance');
	await expect(card.getByTestId('social-status')).toContainText('Bezieht Sozialhilfe seit');
	await expect(card.getByTestId('social-track')).toHaveText('Sozialregion – mit Sozialhilfe');
	await expect(card.getByTestId('social-mismatch')).toHaveCount(0);
	await card.getByText('Pflichten in dieser Spur (Programm S)').click();
	await expect(card.getByTestId('social-duties')).toContainText('5.3.1');
	await expect(card.getByTestId('social-duties')).toContainText('Besuch der Deutschintegrationskurse verfügen');
	await expect(card.getByTestId('social-first-info')).toContainText('Erstinformationsgespräch am');
	await shots(page, 'social-assistance', card);

	// An end before the start is refused with a reason, nothing written.
	await fillDate(page, 'Sozialhilfe endet am', '01.01.2000', card);
	await expect(card.getByRole('alert')).toContainText('Das Ende liegt vor dem Beginn');
	await expect(card.getByRole('button', { name: 'Ende erfassen' })).toBeDisabled();

	// Social assistance ends (replaced by a wage): the Einwohnergemeinde's track, a handover hint.
	const end = days.addDays(today, -1);
	await fillDate(page, 'Sozialhilfe endet am', swiss(end), card);
	await card.getByRole('button', { name: 'Ende erfassen' }).click();
	await expect(card.getByTestId('social-status')).toContainText(`Sozialhilfe bis ${swiss(end)}`);
	await expect(card.getByTestId('social-track')).toHaveText('Einwohnergemeinde – ohne Sozialhilfe');
	await expect(card.getByTestId('social-mismatch')).toContainText('Fallübergabe prüfen');
	await expect(card.getByTestId('social-duties')).toContainText('Kostenerlasswesen');
	await shots(page, 'social-assistance-ended', card);

	// The invitation is a dated step of its own.
	await fillDate(page, 'Eingeladen am', swiss(days.addDays(today, -2)), card);
	await expect(syncState(page)).toHaveText('synchronisiert');

	// Stored in the shared case doc and in the dated history of the situation tab.
	await page.reload();
	await expect(card.getByTestId('social-track')).toHaveText('Einwohnergemeinde – ohne Sozialhilfe');
	await expect(card.getByRole('textbox', { name: 'Eingeladen am', exact: true })).toHaveValue(
		swiss(days.addDays(today, -2))
	);
	await page.goto(`/cases/${caseId}?tab=situation`);
	await expect(page.getByRole('cell', { name: 'bezieht Sozialhilfe' }).first()).toBeVisible();

	// And back on social assistance from today.
	await page.goto(`/cases/${caseId}`);
	await fillDate(page, 'Sozialhilfe ab', swiss(today), card);
	await card.getByRole('button', { name: 'Sozialhilfe erfassen' }).click();
	await expect(card.getByTestId('social-track')).toHaveText('Sozialregion – mit Sozialhilfe');
	expect(errors).toEqual([]);
	await context.close();
});

test('journal entries have a type, chosen when writing, shown in the journal and in the report', async ({
	browser
}) => {
	const withJournal = await casesOf('sr-wasseramt', (doc) => journalModel.list(doc).length > 0);
	const caseId = withJournal[Math.floor(withJournal.length * 0.6)]!;
	const { page, context } = await signedIn(browser, 'anna.keller');
	const errors = watchErrors(page);
	await page.goto(`/cases/${caseId}`);
	const journal = page.getByRole('region', { name: 'Verlauf' });
	const entries = journal.getByTestId('journal-entry');
	// Seeded: the first talk is the Erstinformationsgespräch, so a new entry starts as a file note.
	await expect(entries.last().getByTestId('journal-type')).toHaveValue('firstInformation');
	const before = await entries.count();
	const newType = journal.getByLabel('Art des neuen Eintrags');
	await expect(newType).toHaveValue('note');
	await newType.selectOption({ label: 'Folgegespräch' });
	await journal.getByRole('button', { name: 'Neuer Eintrag' }).click();
	await expect(entries).toHaveCount(before + 1);
	const fresh = entries.first();
	await expect(fresh.getByTestId('journal-type')).toHaveValue('followUp');
	await fresh.getByRole('textbox', { name: /Verlaufseintrag vom/ }).click();
	await page.keyboard.type('Folgegespräch zur Stellensuche, nächste Schritte vereinbart.');
	// The type of an entry can be corrected later.
	await fresh.getByTestId('journal-type').selectOption({ label: 'Integrationsgespräch' });
	await expect(syncState(page)).toHaveText('synchronisiert');
	await shots(page, 'journal-types', journal);

	await page.reload();
	await expect(entries.first().getByTestId('journal-type')).toHaveValue('integration');
	await page.goto(`/cases/${caseId}/report`);
	await expect(page.getByTestId('report-journal-type').first()).toHaveText('Erstinformationsgespräch');
	await expect(page.getByTestId('report-journal-type').last()).toHaveText('Integrationsgespräch');
	expect(errors).toEqual([]);
	await context.close();
});

test('the canton office edits the access criteria the plan leaves to the canton; suggestions follow', async ({
	browser
}) => {
	const { page, context } = await signedIn(browser, 'martina.vogt');
	const errors = watchErrors(page);
	await page.goto('/offers?offer=invol');
	const detail = page.getByTestId('offer-detail');
	const canton = detail.getByTestId('canton-criteria');
	await expect(canton).toContainText('Programm S 9.3, 1.7 (ABMH)');
	await expect(canton).toContainText('Entspricht der Vorgabe');
	await expect(detail.getByLabel('Zugangskriterien im Wortlaut')).toHaveValue(/für Personen 18\+/);
	await detail.getByLabel('Alter ab').fill('20');
	await detail.getByLabel('Alter ab').press('Tab');
	await expect(canton).toContainText('Vom Kanton angepasst');
	await shots(page, 'offers-canton-criteria', detail);

	// The rules page reads the catalogue: INVOL now from 20.
	await page.goto('/ampel/regeln');
	const invol = page.getByTestId('allocation-rule-invol');
	await expect(invol).toContainText('Alter ab 20 Jahren');
	await expect(invol).toContainText('Quelle der Zugangskriterien: Programm S 9.3, 1.7 (ABMH)');

	// Restore the plan's default.
	page.on('dialog', (dialog) => dialog.accept());
	await page.goto('/offers?offer=invol');
	await canton.getByRole('button', { name: 'Vorgabe wiederherstellen' }).click();
	await expect(canton).toContainText('Entspricht der Vorgabe');
	await expect(detail.getByLabel('Alter ab')).toHaveValue('18');
	await expect(syncState(page)).toHaveText('synchronisiert');
	expect(errors).toEqual([]);
	await context.close();

	// A case manager reads the criteria and their source but cannot edit them.
	const anna = await signedIn(browser, 'anna.keller');
	await anna.page.goto('/offers?offer=invol');
	await expect(anna.page.getByTestId('offer-detail')).toContainText('Programm S 9.3, 1.7 (ABMH)');
	await expect(anna.page.getByTestId('offer-detail').getByLabel('Alter ab')).toHaveCount(0);
	await anna.context.close();
});

test('the Ampel rules page shows every rule with its definition and source', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	const errors = watchErrors(page);
	await page.goto('/ampel/regeln');
	const ampel = page.locator('table.ampel');
	await expect(ampel.locator('#statusSNotRav')).toContainText('erwerbsfähig und vermittelbar');
	await expect(ampel.locator('#statusSNotRav')).toContainText('Programm S 5.4.1, 5.4.2');
	await expect(ampel.locator('#childcareMissing')).toContainText('Programm S 5.9.1, 5.9.2');
	const rules = page.locator('[data-testid^="allocation-rule-"]');
	await expect(rules).toHaveCount(10);
	await expect(page.getByTestId('allocation-rule-integrationsjahr')).toContainText(
		'Vorgeschlagen wird nur das erste passende Angebot'
	);
	await expect(page.getByTestId('allocation-rule-rav')).toContainText('erwerbstätig unter 80 %');
	await shots(page, 'rules', page.getByTestId('allocation-rule-integrationsjahr'));
	expect(errors).toEqual([]);
	await context.close();
});

test('suggestions name their rule, the catalogue criteria met and where they come from', async ({ browser }) => {
	const docs = await demoDocs();
	const fits = await casesOf('sr-wasseramt', (doc) => seededSuggestions(doc).length >= 2);
	const caseId = fits[Math.floor(fits.length / 3)]!;
	const { page, context } = await signedIn(browser, 'anna.keller');
	const errors = watchErrors(page);
	await page.goto(`/cases/${caseId}?tab=assessment`);
	const region = page.getByRole('region', { name: 'Vorgeschlagene nächste Massnahmen' });
	for (const rule of seededSuggestions(docs.get(caseId)!))
		await expect(region.getByTestId(`suggestion-${rule}`)).toBeVisible();
	await expect(region).toContainText('Zugangskriterien laut Angebotskatalog');
	await region.getByText(/^Regeln anzeigen/).click();
	await expect(region.getByTestId('allocation-rule-invol')).toContainText('Grundlage: Programm S 9.3, 1.7');
	await shots(page, 'suggestions', region);
	expect(errors).toEqual([]);
	await context.close();
});
