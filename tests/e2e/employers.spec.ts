/**
 * The employer networking board is edited by several people of a region at once: two moves of
 * different cards made at the same time must both survive, on both screens and after reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { signedIn } from './support';

async function openBoard(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Arbeitgebende' }).click();
	await expect(page.getByRole('heading', { name: 'Arbeitgebende', level: 1 })).toBeVisible();
	await expect(page.getByTestId('employer-count')).toContainText('von 15');
	await expect(page.getByTestId('sync-state')).toHaveText('synchronisiert');
}

function card(page: Page, stage: string, name: string) {
	return page.locator(`[data-stage="${stage}"]`).locator('[data-employer]', { has: page.getByRole('button', { name: `Details zu ${name}`, exact: true }) });
}

test('two integration officers moving different cards on the employer board at the same time end with both moves', async ({ browser }) => {
	// thomas.affolter is the integration officer of the region; anna.keller, a case manager of
	// the same region, may edit the board too (access rule: employers/<region>).
	const thomas = await signedIn(browser, 'thomas.affolter');
	const anna = await signedIn(browser, 'anna.keller');
	await openBoard(thomas.page);
	await openBoard(anna.page);
	await expect(thomas.page.getByTestId('board-presence')).toContainText('Anna Keller');

	const names = await thomas.page.locator('[data-stage="sensitized"] [data-employer] button.name').allTextContents();
	expect(names.length).toBeGreaterThanOrEqual(2);
	const [first, second] = names as [string, string];

	// Both drag at once: Thomas drags the first card to "interessiert", Anna the second to "Probeeinsatz".
	await Promise.all([
		card(thomas.page, 'sensitized', first).dragTo(thomas.page.locator('[data-stage="interested"] ol')),
		card(anna.page, 'sensitized', second).dragTo(anna.page.locator('[data-stage="trial"] ol'))
	]);

	for (const page of [thomas.page, anna.page]) {
		await expect(card(page, 'interested', first)).toBeVisible();
		await expect(card(page, 'trial', second)).toBeVisible();
		await expect(card(page, 'sensitized', first)).toHaveCount(0);
	}
	await anna.page.reload();
	await expect(card(anna.page, 'interested', first)).toBeVisible();
	await expect(card(anna.page, 'trial', second)).toBeVisible();

	// The keyboard alternative moves a card too, and the other screen follows.
	await card(thomas.page, 'interested', first).getByTestId('move-right').click();
	await expect(card(anna.page, 'trial', first)).toBeVisible();
	await thomas.context.close();
	await anna.context.close();
});
