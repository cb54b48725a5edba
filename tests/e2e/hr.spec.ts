import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, mkdirSync } from 'node:fs';
import { syllabus } from '../../src/course/syllabus';
import { encodeRecord } from '../../src/hr/record';
import { emptyProgress } from '../../src/progress/types';

const SHOTS = 'tests/screenshots';
const AT = '2026-11-20T02:00:00.000Z';
const SIMS = ['contact', 'trust', 'bidding', 'objection', 'signing'];
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
const quiz = (percent: number) => ({ attempts: 1, bestPercent: percent, lastPercent: percent, passed: percent >= 80, lastQuestionIds: [], lastAnswers: {}, lastAt: AT });

/** Writes results straight into the learner's stored progress (the long part of learning), keeping what is there. */
async function seedProgress(page: Page, patch: { modules?: string[]; sims?: string[]; exam?: number; name?: string }) {
  await page.evaluate(
    ({ patch, AT, q90, qExam }) => {
      const stored = JSON.parse(localStorage.getItem('kam-progress') ?? '{"state":{},"version":2}');
      const s = stored.state;
      s.modules ??= {};
      s.quizzes ??= {};
      s.simulators ??= {};
      for (const slug of patch.modules ?? []) {
        s.modules[slug] = { readAt: AT, lastSeenAt: AT, furthest: 1 };
        s.quizzes[slug] = q90;
      }
      for (const id of patch.sims ?? []) s.simulators[id] = { plays: 1, bestScore: 82, bestOutcome: 'win', lastOutcome: 'win', completedAt: AT };
      if (qExam) s.quizzes['final-exam'] = qExam;
      if (patch.name) s.learner = { name: patch.name, employeeId: '' };
      localStorage.setItem('kam-progress', JSON.stringify(stored));
    },
    { patch, AT, q90: quiz(90), qExam: patch.exam === undefined ? null : quiz(patch.exam) },
  );
}

test('HR assigns chosen items, learners report back, HR sees the roster and exports CSV', async ({ page, browser }) => {
  // HR makes the link.
  await page.goto('/hr/');
  await expect(page.getByText('不防篡改')).toBeVisible();
  await expect(page.getByText('SCORM 1.2、SCORM 2004 第 4 版或 cmi5')).toBeVisible();
  await page.getByRole('button', { name: '生成学习任务链接' }).click();
  await expect(page.locator('#assign-error')).toHaveText('请填写班级或批次名称。');
  await page.getByLabel('班级 / 批次名称').fill('2026年华东区大客户部第一期');
  await page.getByLabel('指定内容').check();
  await page.getByLabel('第一章 关键客户决策链').check();
  await page.getByLabel('第六章 投标').check();
  await page.getByRole('checkbox', { name: '投标', exact: true }).check();
  await page.getByLabel('结业考试（80 分及格）').check();
  await page.getByRole('button', { name: '生成学习任务链接' }).click();
  const link = await page.getByLabel('把这个链接发给学员').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/assignment\/#A1\.[\w-]+\.[0-9a-f]{8}$/);
  await expect(page.locator('#assign-qr')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(page.locator('#assign-summary')).toContainText('第1章、第6章、投标、结业考试');
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.locator('#assign-copy-status')).not.toBeEmpty();

  // Learner 1 opens the link in a fresh browser; the home page shows the assignment.
  const wang = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await wang.goto(link);
  await expect(wang.getByText('学习任务已保存。')).toBeVisible();
  await wang.goto('/');
  const panel = wang.locator('#assignment-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('2026年华东区大客户部第一期');
  await expect(panel).toContainText('还有 14 天');
  await expect(panel).toContainText('已完成 0/4 项，还差 4 项。');
  await expect(panel.getByRole('link', { name: '第1章 关键客户决策链' })).toHaveAttribute('href', '/modules/01-decision-chain/');
  await panel.screenshot({ path: `${SHOTS}/assignment-panel.png` });
  expect(await axe(wang)).toEqual([]);

  await seedProgress(wang, { modules: ['01-decision-chain', '06-bidding'], sims: ['bidding'], exam: 88 });
  await wang.reload();
  await expect(panel).toContainText('任务要求已全部完成');
  await wang.goto('/me/');
  await wang.getByLabel('姓名').fill('王磊');
  await wang.getByLabel('工号（可选）').fill('E-1024');
  await expect(wang.locator('#record-task')).toContainText('已完成 4/4 项');
  const download = wang.waitForEvent('download');
  await wang.getByRole('button', { name: '下载完成记录文件' }).click();
  const recordFile = readFileSync(await (await download).path(), 'utf8');
  expect(JSON.parse(recordFile)).toMatchObject({ format: 'kam-completion-record', learner: '王磊', code: expect.stringMatching(/^KR1\./) });

  // Learner 2 has only read chapter 1 and sends a code; their name needs CSV quoting.
  const li = await (await browser.newContext()).newPage();
  await li.goto(link);
  await expect(li.getByText('学习任务已保存。')).toBeVisible();
  await seedProgress(li, { modules: ['01-decision-chain'], name: '李娜,"小李"' });
  await li.goto('/me/');
  await li.getByRole('button', { name: '复制记录代码' }).click();
  const liCode = await li.getByLabel('记录代码').inputValue();
  expect(liCode).toMatch(/^KR1\./);

  // HR imports the file, a broken copy of it and the pasted code.
  const code = JSON.parse(recordFile).code as string;
  const broken = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
  await page.locator('#roster-files').setInputFiles([
    { name: 'wang.json', mimeType: 'application/json', buffer: Buffer.from(recordFile) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(recordFile.replace(code, broken)) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('会议纪要') },
  ]);
  const reportBox = page.locator('#roster-report');
  await expect(reportBox).toContainText('✓ 王磊（wang.json）：已加入名单');
  await expect(reportBox).toContainText('✗ broken.json：未导入。记录已损坏（校验不通过）');
  await expect(reportBox).toContainText('✗ notes.txt：未导入。没有找到完成记录代码');
  await page.getByLabel('或粘贴记录代码').fill(`李娜：${liCode}`);
  await page.getByRole('button', { name: '导入粘贴的代码' }).click();
  await expect(reportBox).toContainText('已加入名单');

  const rows = page.locator('#roster-table tbody tr');
  await expect(rows).toHaveCount(2);
  const wangRow = page.locator('tr[data-learner="王磊"]');
  await expect(wangRow).toHaveAttribute('data-state', 'complete');
  await expect(wangRow).toContainText('已完成');
  await expect(wangRow).toContainText('4/4');
  await expect(wangRow.locator('td.cell--done')).toHaveCount(4);
  const liRow = page.locator('tr[data-state="in-progress"]');
  await expect(liRow.locator('th')).toHaveText('李娜,"小李"');
  await expect(liRow).toContainText('进行中（还有 14 天）');
  await expect(liRow).toContainText('1/4');
  await page.getByRole('button', { name: /^已完成/ }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: /^全部/ }).click();
  await expect(rows).toHaveCount(2);

  // Re-importing the same record changes nothing.
  await page.locator('#roster-files').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(recordFile) });
  await expect(reportBox).toContainText('名单中已有同一份记录');
  await expect(rows).toHaveCount(2);

  // The CSV: BOM, CRLF, a header and one row per learner, quoting intact.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV（Excel）' }).click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(/^学员名单-.*\.csv$/);
  const bytes = readFileSync(await csvFile.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('姓名,工号,班级/批次,截止日期,状态,完成项,第1章 关键客户决策链,第6章 投标,模拟演练：投标,结业考试,完成时间,记录导出时间,记录编号');
  expect(lines).toHaveLength(4);
  expect(lines[3]).toBe('');
  const wangLine = lines.find((l) => l.startsWith('王磊,'))!;
  expect(wangLine).toContain(',E-1024,2026年华东区大客户部第一期,');
  expect(wangLine).toContain(',已完成,4/4,已完成，90 分,已完成，90 分,已完成，82 分,已完成，88 分,2026-11-20 10:00,');
  expect(lines.find((l) => l.startsWith('"李娜,""小李""",'))).toContain(',进行中（还有 14 天）,1/4,已完成，90 分,未开始,未开始,未开始,');

  // The roster survives a reload; twenty days later the unfinished learner is overdue.
  await page.clock.install({ time: Date.now() + 20 * 86_400_000 });
  await page.reload();
  await expect(rows).toHaveCount(2);
  await expect(page.locator('[data-count="overdue"]')).toHaveText('1');
  await page.getByRole('button', { name: /^已逾期/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('已逾期 6 天');
});

test('a damaged assignment link stores nothing and says why', async ({ page }) => {
  await page.goto('/assignment/#A1.eyJpIjoiYWJjZGVmZ2gifQ.00000000');
  await expect(page.getByRole('alert')).toContainText('学习任务链接已损坏（校验不通过）');
  await page.goto('/');
  await expect(page.locator('#assignment-panel')).toBeHidden();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('kam-progress') ?? '{"state":{}}').state.assignment)).toBeUndefined();
});

test('the certificate lists what is missing, then prints on one A4 landscape page with the name as text', async ({ page }) => {
  await page.goto('/certificate/');
  await expect(page.getByText('完成全部课程要求后，这里会生成你的结业证书')).toBeVisible();
  await expect(page.locator('.certificate-missing li')).toHaveCount(17);
  await expect(page.getByRole('button', { name: '打印 / 存为 PDF' })).toBeHidden();

  await seedProgress(page, { modules: syllabus.map((c) => c.slug), sims: SIMS, exam: 92, name: '王<b>磊</b>' });
  await page.reload();
  const sheet = page.locator('[data-certificate]');
  await expect(sheet).toBeVisible();
  await expect(page.getByRole('button', { name: '打印 / 存为 PDF' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await expect(page.locator('[data-cert-name]')).toHaveText('王<b>磊</b>');
  await expect(sheet.locator('b')).toHaveCount(0);
  await expect(sheet).toContainText('18 学时（三天版课程安排）');
  await expect(sheet).toContainText('92 分');
  await expect(sheet).toContainText('2026年11月20日');
  await expect(page.locator('[data-cert-id]')).toHaveText(/^[0-9A-F]{4}-[0-9A-F]{4}$/);

  mkdirSync(SHOTS, { recursive: true });
  const pdf = await page.pdf({ path: `${SHOTS}/certificate.pdf`, format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
  await sheet.screenshot({ path: `${SHOTS}/certificate-screen.png` });
});

test('the HR page reads a stored roster, survives a corrupted entry, and looks right on desktop and phone', async ({ page }) => {
  const modules = syllabus.map((c) => ({ slug: c.slug, quiz: c.slug, chapter: c.chapter, title: c.title }));
  const assignment = { id: 'demo2026', cohort: '2026年华东区大客户部第一期', due: '2026-12-31', createdOn: '2026-11-01', required: { whole: true, modules: [], simulators: [], exam: false }, receivedAt: AT };
  const learners: [string, string, number][] = [['王磊', 'E-1024', 11], ['李娜', 'E-1025', 6], ['赵敏', '', 2], ['陈晓东', 'E-1031', 11]];
  const entries = learners.map(([name, employeeId, chapters], i) => {
    const p = emptyProgress();
    p.learner = { name, employeeId };
    p.assignment = assignment;
    for (const c of syllabus.slice(0, chapters)) {
      p.modules[c.slug] = { readAt: AT };
      p.quizzes[c.slug] = quiz(85 + i);
    }
    if (chapters === 11) {
      for (const id of SIMS) p.simulators[id] = { plays: 1, bestScore: 80, bestOutcome: 'win', completedAt: AT };
      p.quizzes['final-exam'] = quiz(90);
    } else p.simulators.contact = { plays: 1, bestScore: 20, bestOutcome: 'compliance', completedAt: AT };
    return { code: encodeRecord(p, modules, new Date(AT)), importedAt: AT };
  });
  entries.push({ code: 'KR1.garbage.00000000', importedAt: AT });
  await page.goto('/hr/');
  await page.evaluate((stored) => localStorage.setItem('kam-hr-roster', stored), JSON.stringify({ v: 1, entries, assignments: [] }));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.install({ time: new Date('2026-12-20T10:00:00+08:00') });
  await page.reload();
  await expect(page.locator('#roster-storage-note')).toContainText('1 项无法读取');
  await expect(page.locator('#roster-table tbody tr')).toHaveCount(4);
  await expect(page.locator('tr[data-learner="赵敏"]')).toContainText('进行中（还有 11 天）');
  await expect(page.locator('tr[data-learner="赵敏"]')).toContainText('合规失败');
  await page.getByLabel('班级 / 批次名称').fill('2026年华东区大客户部第二期');
  await page.getByRole('button', { name: '生成学习任务链接' }).click();
  await expect(page.locator('#assign-qr')).toHaveAttribute('src', /^data:image\/png/);
  expect(await axe(page)).toEqual([]);
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  await page.screenshot({ path: `${SHOTS}/hr-1280.png`, fullPage: true });
  expect(await pageWidth()).toBeLessThanOrEqual(1280);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/hr-390.png`, fullPage: true });
  // The wide table scrolls inside its box; the page itself never scrolls sideways.
  expect(await pageWidth()).toBeLessThanOrEqual(390);
  expect(errors).toEqual([]);

  // Clearing empties the roster and the notice goes with it.
  await page.getByText('清空名单', { exact: true }).click();
  await page.getByRole('button', { name: '确认清空名单' }).click();
  await expect(page.locator('#roster-table')).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('名单为空')).toBeVisible();
  await expect(page.locator('#roster-storage-note')).toBeHidden();
});
