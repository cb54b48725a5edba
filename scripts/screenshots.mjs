// Takes screenshots of the built site's page types at desktop and phone width, for a human to look at.
// Usage: node scripts/screenshots.mjs [baseURL] [outDir] [path …]
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:4322', out = 'tests/screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/modules/06-bidding/', '/agenda/', '/cases/', '/search/?q=投标保证金', '/me/', '/404-not-here/'];
const executablePath = ['/usr/bin/chromium'].find((p) => existsSync(p));
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const [label, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  for (const p of pages) {
    await page.goto(base + p, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const name = p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
    await page.screenshot({ path: `${out}/${name}-${label}.png`, fullPage: false });
  }
  await page.close();
}
await browser.close();
console.log('screenshots in', out);
