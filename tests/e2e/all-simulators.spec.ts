/**
 * Every registered simulator in a real browser, by number keys only: one game to a win and one to
 * 合规失败. The paths come from a search over the machine itself (src/sim/engine/play.ts), so the test
 * follows the game as it is written rather than a hand-kept list of choice ids.
 */
import { expect, test, type Page } from '@playwright/test';
import { simulators } from '../../src/sim/registry';
import { searchEndings } from '../../src/sim/engine/play';

async function pressChoice(page: Page, choiceId: string) {
  const ids = await page.locator('.sim-choice').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.choice));
  const index = ids.indexOf(choiceId);
  expect(index, `choice ${choiceId} offered among ${ids.join(',')}`).toBeGreaterThanOrEqual(0);
  const timeline = await page.locator('.sim-timeline li').count();
  await page.keyboard.press(String(index + 1));
  await expect(page.locator('.sim-timeline li')).toHaveCount(timeline + 1);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
});

for (const def of simulators) {
  const paths = searchEndings(def, ['win', 'compliance']);

  for (const kind of ['win', 'compliance'] as const) {
    test(`${def.id}: reaches a ${kind} ending by keyboard, recorded on the index`, async ({ page }) => {
      const path = paths.get(kind);
      expect(path, `${def.id} has a reachable ${kind} ending`).toBeTruthy();
      await page.goto(`/simulators/${def.id}/`);
      await expect(page.locator('.sim-scene[data-keys="ready"]')).toBeVisible();
      for (const id of path!) await pressChoice(page, id);
      const debrief = page.locator('.sim-debrief');
      await expect(debrief).toHaveClass(new RegExp(`sim-debrief--${kind}`));
      await expect(page.locator('#sim-step-heading')).toBeFocused();
      if (kind === 'compliance') {
        // A 合规失败 names the article it breaks, and scores 0.
        await expect(debrief).toContainText(/第\d+条/);
        await expect(debrief).toContainText('合规失败');
      }
      await expect(debrief.locator('.sim-debrief__lessons a').first()).toHaveAttribute('href', /\/modules\/\d\d-[a-z-]+\/#s-/);
      await page.goto('/simulators/');
      await expect(page.locator(`[data-sim-best="${def.id}"]`)).not.toBeEmpty();
    });
  }
}
