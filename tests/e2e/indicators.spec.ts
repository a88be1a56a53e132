/**
 * Steering journeys: the canton office reads the figures (the screen shows what the API
 * returns), breaks them down by agency and exports them; a team lead opens the persons behind
 * a figure of their team; a case manager builds, saves and exports a client list.
 * Screenshots go to tests/.artifacts/screens for review.
 */
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { signedIn, watchErrors } from './support';

const DIR = 'tests/.artifacts/screens';
const number = new Intl.NumberFormat('de-CH');

interface Figure {
	id: string;
	numerator: number;
	denominator: number;
}

test('canton office: figures match the API, grouped by agency, exported as Excel', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'martina.vogt');
	const errors = watchErrors(page);
	await page.goto('/indicators');
	await expect(page.getByTestId('indicator-scope')).toHaveText('Ganzer Kanton (alle fallführenden Stellen)');
	await expect(page.getByTestId('figure-S-EMP-total')).toBeVisible();

	const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });
	const api = (await (await page.request.get(`/api/indicators?at=${today}`)).json()) as { indicators: Figure[] };
	for (const f of api.indicators) {
		await expect(page.getByTestId(`figure-${f.id}-total`)).toContainText(
			`${number.format(f.numerator)} von ${number.format(f.denominator)}`
		);
	}
	await page.screenshot({ path: `${DIR}/indicators.png`, fullPage: true });

	await page.getByLabel('Aufschlüsseln nach').selectOption('agency');
	await expect(page.getByTestId('figure-S-EMP-sr-wasseramt')).toBeVisible();
	await page.getByTestId('figure-S-EMP-sr-olten').click();
	const panel = page.getByTestId('persons-panel');
	await expect(panel).toContainText('Gruppe: Sozialregion Olten');
	await expect(panel).toContainText('ihre Namen sind für Sie nicht einsehbar');
	await page.screenshot({ path: `${DIR}/indicators-by-agency.png`, fullPage: true });
	await panel.getByRole('button', { name: 'Schliessen' }).click();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Als Excel exportieren' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`lotse-kennzahlen-${today}-agency.xlsx`);
	const stream = await file.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
	const sheet = book.worksheets[0]!;
	expect(sheet.getRow(1).getCell(1).value).toBe('Kennzahl');
	const ids = sheet.getColumn(1).values.slice(2);
	expect(ids).toContain('IAS-1');
	expect(ids).toContain('S-EMP');
	expect(errors).toEqual([]);
	await context.close();
});

test('team lead: persons behind a figure of the team', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'regula.brunner');
	const errors = watchErrors(page);
	await page.goto('/indicators');
	await expect(page.getByTestId('indicator-scope')).toContainText('Sozialregion Wasseramt');
	await page.getByLabel('Aufschlüsseln nach').selectOption('manager');
	await expect(page.locator('[data-testid="figure-S-EMP-u-anna-keller"]')).toBeVisible();
	await page.getByTestId('figure-S-EMP-u-anna-keller').click();
	const panel = page.getByTestId('persons-panel');
	await expect(panel.locator('tbody tr').first()).toBeVisible();
	await expect(panel).toContainText('Gruppe: Anna Keller');
	await expect(page.getByRole('img', { name: /Anteil an den Quartalsenden/ })).toBeVisible();
	await page.screenshot({ path: `${DIR}/indicators-team.png`, fullPage: true });
	expect(errors).toEqual([]);
	await context.close();
});

test('case manager: a filtered client list, saved and exported', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	const errors = watchErrors(page);
	await page.goto('/lists');
	await expect(page.getByTestId('list-count')).toContainText('Personen');
	await page.getByRole('group', { name: 'Aufenthaltsstatus' }).getByLabel('S', { exact: true }).check();
	await page.getByRole('group', { name: /Alter/ }).getByLabel('von').first().fill('18');
	await page.getByRole('button', { name: 'Liste anzeigen' }).click();
	await expect(page.locator('tbody tr').first()).toBeVisible();
	const statuses = await page.locator('tbody tr td:nth-child(3)').allTextContents();
	expect(new Set(statuses)).toEqual(new Set(['S']));

	await page.getByLabel('Name des Filters').fill('S ab 18');
	await page.getByLabel('Mit meiner Stelle teilen').check();
	await page.getByRole('button', { name: 'Filter speichern' }).click();
	await expect(page.getByRole('button', { name: 'S ab 18', exact: true })).toBeVisible();
	await page.screenshot({ path: `${DIR}/lists.png`, fullPage: true });

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Als CSV exportieren' }).click();
	const file = await download;
	const stream = await file.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	const csv = Buffer.concat(chunks).toString('utf8');
	// Every text cell quoted (src/lib/shared/csv.ts: one CSV writer for the app).
	expect(csv.startsWith('\uFEFF"Name";"Geburtsdatum";"Alter";"Status"')).toBe(true);
	expect(errors).toEqual([]);
	await context.close();
});
