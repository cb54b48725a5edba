import { expect, test } from '@playwright/test';

test('a learner reads a chapter to the end, sees it on the home page and resumes there', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-module-status="02-key-person-channel"]')).toHaveText('未开始');
  await page.getByRole('link', { name: '决策关键人的频道' }).click();
  await expect(page.locator('[data-read-status]')).not.toHaveText('本章已读完 ✓');
  await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-read-status]')).toHaveText('本章已读完 ✓');
  await expect(page.locator('#reading-progress')).not.toHaveAttribute('value', '0');

  await page.goto('/');
  // Read but quiz not passed yet: in progress, and the resume button points at the chapter.
  await expect(page.locator('[data-module-status="02-key-person-channel"]')).toHaveText('学习中');
  await expect(page.locator('[data-resume]')).toHaveAttribute('href', '/modules/02-key-person-channel/');
  await expect(page.locator('[data-resume]')).toContainText('继续学习：第二章');
});

test('ticks in a lesson check list are kept across reloads', async ({ page }) => {
  await page.goto('/modules/06-bidding/');
  const boxes = page.locator('[data-check-id]');
  test.skip((await boxes.count()) === 0, 'chapter 6 has no check list yet');
  await boxes.first().check();
  await page.reload();
  await expect(page.locator('[data-check-id]').first()).toBeChecked();
});

test('garbage in stored progress never breaks a page: valid parts kept, a notice shown', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem(
      'kam-progress',
      JSON.stringify({
        version: 1,
        state: { modules: { '01-decision-chain': { readAt: '2026-11-01T00:00:00.000Z' }, '02-key-person-channel': 'broken' }, quizzes: 12 },
      }),
    );
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '已重置' })).toContainText('章节「02-key-person-channel」');
  await expect(page.locator('[data-module-status="01-decision-chain"]')).toHaveText('学习中');
  await page.getByRole('button', { name: '知道了' }).click();
  await expect(page.getByText('已重置')).toBeHidden();

  await page.evaluate(() => localStorage.setItem('kam-progress', '}}} not json'));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '已重置' })).toContainText('全部学习记录');
  await page.goto('/modules/01-decision-chain/');
  await expect(page.locator('h1')).toHaveText('关键客户决策链');
  expect(errors).toEqual([]);
});

test('progress exports to a file and imports in a fresh browser; a bad file is refused', async ({ page, browser }) => {
  await page.goto('/modules/01-decision-chain/');
  await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-read-status]')).toHaveText('本章已读完 ✓');
  await page.goto('/me/');
  await page.getByLabel('姓名').fill('王<b>磊</b>');
  await page.getByRole('button', { name: '保存' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出进度文件' }).click();
  const file = await (await download).path();

  const fresh = await browser.newPage();
  await fresh.goto('/me/');
  await fresh.locator('#import-progress').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"x"}') });
  await expect(fresh.locator('#import-status')).toContainText('未导入');
  await fresh.locator('#import-progress').setInputFiles(file);
  await expect(fresh.locator('#import-status')).toContainText('已导入');
  await fresh.waitForLoadState('load');
  await expect(fresh.locator('[data-module-status="01-decision-chain"]')).toHaveText('学习中');
  await expect(fresh.getByLabel('姓名')).toHaveValue('王<b>磊</b>');
  await fresh.close();
});

test('two tabs stay in sync without a reload', async ({ page, context }) => {
  await page.goto('/me/');
  await expect(page.locator('[data-module-status="03-account-contact"]')).toHaveText('未开始');
  const other = await context.newPage();
  await other.goto('/modules/03-account-contact/');
  await other.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await expect(other.locator('[data-read-status]')).toHaveText('本章已读完 ✓');
  // The first tab was not reloaded: the storage event brought the change over.
  await expect(page.locator('[data-module-status="03-account-contact"]')).toHaveText('学习中');
});

test('the site is usable by keyboard: skip link, navigation and theme', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await page.goto('/');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '课程安排' }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/agenda\/$/);
  await expect(page.getByRole('heading', { name: '两天版（12 学时）' })).toBeVisible();
  await expect(page.getByText('合计 12 学时')).toBeVisible();
  await expect(page.getByText('合计 18 学时')).toBeVisible();
});

test('search finds Chinese terms across the course', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('搜索关键词').fill('决策链');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  // The chapter that teaches the decision chain is among the results, and a result opens it.
  const lesson = page.locator('#search-results li a[href*="/modules/01-decision-chain/"]');
  await expect(lesson.first()).toBeVisible();
  await page.getByLabel('搜索关键词').fill('投标保证金');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results li a[href*="/modules/"]').first()).toBeVisible();
  await page.locator('#search-results li a[href*="/modules/"]').first().click();
  await expect(page.locator('article[data-lesson]')).toContainText('投标保证金');
});
