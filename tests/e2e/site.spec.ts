import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './helpers';

const paths = sitemapPaths();

test.describe('every page', () => {
  for (const path of paths) {
    test(`${path} passes axe (WCAG 2.2 AA) and requests nothing outside the site`, async ({ page, baseURL }) => {
      const foreign: string[] = [];
      const cspViolations: string[] = [];
      page.on('request', (r) => {
        const u = new URL(r.url());
        if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== new URL(baseURL!).origin) foreign.push(r.url());
      });
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('console', (m) => {
        // CSP refusals and React hydration mismatches both surface as console errors.
        if (m.type() === 'error' && /Content Security Policy|hydrat|did not match/i.test(m.text())) cspViolations.push(m.text());
      });
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('h1')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      expect(foreign).toEqual([]);
      expect(cspViolations).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }
});

test('the projector and dark themes pass axe on a lesson', async ({ page }) => {
  for (const theme of ['dark', 'projector']) {
    await page.goto('/modules/06-bidding/');
    await page.getByLabel('显示主题').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
    expect(results.violations.map((v) => v.id), theme).toEqual([]);
  }
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await page.getByRole('link', { name: '回到课程首页' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关键客户管理');
});

test('on a 375 px phone every link of the main navigation is on screen, none cut off', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/');
  const links = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
  expect(await links.count()).toBe(6);
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!;
    expect(box.x, await link.innerText()).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, await link.innerText()).toBeLessThanOrEqual(375);
  }
});
