/**
 * The integration timeline marks the IAS milestone "language A1 after 3 years" red when a person
 * who entered more than three years ago is still at A0 (a late case seeded deterministically).
 */
import { expect, test } from '@playwright/test';
import { pickLate } from '../../server/seed/late';
import * as persons from '../../server/seed/persons';
import { DEFAULT_SEED } from '../../server/seed/seed';
import { signedIn } from './support';

function swissToday(): string {
	return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });
}

test('a milestone marker turns red for a seeded late case', async ({ browser }) => {
	const today = swissToday();
	const cases = persons.generate({ seed: DEFAULT_SEED, today }).map((c) => ({
		id: c.id,
		agencyId: c.info.agencyId,
		status: c.residence.at(-1)!.status,
		entryDate: c.person.entryDate,
		birthDate: c.person.birthDate
	}));
	const caseId = pickLate(cases, today)!;
	const { page, context } = await signedIn(browser, 'anna.keller');
	await page.goto(`/cases/${caseId}?tab=timeline`);
	await expect(page.getByRole('link', { name: 'Zeitachse' })).toHaveAttribute('aria-current', 'page');

	const marker = page.getByTestId('milestone-ias-language-a1');
	await expect(marker).toHaveAttribute('data-state', 'missed');
	await expect(marker.locator('path')).toHaveAttribute('fill', /danger/);
	await expect(page.getByTestId('milestone-row-ias-language-a1')).toContainText('verpasst');

	// Keyboard: focusing the marker tells its details in the live region.
	await marker.focus();
	await expect(page.getByTestId('timeline-detail')).toContainText('Sprache A1 nach 3 Jahren');
	await expect(page.getByTestId('timeline-detail')).toContainText('Niveau A0');
	await page.screenshot({ path: 'tests/.artifacts/screens/timeline-late.png', fullPage: true });

	// Zoom with the keyboard: the axis shows other (finer) ticks, and 0 brings the whole span back.
	const ticks = () => page.locator('[data-testid="timeline"] text.tick').allTextContents();
	const whole = await ticks();
	await page.getByTestId('timeline').focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await expect.poll(ticks).not.toEqual(whole);
	await page.keyboard.press('0');
	await expect.poll(ticks).toEqual(whole);
	await context.close();
});
