/**
 * The case dossier end to end, as one case manager (anna.keller) on one case: fills an
 * assessment, accepts a suggested measure, adds a measure from the catalogue, uploads a PDF,
 * attaches it to the measure, and saves the report with page.pdf(), then reads the PDF's text
 * back with pdftotext (poppler-utils; CI installs it).
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import * as persons from '../../server/seed/persons';
import { DEFAULT_SEED } from '../../server/seed/seed';
import { afterStandardAssessment, demoDocs } from './demo';
import { catalogueForm, fillAssessment, pdfBytes, signedIn, swissToday } from './support';

const DIR = 'tests/.artifacts/screens';
const PDF_PATH = 'tests/.artifacts/dossier-journey.pdf';
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });

/**
 * Adults of sr-wasseramt with journal entries; the journey takes one from the end of the demo
 * caseload so the other journeys (which take the first cases) do not touch it.
 */
function journeyCases(): persons.SeedCase[] {
	const demo = persons.generate({ seed: DEFAULT_SEED, today });
	const age = (birth: string) =>
		Number(today.slice(0, 4)) - Number(birth.slice(0, 4)) - (today.slice(5) < birth.slice(5) ? 1 : 0);
	const fits = demo.filter(
		(c) =>
			c.info.agencyId === 'sr-wasseramt' &&
			c.journal.length >= 1 &&
			age(c.person.birthDate) >= 25 &&
			age(c.person.birthDate) <= 60
	);
	return fits;
}

/** The last fitting case for which the standard assessment suggests integration.arbeit (the journey accepts it). */
async function journeyCaseWithSuggestion(): Promise<persons.SeedCase> {
	const docs = await demoDocs();
	const found = journeyCases().findLast((c) => afterStandardAssessment(docs.get(c.id)!).includes('integration-arbeit'));
	if (!found) throw new Error('no demo case fits');
	return found;
}

test('fills an assessment, accepts a suggestion, adds a catalogue measure, attaches a PDF and saves the report as PDF', async ({
	browser
}) => {
	const item = await journeyCaseWithSuggestion();
	const { context, page } = await signedIn(browser, 'anna.keller');
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));

	// 1. Assessment through the form; accept the suggested labour-market programme.
	await page.goto(`/cases/${item.id}?tab=assessment`);
	await expect(page.getByRole('heading', { name: 'Profil auf einen Blick' })).toBeVisible();
	await fillAssessment(page);
	await expect(page.getByText(`vertiefte Abklärung vom ${swissToday()}`)).toBeVisible();
	const suggestion = page.getByTestId('suggestion-integration-arbeit');
	await suggestion.getByRole('button', { name: 'integration.arbeit in den Integrationsplan übernehmen' }).click();
	await expect(suggestion).toContainText('im Integrationsplan');

	// 2. A measure from the catalogue menu (chosen, never typed).
	await page.goto(`/cases/${item.id}?tab=plan`);
	const add = catalogueForm(page);
	await add.getByLabel('Art des Angebots').selectOption({ label: 'Sprache' });
	const menu = add.getByLabel('Angebot', { exact: true });
	const option = menu.locator('option', { hasText: 'Deutschintegrationskurs A1' });
	// Places still free this period across all plans (from /api/capacity), as a hint only.
	await expect(option).toContainText(/frei: \d+/);
	await menu.selectOption(await option.getAttribute('value'));
	await add.getByRole('button', { name: 'Hinzufügen' }).click();
	const rows = page.getByTestId('measure-row');
	await expect(rows.filter({ hasText: 'Deutschintegrationskurs A1' })).not.toHaveCount(0);
	const accepted = rows.filter({ hasText: 'integration.arbeit' }).first();
	await expect(accepted).toBeVisible();

	// 3. A PDF uploaded in the documents tab.
	const pdf = pdfBytes('Anmeldung integration.arbeit');
	await page.goto(`/cases/${item.id}?tab=documents`);
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'Anmeldung integration.arbeit.pdf', mimeType: 'application/pdf', buffer: pdf });
	await expect(
		page.getByTestId('documents').getByRole('row', { name: /Anmeldung integration\.arbeit\.pdf/ })
	).toContainText('Anna Keller');

	// 4. Attached to the accepted measure from its details, then downloadable from there.
	await page.goto(`/cases/${item.id}?tab=plan`);
	await accepted.getByRole('button', { name: 'Details' }).click();
	const attachments = page.getByRole('group', { name: 'Anhänge' });
	await expect(attachments).toContainText('Keine Dokumente angehängt.');
	await attachments
		.getByLabel('Dokument des Falls anhängen')
		.selectOption({ label: 'Anmeldung integration.arbeit.pdf' });
	await attachments.getByRole('button', { name: 'Anhängen', exact: true }).click();
	const link = attachments.getByRole('link', { name: 'Anmeldung integration.arbeit.pdf' });
	await expect(link).toBeVisible();
	const response = await page.request.get((await link.getAttribute('href'))!);
	expect(response.status()).toBe(200);
	expect((await response.body()).equals(pdf)).toBe(true);

	// A second file uploaded right in the measure is attached too; detaching keeps it in the case.
	await attachments
		.getByTestId('measure-file-input')
		.setInputFiles({ name: 'Lebenslauf.pdf', mimeType: 'application/pdf', buffer: pdfBytes('Lebenslauf', 2_000) });
	await expect(attachments.getByRole('link', { name: 'Lebenslauf.pdf' })).toBeVisible();
	await page.screenshot({ path: `${DIR}/plan-attachments.png`, fullPage: true });
	await attachments.getByRole('button', { name: 'Anhang lösen: Lebenslauf.pdf' }).click();
	await expect(attachments.getByRole('link')).toHaveCount(1);
	await expect(
		attachments.getByLabel('Dokument des Falls anhängen').locator('option', { hasText: 'Lebenslauf.pdf' })
	).toHaveCount(1);
	await expect(page.getByTestId('sync-state')).toHaveText('synchronisiert');

	// 5. The report, saved as A4 PDF; its text holds what the journey entered.
	await page.goto(`/cases/${item.id}`);
	await page.getByRole('link', { name: 'Dossierbericht' }).click();
	const report = page.getByTestId('report');
	await expect(report).toContainText('Deutschintegrationskurs A1');
	await expect(report).toContainText('Anmeldung integration.arbeit.pdf');
	await page.emulateMedia({ media: 'print' });
	await page.screenshot({ path: `${DIR}/report-journey-print.png`, fullPage: true });
	await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, path: PDF_PATH });
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', PDF_PATH, '-'], { encoding: 'utf8' });
	// Extraction breaks lines where the layout wraps them: compare without whitespace.
	const flat = text.replace(/\s+/g, '');
	const expected = [
		`${item.person.lastName} ${item.person.firstName}`,
		`vertiefte Abklärung vom ${swissToday()}`,
		'Stelle in der Logistik finden',
		'integration.arbeit',
		'Deutschintegrationskurs A1',
		'Anmeldung integration.arbeit.pdf',
		'Erwerbs- und Ausbildungssituation',
		item.journal[0]!.paragraphs[0]!.slice(0, 40)
	];
	for (const part of expected) expect(flat, part).toContain(part.replace(/\s+/g, ''));
	expect(flat).not.toContain('Lebenslauf.pdf');
	expect(errors).toEqual([]);
	await context.close();
});
