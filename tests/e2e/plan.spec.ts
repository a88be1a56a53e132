/**
 * The integration plan, the offer catalogue and the printable dossier, as caseworkers and the
 * canton's integration office use them. Cases are picked from the demo generator (pure and
 * seeded like the server's own seed), so each test knows what the case holds.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import * as plan from '../../src/lib/model/plan';
import * as persons from '../../server/seed/persons';
import { seedPlan } from '../../server/seed/plans';
import * as random from '../../server/seed/random';
import { DEFAULT_SEED } from '../../server/seed/seed';
import { fillDate, signedIn } from './support';

const DIR = 'tests/.artifacts/screens';
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });
const demo = persons.generate({ seed: DEFAULT_SEED, today });
const wasseramt = demo.filter((c) => c.info.agencyId === 'sr-wasseramt');

function pick(predicate: (c: persons.SeedCase) => boolean): persons.SeedCase {
	const found = wasseramt.find(predicate);
	if (!found) throw new Error('no demo case fits');
	return found;
}

/** How many lines "Als Nächstes" shows for the case's seeded plan (the seed is pure, so we can ask it). */
function seededAgenda(item: persons.SeedCase): number {
	const doc = new Y.Doc();
	seedPlan(doc, item, today, random.create(random.derive(DEFAULT_SEED, 5, demo.indexOf(item))), 'test');
	return plan.agenda(plan.goals(doc), plan.measures(doc), today).length;
}

/** dd.mm.yyyy of today + n days. */
function inDays(n: number): string {
	const d = new Date(`${today}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
}

test('adds a measure from the catalogue, sets status and dates, and sees it under "Als Nächstes"', async ({
	browser
}) => {
	// An adult whose plan has little open yet, so the new measure is among the first lines.
	const item = pick((c) => ageToday(c.person.birthDate) >= 18 && seededAgenda(c) <= 3);
	const { context, page } = await signedIn(browser, 'anna.keller');
	await page.goto(`/cases/${item.id}?tab=plan`);
	await expect(page.getByRole('heading', { name: 'Massnahmen', exact: true })).toBeVisible();
	const before = await page.getByTestId('measure-row').filter({ hasText: 'Deutschintegrationskurs A1' }).count();

	// Chosen from the menu, never typed: filter by type, then pick the catalogue entry.
	const add = page.locator('section', { has: page.getByRole('heading', { name: 'Massnahme aus dem Katalog' }) });
	await add.getByLabel('Art des Angebots').selectOption({ label: 'Sprache' });
	const menu = add.getByLabel('Angebot', { exact: true });
	const option = menu.locator('option', { hasText: 'Deutschintegrationskurs A1' });
	await expect(option).toHaveCount(1);
	await expect(menu.locator('option', { hasText: 'integration.arbeit' })).toHaveCount(0); // filtered out by type
	await menu.selectOption(await option.getAttribute('value'));
	await expect(add.getByText('Sprachschule Aare', { exact: true })).toBeVisible();
	await expect(add.getByText(/Plätze \d{4}-H[12]: \d+/)).toBeVisible();
	await fillDate(page, 'Beginn geplant', inDays(21), add);
	await add.getByRole('button', { name: 'Hinzufügen' }).click();

	const added = page.getByTestId('measure-row').filter({ hasText: 'Deutschintegrationskurs A1' });
	await expect(added).toHaveCount(before + 1);
	// Not started yet, so its period shows the planned start.
	const row = added.filter({ hasText: inDays(21) });
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('Sprachschule Aare');
	await row.getByLabel('Status').selectOption({ label: 'angemeldet' });
	await row.getByRole('button', { name: 'Details' }).click();
	await fillDate(page, 'Ende geplant', inDays(21 + 180));
	await expect(row).toContainText(`${inDays(21)} – ${inDays(201)}`);

	const next = page.getByTestId('plan-next');
	const entry = next.locator('li', { hasText: 'Deutschintegrationskurs A1' });
	await expect(entry).toContainText(inDays(21));
	await expect(entry).toContainText('Beginn · angemeldet · Sprachschule Aare');

	// The plan is in the shared doc: a reload shows it from the local copy and the server.
	await page.reload();
	await expect(page.getByTestId('sync-state')).toHaveText('synchronisiert');
	await expect(
		page
			.getByTestId('measure-row')
			.filter({ hasText: inDays(21) })
			.getByLabel('Status')
	).toHaveValue('registered');
	await context.close();
});

test('warns, without blocking, when the person does not meet an offer’s criteria', async ({ browser }) => {
	const item = pick((c) => ageToday(c.person.birthDate) >= 30);
	const { context, page } = await signedIn(browser, 'anna.keller');
	await page.goto(`/cases/${item.id}?tab=plan`);
	const add = page.locator('section', { has: page.getByRole('heading', { name: 'Massnahme aus dem Katalog' }) });
	const menu = add.getByLabel('Angebot', { exact: true });
	const bvj = menu.locator('option', { hasText: 'Brückenangebot BVJ' });
	await expect(bvj).toContainText('(Kriterien nicht erfüllt)');
	await menu.selectOption(await bvj.getAttribute('value'));
	await expect(add.getByTestId('criteria-warning')).toContainText(/Alter \d+ \(verlangt: 16–25 Jahre\)/);
	await expect(add.getByRole('button', { name: 'Hinzufügen' })).toBeEnabled();
	await add.getByLabel('nur Angebote, deren Zugangskriterien die Person erfüllt').check();
	await expect(menu.locator('option', { hasText: 'Brückenangebot BVJ' })).toHaveCount(0);
	await context.close();
});

test('the integration office edits the catalogue; a case manager reads it only', async ({ browser }) => {
	const office = await signedIn(browser, 'martina.vogt');
	await office.page.getByRole('link', { name: 'Angebote' }).click();
	await expect(office.page.getByRole('heading', { name: 'Angebotskatalog' })).toBeVisible();
	await expect(office.page.getByTestId('offer-count')).toHaveText('15 von 15 Angeboten');
	await office.page.getByLabel('Art').selectOption({ label: 'Arbeitsintegration (AMI)' });
	await expect(office.page.getByTestId('offer-count')).toHaveText('2 von 15 Angeboten');
	await office.page.getByRole('link', { name: 'integration.arbeit' }).click();
	const detail = office.page.getByTestId('offer-detail');
	const current = detail.locator('tr.current');
	await current.getByLabel('Plätze').fill('14');
	await current.getByLabel('Plätze').press('Tab');
	const listed = office.page.locator('tbody tr', { hasText: 'integration.arbeit' }).locator('td.num').first();
	await expect(listed).toHaveText('14');
	await expect(office.page.getByTestId('sync-state')).toHaveText('synchronisiert');
	await office.page.screenshot({ path: `${DIR}/offers-edit.png`, fullPage: true });

	const reader = await signedIn(browser, 'anna.keller');
	await reader.page.goto('/offers?offer=integration-arbeit');
	await expect(
		reader.page.getByText('Nur lesen: den Katalog pflegt die kantonale Integrationsfachstelle.')
	).toBeVisible();
	await expect(reader.page.locator('tbody tr', { hasText: 'integration.arbeit' }).locator('td.num').first()).toHaveText(
		'14'
	);
	await expect(reader.page.getByRole('button', { name: 'Neues Angebot' })).toHaveCount(0);
	await expect(reader.page.getByTestId('offer-detail').locator('input')).toHaveCount(0);
	await reader.page.screenshot({ path: `${DIR}/offers-read.png`, fullPage: true });
	await office.context.close();
	await reader.context.close();
});

test('prints the dossier report with master data, plan and journal (saved as PDF)', async ({ browser }) => {
	const item = pick(
		(c) => c.info.phase === 'integration' && c.journal.length >= 3 && ageToday(c.person.birthDate) >= 18
	);
	const { context, page } = await signedIn(browser, 'anna.keller');
	await page.goto(`/cases/${item.id}`);
	await page.getByRole('link', { name: 'Dossierbericht' }).click();
	await expect(page).toHaveURL(new RegExp(`/cases/${item.id}/report$`));
	const report = page.getByTestId('report');
	await expect(report).toContainText(item.person.zemis);
	await expect(page.getByTestId('sync-state')).toHaveText('synchronisiert');
	const measure = (await report.locator('table.measures tbody tr strong').first().textContent()) ?? '';
	expect(measure).not.toBe('');
	await page.screenshot({ path: `${DIR}/report-screen.png`, fullPage: true });

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Drucken / als PDF speichern' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
	await page.screenshot({ path: `${DIR}/report-print.png`, fullPage: true });
	const pdf = await page.pdf({
		format: 'A4',
		preferCSSPageSize: true,
		printBackground: true,
		path: 'tests/.artifacts/report.pdf'
	});
	expect(pdf.byteLength).toBeGreaterThan(10_000);
	expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(1);

	const journalText = item.journal[0]!.paragraphs[0]!.slice(0, 40);
	// Table cells wrap, so a measure's name may come out of the PDF word by word.
	const expected = [
		item.person.lastName,
		item.person.firstName,
		item.person.zemis,
		'Stammdaten',
		'Aufenthaltsstatus',
		'Potenzialabklärung',
		'Integrationsplan',
		...measure.split(/\s+/),
		'Verlauf'
	];
	let text: string;
	if (hasPdftotext()) {
		text = execFileSync('pdftotext', ['-enc', 'UTF-8', 'tests/.artifacts/report.pdf', '-'], { encoding: 'utf8' });
		test.info().annotations.push({ type: 'pdf-text', description: 'checked with pdftotext' });
	} else {
		text = (await report.innerText()) ?? '';
		test
			.info()
			.annotations.push({ type: 'pdf-text', description: 'pdftotext missing: checked the print-emulated DOM' });
	}
	// PDF text extraction breaks lines where the layout wraps them: compare without whitespace.
	const flat = text.replace(/\s+/g, '');
	for (const part of [...expected, journalText]) expect(flat, part).toContain(part.replace(/\s+/g, ''));
	await context.close();
});

test('screens: plan tab with a seeded plan', async ({ browser }) => {
	const item = pick(
		(c) => c.info.phase === 'integration' && ageToday(c.person.birthDate) >= 16 && ageToday(c.person.birthDate) <= 25
	);
	const { context, page } = await signedIn(browser, 'anna.keller');
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`/cases/${item.id}?tab=plan`);
	await expect(page.getByTestId('measure-row').first()).toBeVisible();
	await expect(page.getByTestId('sync-state')).toHaveText('synchronisiert');
	await page.getByTestId('measure-row').first().getByRole('button', { name: 'Details' }).click();
	await page.screenshot({ path: `${DIR}/plan.png`, fullPage: true });
	expect(errors).toEqual([]);
	await context.close();
});

/** Age in whole years today. */
function ageToday(birthDate: string): number {
	const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
	return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

function hasPdftotext(): boolean {
	try {
		execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}
