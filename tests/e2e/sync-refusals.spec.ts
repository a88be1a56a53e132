/**
 * When the server ends a case's sync connection for good, the case page says why, in German:
 * a sign-out elsewhere (the session's sockets close at once, 4401), and any other final close
 * code (here 4413, presence too large) — never the server's English close reason.
 */
import { expect, test, type WebSocketRoute } from '@playwright/test';
import { firstCaseId, signedIn, syncState } from './support';

const DIR = 'tests/.artifacts/screens';

test('a sign-out in another tab ends the case page’s sync at once, with a German message', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'sandra.ryf');
	const caseId = await firstCaseId(page);
	await page.goto(`/cases/${caseId}`);
	await expect(syncState(page)).toHaveText('synchronisiert');

	// Another tab of the same browser signs out (same cookie, same session).
	const other = await context.newPage();
	const response = await other.request.delete('/api/session');
	expect(response.status()).toBe(204);

	// Far sooner than the periodic access re-check (30 s): the socket was closed with the session.
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Ihre Sitzung wurde beendet', { timeout: 5_000 });
	await expect(alert.getByRole('link', { name: 'Anmelden' })).toBeVisible();
	for (const width of [1440, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: `${DIR}/sync-signed-out-${width}.png`, fullPage: true });
	}
	await context.close();
});

test('another final close code shows a German sentence, not the server’s reason', async ({ browser }) => {
	const { page, context } = await signedIn(browser, 'anna.keller');
	const caseId = await firstCaseId(page);
	// The case doc's socket passes through unchanged until the test closes it like the server would.
	let route: WebSocketRoute | null = null;
	await page.routeWebSocket(new RegExp(`/sync/case/${caseId}$`), (ws) => {
		ws.connectToServer();
		route = ws;
	});
	await page.goto(`/cases/${caseId}`);
	await expect(syncState(page)).toHaveText('synchronisiert');
	expect(route).not.toBeNull();

	await route!.close({ code: 4413, reason: 'awareness state above 16384 bytes' });
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Die Anwesenheitsangaben dieses Geräts waren zu gross');
	await expect(alert).not.toContainText('awareness');
	for (const width of [1440, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: `${DIR}/sync-refused-${width}.png`, fullPage: true });
	}
	await context.close();
});
