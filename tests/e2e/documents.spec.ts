/**
 * Journey: a caseworker attaches documents to a case — by file picker and by drag and drop —,
 * sees them listed, downloads one and gets the same bytes; wrong type and oversize are refused
 * with a German message; a colleague who opened a document can open it again offline.
 */
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { firstCaseId, signedIn } from './support';

const DIR = 'tests/.artifacts/screens';
const PDF = Buffer.concat([
	Buffer.from('%PDF-1.4\n% Bericht Potenzialabklärung\n'),
	Buffer.alloc(48_000, 0x20),
	Buffer.from('\n%%EOF\n')
]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2_000, 3)]);

/** Drops a file built in the page: `head` then `size - head.length` bytes of `fill`. */
async function drop(page: Page, name: string, type: string, head: Buffer, size = head.length, fill = 0) {
	const transfer = await page.evaluateHandle(
		({ name, type, head, size, fill }) => {
			const data = new Uint8Array(size).fill(fill);
			data.set(head);
			const dt = new DataTransfer();
			dt.items.add(new File([data], name, { type }));
			return dt;
		},
		{ name, type, head: [...head], size, fill }
	);
	await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
	await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

async function downloaded(page: Page, name: string): Promise<Buffer> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: `Herunterladen: ${name}` }).click()
	]);
	expect(download.suggestedFilename()).toBe(name);
	return fs.readFileSync((await download.path())!);
}

test('uploads a PDF', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	const caseId = await firstCaseId(page);
	await page.goto(`/cases/${caseId}?tab=documents`);
	const list = page.getByTestId('documents');

	// File picker.
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'Bericht Abklärung.pdf', mimeType: 'application/pdf', buffer: PDF });
	await expect(list.getByRole('row', { name: /Bericht Abklärung\.pdf/ })).toContainText('Anna Keller');
	await expect(
		page.getByRole('status').filter({ hasText: '«Bericht Abklärung.pdf» wurde gespeichert.' })
	).toBeVisible();

	// Synthetic drag and drop.
	await drop(page, 'Ausweis Scan.png', 'image/png', PNG);
	await expect(page.getByTestId('drop-zone')).not.toHaveClass(/over/);
	await expect(list.getByRole('row', { name: /Ausweis Scan\.png/ })).toContainText('Bild (PNG)');

	// Open an image in a new tab (from this device's copy).
	const [tab] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('button', { name: 'Öffnen: Ausweis Scan.png' }).click()
	]);
	await expect.poll(() => tab.url()).toMatch(/^blob:/);
	await tab.close();

	// Download and compare bytes.
	expect((await downloaded(page, 'Bericht Abklärung.pdf')).equals(PDF)).toBe(true);

	// Refusals, in German: by name before sending, by content on the server, by size.
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: PDF });
	await expect(
		page
			.getByRole('alert')
			.filter({ hasText: 'setup.exe: Dateityp nicht erlaubt: nur PDF, Bilder und Office-Dokumente' })
	).toBeVisible();
	await page.getByTestId('file-input').setInputFiles({ name: 'getarnt.pdf', mimeType: 'application/pdf', buffer: PNG });
	await expect(
		page
			.getByRole('alert')
			.filter({ hasText: 'getarnt.pdf: Dateityp nicht erlaubt: nur PDF, Bilder und Office-Dokumente' })
	).toBeVisible();
	await drop(page, 'riesig.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n'), 20 * 1024 * 1024 + 1, 0x20);
	await expect(page.getByRole('alert').filter({ hasText: 'riesig.pdf: Datei zu gross (max. 20 MB)' })).toBeVisible();
	// The connection breaks during the upload.
	await page.route('**/api/cases/*/documents', (route) => route.abort('connectionreset'));
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'abgebrochen.pdf', mimeType: 'application/pdf', buffer: PDF });
	await expect(
		page.getByRole('alert').filter({ hasText: 'abgebrochen.pdf: Upload abgebrochen – es wurde nichts gespeichert' })
	).toBeVisible();
	await page.unroute('**/api/cases/*/documents');
	await expect(list.getByRole('row')).toHaveCount(3); // header + the two accepted files
	await page.screenshot({ path: `${DIR}/documents.png`, fullPage: true });

	// A colleague opens the document once, then reads it again without a network.
	const marco = await signedIn(browser, 'marco.studer');
	await marco.page.goto(`/cases/${caseId}?tab=documents`);
	expect((await downloaded(marco.page, 'Bericht Abklärung.pdf')).equals(PDF)).toBe(true);
	await expect(marco.page.getByTestId('documents').getByRole('row', { name: /Bericht Abklärung\.pdf/ })).toContainText(
		'offline verfügbar'
	);
	await marco.context.setOffline(true);
	expect((await downloaded(marco.page, 'Bericht Abklärung.pdf')).equals(PDF)).toBe(true);
	await marco.context.close();
	await context.close();
});

test('imports a person register extract twice with the same result', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	await page.getByRole('link', { name: 'Import' }).click();
	await expect(page.getByRole('heading', { name: 'Import aus dem Personenregister' })).toBeVisible();
	const csv = [
		'ZEMIS-Nr;Nachname;Vorname;Geburtsdatum;Geschlecht;Nationalität;Status;Einreisedatum;Kanton;Gemeinde',
		'90000001-1;Rahimi;Farid;12.03.1991;m;AF;F;05.10.2023;SO;Zuchwil',
		'90000002-2;Berhane;Selam;1996-01-20;w;ER;B Flü;2021-06-14;SO;Biberist',
		'90000003-3;Ohne;Geburtsdatum;;m;SY;F;01.01.2020;SO;Zuchwil',
		'90000004-4;Andere;Stelle;01.01.1990;m;SY;F;01.01.2020;SO;Olten',
		'90000005;Kurze;Nummer;01.01.1990;w;TR;N;01.02.2025;SO;Derendingen'
	].join('\n');
	const file = { name: 'zemis-auszug.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + csv) };
	for (const [created, unchanged] of [
		['2', '0'],
		['0', '2']
	] as const) {
		await page.getByLabel('CSV-Datei').setInputFiles(file);
		await page.getByRole('button', { name: 'Importieren' }).click();
		const result = page.getByTestId('import-result');
		await expect(result.getByTestId('created')).toHaveText(created);
		await expect(result.getByTestId('unchanged')).toHaveText(unchanged);
		await expect(result.getByTestId('rejected')).toHaveText('3');
		await expect(result.getByRole('row', { name: /^4 / })).toContainText('Geburtsdatum fehlt');
		await expect(result.getByRole('row', { name: /^5 / })).toContainText('nur Fälle Ihrer eigenen Stelle');
		if (created === '2') await page.screenshot({ path: `${DIR}/import.png`, fullPage: true });
	}
	// The new case is in the caseworker's list.
	await page.getByRole('link', { name: 'Fälle' }).click();
	await page.getByRole('searchbox', { name: 'Suchen' }).fill('Rahimi Farid');
	await expect(page.locator('tbody tr').first()).toContainText('Rahimi');
	await context.close();
});
