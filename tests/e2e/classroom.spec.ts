/**
 * Classroom mode in a real browser, with the presenter and the audience window as two pages of one
 * context (BroadcastChannel between them, as on the trainer's laptop). Run after `npx astro build`.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const MODULE = '06-bidding';
const CASE = 'c06-opening-day';
const NOTE_TEXT = '请学员说出本公司投标时谁是“投标负责人”';

/** Opens the audience window from the presenter's button, as a trainer does. */
async function openAudience(context: BrowserContext, presenter: Page): Promise<Page> {
  // The bar is static HTML; its buttons work once the page script or island has wired them.
  await expect(presenter.locator('[data-presenter][data-ready="true"]')).toHaveCount(1);
  const [audience] = await Promise.all([context.waitForEvent('page'), presenter.getByRole('button', { name: '打开观众窗口' }).click()]);
  await audience.waitForLoadState();
  await expect(presenter.locator('[data-audience-state]')).toHaveText('观众窗口已连接');
  return audience;
}

/** Leaves any text field, so the next key goes to the deck. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
const visibleSlide = (page: Page) => page.locator('[data-deck] > [data-slide]:not([hidden])');
const titles = (page: Page) => page.locator('[data-deck] > [data-slide]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.title));

test.beforeEach(async ({ page }) => {
  await page.goto('/trainer/');
  await page.evaluate(() => localStorage.clear());
});

test('the trainer picks the 3-day agenda and a day; the choice is remembered and starts the right session', async ({ page }) => {
  await page.goto('/trainer/');
  await expect(page.locator('[data-agenda-plan="two-day-1"]')).toBeVisible();
  await expect(page.getByLabel('第三天')).toBeHidden();
  await page.getByLabel('三天版（18 学时）').check();
  await page.getByLabel('第三天').check();
  const plan = page.locator('[data-agenda-plan="three-day-3"]');
  await expect(plan).toBeVisible();
  await expect(page.locator('[data-agenda-plan]:visible')).toHaveCount(1);
  await expect(plan.locator('caption')).toHaveText(/三天版 · 第三天/);
  await page.reload();
  await expect(page.getByLabel('三天版（18 学时）')).toBeChecked();
  await expect(page.getByLabel('第三天')).toBeChecked();
  await expect(plan).toBeVisible();
  // Back to two days: there is no day 3, so the day falls back to day 2.
  await page.getByLabel('两天版（12 学时）').check();
  await expect(page.getByLabel('第二天')).toBeChecked();
  await expect(page.locator('[data-agenda-plan="two-day-2"]')).toBeVisible();

  await page.getByLabel('三天版（18 学时）').check();
  await page.getByLabel('第一天').check();
  const start = page.locator('[data-agenda-plan="three-day-1"] a', { hasText: '开讲' }).first();
  await expect(start).toHaveAttribute('href', /\/trainer\/present\/01-decision-chain\/\?agenda=three-day/);
  await start.click();
  await expect(page.locator('[data-presenter][data-ready]')).toBeVisible();
  await expect(page.locator('[data-clock-plan]')).toContainText('三天版');
});

test('navigating in the presenter moves the audience window; blank and clock follow', async ({ page, context }) => {
  await page.goto(`/trainer/present/${MODULE}/`);
  await expect(page.locator('[data-presenter][data-ready]')).toBeVisible();
  const audience = await openAudience(context, page);
  await expect(audience.locator('[data-audience][data-ready]')).toBeAttached();

  // Both pages were split by the same function: the same slides, in the same order.
  const presenterTitles = await titles(page);
  expect(presenterTitles.length).toBeGreaterThan(20);
  expect(await titles(audience)).toEqual(presenterTitles);

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('PageDown');
  await expect(page.locator('[data-counter]')).toHaveText(`第 4 / ${presenterTitles.length} 张`);
  await expect(visibleSlide(audience)).toHaveAttribute('data-slide', '3');
  await expect(visibleSlide(audience)).toHaveAttribute('data-title', presenterTitles[3]!);
  await page.keyboard.press('PageUp');
  await expect(visibleSlide(audience)).toHaveAttribute('data-slide', '2');
  // The presenter shows what comes next, and the section's trainer notes.
  await expect(page.locator('[data-next-title]')).toHaveText(presenterTitles[3]!);
  await expect(page.locator('[data-notes-view]')).toContainText(NOTE_TEXT);

  // B blanks the projector; the next key only brings the picture back, as in PowerPoint.
  await page.keyboard.press('b');
  await expect(audience.locator('[data-blank]')).toBeVisible();
  await expect(page.getByRole('button', { name: '黑屏 (B)' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(audience.locator('[data-blank]')).toBeHidden();
  await expect(visibleSlide(audience)).toHaveAttribute('data-slide', '2');
  await page.getByRole('button', { name: '下一张 →' }).click();
  await expect(visibleSlide(audience)).toHaveAttribute('data-slide', '3');
  await page.keyboard.press('End');
  await expect(visibleSlide(audience)).toHaveAttribute('data-slide', String(presenterTitles.length - 1));
  await page.keyboard.press('Home');
  await expect(visibleSlide(audience)).toHaveAttribute('data-slide', '0');

  // T starts the session clock; the projector shows it only when asked.
  await expect(audience.locator('[data-timer]')).toBeHidden();
  await page.keyboard.press('t');
  await expect(page.getByRole('button', { name: '暂停计时 (T)' })).toBeVisible();
  await page.getByLabel('在投影上显示计时').check();
  await expect(audience.locator('[data-timer]')).toBeVisible();
  await expect(audience.locator('[data-timer-text]')).toHaveText(/^00:0\d$/);

  // ? opens the shortcut list; Esc closes it.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '快捷键' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // An audience window opened again later catches up at once.
  await audience.reload();
  await expect(visibleSlide(audience)).toHaveAttribute('data-slide', '0');
  await page.keyboard.press('ArrowRight');
  await expect(visibleSlide(audience)).toHaveAttribute('data-slide', '1');

  // The presenter picks up where it stopped after a reload.
  await page.reload();
  await expect(page.locator('[data-counter]')).toHaveText(`第 2 / ${presenterTitles.length} 张`);
  await expect(page.locator('[data-status]')).toContainText('已从上次停下的第 2 张继续');
});

test('trainer notes never appear in the audience window, on any module', async ({ page, context, request }) => {
  await page.goto(`/trainer/present/${MODULE}/`);
  const audience = await openAudience(context, page);
  // Walk every slide: the DOM of the audience window never holds a note.
  const count = (await titles(page)).length;
  for (let i = 0; i < count; i++) {
    const html = await audience.content();
    expect(html).not.toContain(NOTE_TEXT);
    expect(html).not.toContain('data-trainer-note');
    expect(html).not.toContain('讲师备注');
    await page.keyboard.press('ArrowRight');
  }
  await expect(visibleSlide(audience)).toHaveAttribute('data-slide', String(count - 1));

  const modules = ['01-decision-chain', '02-key-person-channel', '03-account-contact', '04-earning-trust', '05-tender-preparation', '06-bidding', '07-challenges-and-complaints', '08-contract-signing', '09-project-delivery', '10-project-acceptance', '11-collection'];
  for (const slug of modules) {
    const presenterHtml = await (await request.get(`/trainer/present/${slug}/`)).text();
    const audienceHtml = await (await request.get(`/trainer/audience/${slug}/`)).text();
    const notes = [...presenterHtml.matchAll(/<aside[^>]*data-trainer-note[^>]*>([\s\S]*?)<\/aside>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/讲师备注（约 \d+ 分钟）|讲师备注/, '').trim().slice(0, 24));
    expect(notes.length, slug).toBeGreaterThan(0);
    for (const text of notes) expect(audienceHtml, `${slug}: ${text}`).not.toContain(text);
    expect(audienceHtml).not.toContain('data-trainer-note');
  }
});

test('a case countdown runs down to 时间到 on both screens; points are kept, projected as text and exported', async ({ page, context }) => {
  await context.clock.install({ time: new Date('2026-06-16T09:30:00+08:00') });
  await page.goto(`/trainer/case/${CASE}/`);
  const audience = await openAudience(context, page);
  await expect(page.locator('[data-countdown]')).toHaveText('30:00');

  // The reference answer is on the presenter only, behind a button.
  const answer = page.locator('#reference-answer');
  await expect(answer).toBeHidden();
  await page.getByRole('button', { name: '显示参考答案' }).click();
  await expect(answer).toContainText('实施条例第44条');
  expect(await audience.content()).not.toContain('实施条例第44条');

  // Shorten the discussion to 2 minutes, start it with T: the projector shows the countdown.
  await page.getByRole('button', { name: '−1 分钟' }).click();
  await page.getByLabel('时长（分钟）').fill('2');
  await expect(page.locator('[data-countdown]')).toHaveText('02:00');
  await blur(page);
  await page.keyboard.press('t');
  await expect(audience.locator('[data-timer]')).toBeVisible();
  await context.clock.fastForward('01:00');
  await expect(audience.locator('[data-timer-text]')).toHaveText(/^0[01]:\d\d$/);
  await expect(audience.locator('[data-timeup]')).toBeHidden();
  await context.clock.fastForward('01:05');
  await expect(page.locator('[data-countdown]')).toHaveText('00:00');
  await expect(page.locator('[data-countdown-state]')).toHaveText('时间到');
  await expect(page.getByRole('alert')).toContainText('时间到');
  await expect(audience.locator('[data-timeup]')).toBeVisible();
  await expect(audience.locator('[data-timeup]')).toHaveText('时间到');

  // Points typed by the trainer: kept per case, shown on the projector as text, never as HTML.
  await page.getByLabel('第一组的要点').fill('当场对唱标错误提出异议\n<b>不</b>给评标专家发微信');
  await page.getByRole('button', { name: '添加一组' }).click();
  await page.getByLabel('组名').nth(1).fill('第二组');
  await page.getByLabel('第二组的要点').fill('澄清以书面为准');
  await page.getByRole('button', { name: '各组要点' }).click();
  await blur(page);
  const projected = audience.locator('[data-points]');
  await expect(projected).toBeVisible();
  await expect(projected.locator('li li')).toHaveText(['当场对唱标错误提出异议', '<b>不</b>给评标专家发微信', '澄清以书面为准']);
  await expect(projected.locator('b')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(projected).toBeHidden();
  await expect(visibleSlide(audience)).toHaveAttribute('data-slide', '1');

  await page.reload();
  await expect(page.getByLabel('第二组的要点')).toHaveValue('澄清以书面为准');
  await expect(page.locator('[data-countdown-state]')).toHaveText('时间到');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Markdown' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^kam-case-c06-opening-day-2026-06-16-09-3\d\.md$/);
  const md = await readFile((await download.path())!, 'utf8');
  expect(md).toContain('# 案例研讨记录：某市水务集团管网改造工程：开标当天的四件事');
  expect(md).toContain('### 第一组\n\n- 当场对唱标错误提出异议\n- \\<b\\>不\\</b\\>给评标专家发微信');
  expect(md).toContain('### 第二组\n\n- 澄清以书面为准');
  expect(md).not.toContain('实施条例第44条');

  // The print view holds the same summary.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-summary')).toBeVisible();
  await expect(page.locator('.print-summary')).toContainText('澄清以书面为准');
  await expect(page.locator('.presenter__current')).toBeHidden();
});

/** Types the room's votes for the step on screen. */
async function vote(page: Page, counts: Record<string, number>) {
  for (const [choice, n] of Object.entries(counts)) {
    await page.locator(`.vote[data-choice="${choice}"] [data-vote-input]`).fill(String(n));
  }
}

test('a simulator played by the room’s votes reaches an ending, with its path and votes recorded', async ({ page, context }) => {
  await page.goto('/trainer/simulate/objection/');
  await expect(page.locator('.sim-class__scene')).toBeVisible();
  const audience = await openAudience(context, page);
  await expect(audience.locator('[data-audience-step="1"]')).toBeVisible();
  await expect(audience.locator('.aud-choice')).toHaveCount(await page.locator('.vote').count());

  // Step 1: a clear majority, entered while the projector shows the live count.
  await page.getByRole('button', { name: '开始 (T)' }).click();
  await expect(audience.locator('[data-timer]')).toBeVisible();
  await vote(page, { caseWorks: 14, caseGov: 6 });
  await expect(audience.locator('.aud-choice').first()).toContainText('14 票');
  await expect(page.locator('.decision')).toContainText('多数票');
  await page.getByRole('button', { name: '按多数票执行' }).click();
  await expect(audience.locator('[data-audience-step="2"]')).toBeVisible();
  await expect(page.locator('#class-step-heading')).toBeFocused();
  await expect(audience.locator('.sim-audience__last')).toContainText('20 票中 14 票');

  // Step 2: a tie — the trainer picks among the tied choices only.
  const ids = await page.locator('.vote').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.choice!));
  expect(ids).toContain('record');
  const other = ids.find((id) => id !== 'record')!;
  await vote(page, { record: 9, [other]: 9 });
  await expect(page.locator('.decision')).toContainText('平票');
  await expect(page.getByRole('button', { name: '按多数票执行' })).toHaveCount(0);
  await page.getByRole('button', { name: '由讲师在并列选项中选定' }).click();
  await expect(page.locator('[data-tie-choice]')).toHaveCount(2);
  await page.locator('[data-tie-choice="record"]').click();
  await expect(audience.locator('[data-audience-step="3"]')).toBeVisible();

  // A count that is not a number is refused.
  await page.locator('.vote [data-vote-input]').first().fill('abc');
  await expect(page.locator('.decision')).toContainText('有票数不是整数');
  await page.locator('.vote [data-vote-input]').first().fill('');

  // Step 3 by majority, step 4 picked directly after the discussion: the shortcut the law forbids.
  await vote(page, { scoreReview: 11 });
  await page.getByRole('button', { name: '按多数票执行' }).click();
  await expect(audience.locator('[data-audience-step="4"]')).toBeVisible();
  await page.locator('.vote[data-choice="contactExpert"]').getByRole('button', { name: '直接选定' }).click();

  const ending = page.locator('[data-sim-ending="compliance"]');
  await expect(ending).toBeVisible();
  await expect(ending.locator('.sim-debrief__article')).toContainText('招标投标法第44条');
  const path = ending.locator('[data-class-path] > li');
  await expect(path).toHaveCount(4);
  await expect(path.nth(0)).toContainText('20 票中 14 票');
  await expect(path.nth(1)).toContainText('平票后由讲师选定');
  await expect(path.nth(3)).toContainText('讲师按讨论直接选定');
  await expect(audience.locator('[data-audience-ending]')).toContainText('合规失败');
  await expect(audience.locator('.sim-audience__path li')).toHaveCount(4);

  // Kept in this browser: a reload shows the same ending and path.
  await page.reload();
  await expect(page.locator('[data-sim-ending="compliance"] [data-class-path] > li')).toHaveCount(4);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kam-classroom-sim:objection') ?? 'null'));
  expect(stored.path).toEqual(['caseWorks', 'record', 'scoreReview', 'contactExpert']);
  expect(stored.votes.map((v: { method: string }) => v.method)).toEqual(['majority', 'tie-break', 'majority', 'picked']);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出记录（Markdown）' }).click()]);
  const md = await readFile((await download.path())!, 'utf8');
  expect(md).toContain('- 结果：合规失败');
  expect(md).toContain('决定方式：平票，讲师在并列选项中选定');
  expect(md).toMatch(/\| 1\. 案例一：[^|]+\*\*（全班选择）\*\* \| 14 \|/);
});

test.describe('screenshots at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('presenter and audience views', async ({ page, context }) => {
    test.setTimeout(150_000);
    await context.clock.install({ time: new Date('2026-06-16T09:30:00+08:00') });
    const shot = (p: Page, name: string) => p.screenshot({ path: `tests/screenshots/classroom-${name}.png` });
    await page.goto(`/trainer/present/${MODULE}/`);
    const audience = await openAudience(context, page);
    await audience.setViewportSize({ width: 1920, height: 1080 });
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('t');
    await expect(visibleSlide(audience)).toHaveAttribute('data-slide', '2');
    await shot(page, 'module-presenter');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(visibleSlide(audience)).toHaveAttribute('data-slide', '8');
    await audience.waitForTimeout(6500); // the connection hint fades
    await shot(audience, 'module-audience');
    await audience.close();

    await page.goto(`/trainer/case/${CASE}/`);
    const caseAudience = await openAudience(context, page);
    await caseAudience.setViewportSize({ width: 1920, height: 1080 });
    await page.getByLabel('第一组的要点').fill('当场对唱标错误提出异议，核对开标记录后再签字\n拒绝乙公司的“合作”提议，回公司报告');
    await blur(page);
    await page.keyboard.press('t');
    await page.keyboard.press('ArrowRight');
    await expect(visibleSlide(caseAudience)).toHaveAttribute('data-slide', '1');
    await shot(page, 'case-presenter');
    await caseAudience.waitForTimeout(6500);
    await shot(caseAudience, 'case-audience');
    await context.clock.fastForward('31:00');
    await expect(caseAudience.locator('[data-timeup]')).toBeVisible();
    await shot(caseAudience, 'case-audience-timeup');
    await caseAudience.close();

    await page.goto('/trainer/simulate/objection/');
    const simAudience = await openAudience(context, page);
    await simAudience.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: '开始 (T)' }).click();
    await vote(page, { caseWorks: 12, caseGov: 8 });
    await page.getByRole('button', { name: '按多数票执行' }).click();
    await vote(page, { record: 9 });
    await expect(simAudience.locator('[data-audience-step="2"]')).toBeVisible();
    await shot(page, 'sim-presenter');
    await simAudience.waitForTimeout(6500);
    await shot(simAudience, 'sim-audience');
    for (let i = 0; i < 12 && (await page.locator('[data-sim-ending]').count()) === 0; i++) {
      await page.locator('.vote').first().getByRole('button', { name: '直接选定' }).click();
    }
    await expect(simAudience.locator('[data-audience-ending]')).toBeVisible();
    await shot(page, 'sim-ending-presenter');
    await shot(simAudience, 'sim-ending-audience');
  });

  test('the presenter fits a 1280×720 laptop screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/trainer/present/${MODULE}/`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const fits = await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1);
    expect(fits).toBe(true);
    await page.screenshot({ path: 'tests/screenshots/classroom-module-presenter-1280.png' });
  });
});
