/**
 * The objection simulator in a real browser: played by number keys only, resumed after a reload,
 * stepped back, a broken stored game, the result on the index. Run after `npx astro build`.
 */
import { expect, test, type Page } from '@playwright/test';

const SIM = '/simulators/objection/';
const WIN = ['caseWorks', 'record', 'scoreReview', 'verify', 'objection', 'fileToday', 'cooperate', 'formalDebrief'];
const EXPERT = ['caseWorks', 'record', 'scoreReview', 'contactExpert'];

async function open(page: Page) {
  await page.goto(SIM);
  await expect(page.locator('.sim-scene[data-keys="ready"], .sim-debrief')).toBeVisible();
}

/** Presses the number key shown on the choice's button: keyboard only, no clicks. */
async function pressChoice(page: Page, choiceId: string) {
  const ids = await page.locator('.sim-choice').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.choice));
  const index = ids.indexOf(choiceId);
  expect(index, `choice ${choiceId} offered among ${ids.join(',')}`).toBeGreaterThanOrEqual(0);
  const key = String(index + 1);
  await expect(page.locator('.sim-choice').nth(index).locator('.sim-choice__key')).toHaveText(key);
  const timeline = await page.locator('.sim-timeline li').count();
  await page.keyboard.press(key);
  await expect(page.locator('.sim-timeline li')).toHaveCount(timeline + 1);
}

async function play(page: Page, path: string[]) {
  for (const id of path) await pressChoice(page, id);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
});

test('wins the 招标投标 case by keyboard alone, with focus following the game', async ({ page }) => {
  await open(page);
  await expect(page.locator('.sim-choice').first()).toHaveAttribute('aria-keyshortcuts', '1');
  await pressChoice(page, 'caseWorks');
  await expect(page.locator('#sim-step-heading')).toBeFocused();
  await expect(page.locator('.sim-calendar')).toContainText('公示期最后一天');
  await pressChoice(page, 'record');
  // The meter change is announced politely.
  await expect(page.locator('[aria-live="polite"]')).toHaveText('证据充分度 +15，当前 15');
  await play(page, WIN.slice(2));
  const debrief = page.locator('.sim-debrief');
  await expect(debrief).toHaveClass(/sim-debrief--win/);
  await expect(page.locator('#sim-step-heading')).toBeFocused();
  await expect(debrief).toContainText('结果改变：异议成立');
  await expect(debrief.locator('.sim-verdict')).toHaveCount(WIN.length - 1);
  await expect(debrief).toContainText('最强路径');
  const link = debrief.locator('.sim-debrief__lessons a').first();
  await expect(link).toHaveAttribute('href', /\/modules\/07-challenges-and-complaints\/#s-7-\d$/);
  // The result reaches the index, and the finished game is no longer "in progress".
  await page.goto('/simulators/');
  await expect(page.locator('[data-sim-best="objection"]')).toContainText('赢得结果');
  await expect(page.locator('[data-sim-best="objection"]')).not.toContainText('进行中');
});

test('a shortcut with an evaluation expert ends in 合规失败 naming 招标投标法第44条', async ({ page }) => {
  await open(page);
  await play(page, EXPERT);
  const debrief = page.locator('.sim-debrief--compliance');
  await expect(debrief).toBeVisible();
  await expect(debrief.locator('.sim-debrief__kind')).toHaveText('合规失败');
  await expect(debrief.locator('.sim-debrief__article')).toContainText('招标投标法第44条');
  await expect(debrief.locator('.sim-debrief__score strong')).toHaveText('0');
  await expect(page.locator('.sim-verdict--violation')).toHaveCount(1);
});

test('resumes after a reload, then steps back', async ({ page }) => {
  await open(page);
  await play(page, ['caseGov', 'record', 'scoreReview']);
  const heading = await page.locator('#sim-step-heading').textContent();
  await page.reload();
  await expect(page.locator('.sim__notice')).toContainText('已恢复上次的进度：第 4 步');
  await expect(page.locator('#sim-step-heading')).toHaveText(heading!);
  await expect(page.locator('.sim-timeline li')).toHaveCount(3);
  await expect(page.locator('.sim-meter').first()).toContainText('30');

  await page.getByRole('button', { name: '上一步' }).click();
  await expect(page.locator('.sim-timeline li')).toHaveCount(2);
  await expect(page.locator('.sim')).toHaveAttribute('data-step-id', 'analysis');
  await expect(page.locator('#sim-step-heading')).toBeFocused();
  await expect(page.locator('.sim-meter').first()).toContainText('15');
  // Stepping back is saved too.
  await page.reload();
  await expect(page.locator('.sim')).toHaveAttribute('data-step-id', 'analysis');
  await page.getByRole('button', { name: '重新开始' }).click();
  await expect(page.locator('.sim')).toHaveAttribute('data-step-id', 'pickCase');
  await page.reload();
  await expect(page.locator('.sim-scene[data-keys="ready"]')).toBeVisible();
  await expect(page.locator('.sim')).toHaveAttribute('data-step-id', 'pickCase');
  await expect(page.locator('.sim__notice')).toHaveCount(0);
});

test('a stored game that cannot be restored starts fresh with a notice', async ({ page }) => {
  await page.evaluate(() => {
    const broken = { plays: 0, bestScore: 0, snapshot: { status: 'active', value: 'noSuchStep', context: {} }, snapshotVersion: 1, path: ['x'] };
    localStorage.setItem('kam-progress', JSON.stringify({ state: { learner: { name: '', employeeId: '' }, modules: {}, quizzes: {}, simulators: { objection: broken } }, version: 1 }));
  });
  await open(page);
  await expect(page.locator('.sim__notice')).toContainText('无法恢复');
  await expect(page.locator('.sim')).toHaveAttribute('data-step-id', 'pickCase');
  await pressChoice(page, 'caseGov');
  await expect(page.locator('.sim')).toHaveAttribute('data-step-id', 'publicity');
});

test('number keys do nothing while typing in a form field', async ({ page }) => {
  await open(page);
  await page.locator('#theme-select').focus();
  await page.keyboard.press('1');
  await expect(page.locator('.sim')).toHaveAttribute('data-step-id', 'pickCase');
});

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['mobile', { width: 390, height: 844 }],
] as const) {
  test(`screenshots (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await open(page);
    await play(page, ['caseGov', 'record', 'scoreReview', 'verify', 'challenge']);
    await page.screenshot({ path: `tests/screenshots/sim-objection-step-${name}.png`, fullPage: true });
    await play(page, ['fileMiscount']);
    await expect(page.locator('.sim-debrief--loss')).toBeVisible();
    await page.screenshot({ path: `tests/screenshots/sim-objection-loss-${name}.png`, fullPage: true });
    await page.getByRole('button', { name: '再玩一次' }).click();
    await play(page, EXPERT);
    await page.screenshot({ path: `tests/screenshots/sim-objection-compliance-${name}.png`, fullPage: true });
    // Nothing may overflow the viewport sideways, even at phone width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (name === 'mobile') {
      await page.goto('/simulators/');
      await page.screenshot({ path: 'tests/screenshots/sim-index-mobile.png', fullPage: true });
    }
  });
}
