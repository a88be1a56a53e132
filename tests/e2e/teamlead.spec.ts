/**
 * Journey: a team lead reassigns a case and the case manager's Ampel board changes live.
 * Two browsers: Regula Brunner (team lead) on the team view, Anna Keller (case manager) on her
 * cockpit. The move goes through the case doc → server projection → index doc → Anna's Dexie.
 */
import { expect, test } from '@playwright/test';
import { signedIn } from './support';

test('a team lead reassigns a case and the case manager’s Ampel board changes live', async ({ browser }) => {
	const lead = await signedIn(browser, 'regula.brunner');
	const manager = await signedIn(browser, 'anna.keller');

	await manager.page.goto('/');
	const annaBoard = manager.page.getByTestId('ampel-board');
	await expect(annaBoard).toBeVisible();

	await lead.page.goto('/team');
	const marco = lead.page.locator('section[data-manager="u-marco-studer"]');
	const anna = lead.page.locator('section[data-manager="u-anna-keller"]');
	await expect(marco.locator('li.case').first()).toBeVisible();
	const caseId = (await marco.locator('li.case').first().getAttribute('data-case'))!;
	// Pin the card by id: the column re-sorts while the local index fills.
	const card = lead.page.locator(`li.case[data-case="${caseId}"]`);
	// Anna's home board shows her first cases only: narrow it to this person by name.
	await manager.page.getByRole('searchbox', { name: 'Suchen' }).fill((await card.getByRole('link').textContent())!);
	const annaActive = Number((await anna.getByTestId('active').textContent())!.match(/\d+/)![0]);
	await expect(annaBoard.locator(`[data-case="${caseId}"]`)).toHaveCount(0);

	// Drag the case onto Anna's column.
	// Aim at the column's head, which is on screen: scrolling mid-drag would change what is under the pointer.
	await card.dragTo(anna, { sourcePosition: { x: 6, y: 6 }, targetPosition: { x: 40, y: 20 } });
	await expect(anna.getByTestId('active')).toHaveText(`${annaActive + 1} aktive Fälle`);
	await expect(lead.page.getByRole('status').filter({ hasText: 'ist jetzt bei Anna Keller' })).toBeVisible();

	// Anna's board shows it without a reload (live through the server's projection).
	await expect(annaBoard.locator(`[data-case="${caseId}"]`)).toBeVisible();

	// Keyboard alternative: give it back to Marco with the menu; it leaves Anna's board.
	await anna.locator(`li.case[data-case="${caseId}"] select`).selectOption({ label: 'Marco Studer' });
	await expect(annaBoard.locator(`[data-case="${caseId}"]`)).toHaveCount(0);
	await expect(anna.getByTestId('active')).toHaveText(`${annaActive} aktive Fälle`);

	await lead.context.close();
	await manager.context.close();
});
