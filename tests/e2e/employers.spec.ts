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
	return page
		.locator(`[data-stage="${stage}"]`)
		.locator('[data-employer]', { has: page.getByRole('button', { name: `Details zu ${name}`, exact: true }) });
}

test('two integration officers moving different cards on the employer board at the same time end with both moves', async ({
	browser,
	browserName,
	playwright
}, testInfo) => {
	// Two browsers, as two officers at two desks would have: native drag and drop is per browser,
	// and two drags at the same moment inside one browser disturb each other.
	const second = await playwright[browserName].launch(testInfo.project.use.launchOptions);
	// thomas.affolter is the integration officer of the region; anna.keller, a case manager of
	// the same region, may edit the board too (access rule: employers/<region>).
	const thomas = await signedIn(browser, 'thomas.affolter');
	const anna = await signedIn(second, 'anna.keller');
	await openBoard(thomas.page);
	await openBoard(anna.page);
	await expect(thomas.page.getByTestId('board-presence')).toContainText('Anna Keller');

	const names = await thomas.page.locator('[data-stage="sensitized"] [data-employer] button.name').allTextContents();
	expect(names.length).toBeGreaterThanOrEqual(2);
	const [first, next] = names as [string, string];

	// Both move at once, each a different card: Thomas the first card one stage on, Anna the
	// second two stages on. The two moves are made with the move buttons (the board's keyboard
	// alternative) because two native drags racing in headless browsers are not reliable; the
	// drag itself is checked below, on its own.
	const thomasMoves = () => card(thomas.page, 'sensitized', first).getByTestId('move-right').click();
	const annaMoves = async () => {
		await card(anna.page, 'sensitized', next).getByTestId('move-right').click();
		await card(anna.page, 'interested', next).getByTestId('move-right').click();
	};
	await Promise.all([thomasMoves(), annaMoves()]);

	for (const page of [thomas.page, anna.page]) {
		await expect(card(page, 'interested', first)).toBeVisible();
		await expect(card(page, 'trial', next)).toBeVisible();
		await expect(card(page, 'sensitized', first)).toHaveCount(0);
	}
	await anna.page.reload();
	await expect(card(anna.page, 'interested', first)).toBeVisible();
	await expect(card(anna.page, 'trial', next)).toBeVisible();

	// Drag and drop moves a card too, and the other screen follows. Dropped near the top of the
	// column: aiming at the middle of a long column makes the page scroll between press and first
	// move, and Chromium then drags another card.
	await card(thomas.page, 'interested', first).dragTo(thomas.page.locator('[data-stage="trial"] ol'), {
		targetPosition: { x: 40, y: 16 }
	});
	await expect(card(anna.page, 'trial', first)).toBeVisible();
	await thomas.context.close();
	await anna.context.close();
	await second.close();
});
