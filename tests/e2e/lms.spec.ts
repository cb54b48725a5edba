// The LMS packages against real runtimes: each zip is unpacked into test-results and served file by file
// (an LMS serves files, not folders); a test page plays the LMS with scorm-again's Scorm12API/Scorm2004API
// in the parent window, and a tiny LRS on 127.0.0.1 receives the cmi5 statements.
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, posix } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { fullState } from '../unit/tracking/fullState';

test.describe.configure({ mode: 'serial' });

const ROOT = join(import.meta.dirname, '../..');
const KINDS = ['scorm12', 'scorm2004', 'cmi5'] as const;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.xml': 'application/xml' };
let work = '';
let site: Server;
let lrs: Server;
let base = '';
let lrsBase = '';
const zips: Record<string, Record<string, Uint8Array>> = {};

// ---------- the test LRS (cmi5) ----------
const LAUNCH = { actor: { objectType: 'Agent', name: '王磊', account: { homePage: 'https://lms.invalid', name: 'u-1001' } }, registration: '8c7f6d2e-1b3a-4c5d-9e8f-0a1b2c3d4e5f', activityId: 'https://lms.invalid/activities/kam-au-7' };
const SESSION_ID = 'e3a9c1d0-5f4b-4a2e-8d7c-6b5a4f3e2d1c';
const PUBLISHER_ID = 'https://course.invalid/kam/au/course';
const lrsState = { launchMode: 'Normal', statements: [] as Record<string, any>[], docs: new Map<string, string>(), tokensIssued: 0, unauthorized: 0 };

function lrsHandler(req: IncomingMessage, res: ServerResponse) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
  if (req.method === 'OPTIONS') return res.writeHead(204).end();
  const url = new URL(req.url ?? '/', lrsBase);
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const json = (status: number, data: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    if (url.pathname === '/fetch' && req.method === 'POST') {
      lrsState.tokensIssued++;
      return json(200, { 'auth-token': Buffer.from('au:secret').toString('base64') });
    }
    if (req.headers.authorization !== `Basic ${Buffer.from('au:secret').toString('base64')}` || req.headers['x-experience-api-version'] !== '1.0.3') {
      lrsState.unauthorized++;
      return json(401, { error: 'unauthorized' });
    }
    if (url.pathname === '/xapi/statements' && req.method === 'POST') {
      const list = JSON.parse(body);
      lrsState.statements.push(...(Array.isArray(list) ? list : [list]));
      return json(200, (Array.isArray(list) ? list : [list]).map((s: { id: string }) => s.id));
    }
    if (url.pathname === '/xapi/activities/state') {
      const stateId = url.searchParams.get('stateId')!;
      if (stateId === 'LMS.LaunchData') {
        return json(200, {
          contextTemplate: { contextActivities: { grouping: [{ id: PUBLISHER_ID, objectType: 'Activity' }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION_ID } },
          launchMode: lrsState.launchMode, moveOn: 'CompletedAndPassed', masteryScore: 0.8,
        });
      }
      const key = `${url.searchParams.get('registration')}|${stateId}`;
      if (req.method === 'PUT') { lrsState.docs.set(key, body); return res.writeHead(204).end(); }
      const doc = lrsState.docs.get(key);
      return doc ? res.writeHead(200, { 'content-type': 'application/json' }).end(doc) : json(404, {});
    }
    if (url.pathname === '/xapi/agents/profile') return json(404, {});
    return json(404, {});
  });
}

// ---------- the file server: packages, harness pages, scorm-again ----------
function siteHandler(req: IncomingMessage, res: ServerResponse) {
  const path = decodeURIComponent(new URL(req.url ?? '/', base).pathname);
  const routes: [string, string][] = [['/pkg/', work], ['/harness/', join(ROOT, 'tests/fixtures/lms')], ['/vendor/scorm-again/', join(ROOT, 'node_modules/scorm-again/dist')]];
  for (const [prefix, dir] of routes) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
      return res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
    }
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}

const listen = (s: Server) => new Promise<string>((r) => s.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)));

test.beforeAll(async ({}, info) => {
  test.setTimeout(180_000);
  work = join(ROOT, 'test-results', `lms-${info.workerIndex}`);
  rmSync(work, { recursive: true, force: true });
  // Package the build under test (npm test builds first); build only when there is none.
  const built = existsSync(join(ROOT, 'dist/index.html'));
  const r = spawnSync(process.execPath, ['scripts/package-lms.mjs', '--out', join(work, 'zips'), ...(built ? ['--skip-build'] : [])], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`packaging failed:\n${r.stdout}\n${r.stderr}`);
  for (const kind of KINDS) {
    zips[kind] = unzipSync(new Uint8Array(readFileSync(join(work, 'zips', `kam-${kind}.zip`))));
    for (const [name, data] of Object.entries(zips[kind]!)) {
      const target = join(work, kind, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
  }
  site = createServer(siteHandler);
  lrs = createServer(lrsHandler);
  base = await listen(site);
  lrsBase = await listen(lrs);
});

test.afterAll(async () => {
  await Promise.all([site, lrs].map((s) => new Promise((r) => (s ? s.close(r) : r(null)))));
});

// ---------- helpers ----------
const course = (page: Page): FrameLocator => page.frameLocator('#sco').frameLocator('#kam-course');

/** Uncaught errors in any frame, and console errors. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource.*40[14]/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

async function seed(page: Page, data: unknown) {
  await page.goto(`${base}/harness/harness.css`);
  await page.evaluate((d) => localStorage.setItem('kam-progress', JSON.stringify({ state: d, version: 1 })), data);
}

/** The whole course done: every module read, every quiz passed, the final exam at 96.7 %, every simulator won. */
const wholeCourse = () => fullState().state;

type Raw = { id: string; type: string; answer?: unknown; options?: { id: string }[]; items?: { id: string }[]; pairs?: { id: string; left: string; right: string }[] };
const byId = new Map(
  ['01-decision-chain', '02-key-person-channel'].flatMap((b) => (parse(readFileSync(join(ROOT, `quizzes/${b}.yaml`), 'utf8')) as { questions: Raw[] }).questions.map((q) => [q.id, q] as const)),
);

/** Gives the right answer to the question on screen and submits it. */
async function answerShown(c: FrameLocator) {
  const el = c.locator('section.quiz-q');
  const q = byId.get((await el.getAttribute('data-question-id'))!)!;
  if (q.type === 'single') await el.locator(`input[value="${q.answer}"]`).check();
  if (q.type === 'multiple') for (const id of q.answer as string[]) await el.locator(`input[value="${id}"]`).check();
  if (q.type === 'truefalse') await el.locator(`input[value="${String(q.answer)}"]`).check();
  if (q.type === 'matching') for (const p of q.pairs!) await el.getByLabel(p.left, { exact: true }).selectOption({ label: p.right });
  await el.getByRole('button', { name: '提交答案' }).click();
  if (q.type !== 'ordering') await expect(el.locator('.quiz-feedback__verdict')).toContainText('回答正确');
  else await expect(el.locator('.quiz-feedback')).toBeVisible();
}

/** Answers every question of the chapter-1 quiz in the course frame, rightly. */
async function passQuiz(c: FrameLocator) {
  await c.getByRole('button', { name: /开始答题|再试一次/ }).click();
  const total = Number((await c.locator('.quiz-status__pos').textContent())!.match(/\/ (\d+)/)![1]);
  for (let i = 0; i < total; i++) {
    await answerShown(c);
    await c.getByRole('button', { name: i < total - 1 ? '下一题' : '完成，查看结果' }).click();
  }
  await expect(c.locator('.quiz-result__status')).toHaveText('通过');
  return total;
}

async function readModule(c: FrameLocator, title: string) {
  await c.getByRole('link', { name: title }).first().click();
  await c.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await expect(c.locator('[data-read-status]')).toHaveText('本章已读完 ✓');
}

const lms = <T>(page: Page, fn: string) => page.evaluate((f) => new Function(`return (${f})(window.lms)`)(), fn) as Promise<T>;

// ---------- tests ----------
test('each zip has a correct manifest naming only files it holds, and every page link stays in the package', () => {
  for (const kind of KINDS) {
    const files = zips[kind]!;
    const text = (n: string) => new TextDecoder().decode(files[n]);
    if (kind === 'cmi5') {
      const xml = text('cmi5.xml');
      expect(xml).toContain('xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"');
      expect(xml).toMatch(/<au id="[^"]+" moveOn="CompletedAndPassed" masteryScore="0.8" launchMethod="AnyWindow">/);
      expect(files[/<url>([^<]+)<\/url>/.exec(xml)![1]!]).toBeDefined();
    } else {
      const xml = text('imsmanifest.xml');
      if (kind === 'scorm12') {
        expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
        expect(xml).toContain('<schemaversion>1.2</schemaversion>');
        expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
        expect(xml).toContain('adlcp:scormtype="sco"');
      } else {
        for (const ns of ['imscp_v1p1', 'adlcp_v1p3', 'adlseq_v1p3', 'imsss']) expect(xml).toContain(ns);
        expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
        expect(xml).toMatch(/<imsss:primaryObjective objectiveID="[^"]+" satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.8</);
        expect(xml).toContain('adlcp:scormType="sco"');
      }
      expect(xml.match(/<resource /g)).toHaveLength(1);
      const named = [...xml.matchAll(/ href="([^"]+)"/g)].map((m) => decodeURI(m[1]!));
      expect(named.length).toBeGreaterThan(50);
      for (const f of named) expect(files[f], `${kind}: manifest names ${f}`).toBeDefined();
      const inZip = Object.keys(files).filter((f) => f !== 'imsmanifest.xml');
      expect(new Set(named)).toEqual(new Set([...inZip, 'lms.html']));
    }
    // Every link, script, island and data path of every page resolves to a file of the zip.
    for (const name of Object.keys(files).filter((f) => f.endsWith('.html'))) {
      const html = text(name).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (s) => s.replace(/>[\s\S]*<\/script>$/, '></script>'));
      const refs = [...html.matchAll(/\s(?:href|src|component-url|renderer-url|data-path)="([^"]+)"/g), ...html.matchAll(/&quot;((?:\.\.?\/)[^&]*)&quot;/g)].map((m) => m[1]!);
      for (const ref of refs) {
        if (/^(#|https?:|mailto:|data:|about:)/.test(ref)) continue;
        expect(ref.startsWith('/'), `${kind}/${name}: root-absolute ${ref}`).toBe(false);
        const target = posix.normalize(posix.join(posix.dirname(name), ref.split(/[?#]/)[0]!));
        expect(files[target], `${kind}/${name} → ${ref}`).toBeDefined();
      }
    }
  }
});

for (const kind of ['scorm12', 'scorm2004'] as const) {
  const is12 = kind === 'scorm12';
  test(`${kind}: a learner reads chapter 1 and passes its quiz; the LMS records it; a relaunch elsewhere restores it`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}/harness/scorm.html?kind=${kind}`);
    const c = course(page);
    await readModule(c, '关键客户决策链');
    await c.locator('a[href$="quizzes/01-decision-chain/index.html"]').first().click();
    const answered = await passQuiz(c);

    // Debounced commits reach the LMS while the learner is still in the course.
    const cmi = () => lms<any>(page, '(l) => l.commits[l.commits.length - 1]');
    const interactionCount = (x: any) => Object.keys(x?.interactions ?? {}).filter((k) => /^\d+$/.test(k)).length;
    await expect.poll(async () => interactionCount(await cmi()), { timeout: 15_000 }).toBe(answered);
    const last = await cmi();
    const interactions = Object.values(last.interactions).filter((x: any) => x && x.id) as any[];
    expect(interactions.every((i) => i.result === 'correct')).toBe(true);
    for (const i of interactions) {
      const qid = /-a1-(q\d\d-\d\d)$/.exec(i.id)![1]!;
      expect(i.type).toBe({ single: 'choice', multiple: 'choice', truefalse: 'true-false', matching: 'matching' }[byId.get(qid)!.type]);
      expect(is12 ? i.student_response : i.learner_response).not.toBe('');
      if (!is12) expect(i.description.length).toBeGreaterThan(4);
    }
    if (is12) {
      expect(last.core.lesson_status).toBe('incomplete');
      expect(last.core.exit).toBe('suspend');
      expect(last.core.lesson_location).toBe('quizzes/01-decision-chain/index.html');
      expect(last.core.session_time).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
      expect(last.core.score.raw).toBe(''); // no final exam yet
    } else {
      expect(last.completion_status).toBe('incomplete');
      expect(last.success_status).toBe('unknown');
      expect(Number(last.progress_measure)).toBeCloseTo(1 / 17, 2);
      expect(last.exit).toBe('suspend');
      expect(last.location).toBe('quizzes/01-decision-chain/index.html');
      expect(last.session_time).toMatch(/^PT/);
    }
    expect(last.suspend_data).toMatch(/^K1[A-Za-z0-9+/=]+$/);

    await page.evaluate(() => (window as any).lms.close());
    await expect.poll(() => lms<boolean>(page, '(l) => l.finished')).toBe(true);
    const final = await lms<any>(page, '(l) => l.final');
    expect(errors).toEqual([]);
    await context.close();

    // Another computer: empty local storage, the LMS hands back its suspend data and bookmark.
    const other = await browser.newContext();
    const again = await other.newPage();
    const errors2 = watchErrors(again);
    const resume = is12
      ? { suspend: final.suspend_data, location: final.core.lesson_location, status: final.core.lesson_status }
      : { suspend: final.suspend_data, location: final.location, status: final.completion_status };
    await again.addInitScript((r) => sessionStorage.setItem('lms-resume', JSON.stringify(r)), resume);
    await again.goto(`${base}/harness/scorm.html?kind=${kind}`);
    const c2 = course(again);
    // Reopened at the bookmark, with the last result restored.
    await expect(c2.locator('.quiz-result__status')).toHaveText('通过');
    await c2.getByRole('link', { name: '课程首页' }).first().click();
    await expect(c2.locator('[data-module-status="01-decision-chain"]')).toHaveText('已完成');
    expect(errors2).toEqual([]);
    await other.close();
  });
}

test('scorm2004 and scorm12: the whole course (seeded store) is reported completed and passed with the exam score', async ({ browser }) => {
  for (const kind of ['scorm2004', 'scorm12'] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await seed(page, wholeCourse());
    await page.goto(`${base}/harness/scorm.html?kind=${kind}`);
    await expect(course(page).locator('h1').first()).toBeVisible();
    const cmi = () => lms<any>(page, '(l) => l.commits[l.commits.length - 1] ?? null');
    if (kind === 'scorm2004') {
      await expect.poll(async () => (await cmi())?.completion_status, { timeout: 15_000 }).toBe('completed');
      const v = await cmi();
      expect([v.success_status, v.score.scaled, v.score.raw, v.score.min, v.score.max, v.progress_measure]).toEqual(['passed', '0.967', '96.7', '0', '100', '1']);
    } else {
      await expect.poll(async () => (await cmi())?.core.lesson_status, { timeout: 15_000 }).toBe('passed');
      const v = await cmi();
      expect([v.core.score.raw, v.core.score.min, v.core.score.max]).toEqual(['96.7', '0', '100']);
      const { state } = fullState();
      expect(v.suspend_data.length).toBeLessThanOrEqual(4096);
      // The LMS now holds the whole course: it restores into an empty browser.
      const other = await browser.newContext();
      const again = await other.newPage();
      await again.addInitScript((r) => sessionStorage.setItem('lms-resume', JSON.stringify(r)), { suspend: v.suspend_data, location: '', status: 'passed' });
      await again.goto(`${base}/harness/scorm.html?kind=scorm12`);
      await expect(course(again).locator('[data-course-summary-text]')).toHaveText('恭喜，全部课程要求已完成。');
      const stored = JSON.parse((await again.evaluate(() => (document.getElementById('sco') as HTMLIFrameElement).contentWindow!.localStorage.getItem('kam-progress')))!);
      expect(Object.keys(stored.state.modules).sort()).toEqual(Object.keys(state.modules).sort());
      expect(stored.state.quizzes['final-exam'].bestPercent).toBe(96.7);
      await other.close();
    }
    await context.close();
  }
});

for (const fault of ['commit-false', 'throws', 'none'] as const) {
  test(`an LMS that ${fault === 'none' ? 'is missing' : fault === 'throws' ? 'throws' : 'refuses every commit'} never stops the learner`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${base}/harness/scorm.html?kind=scorm12&fault=${fault}`);
    const c = course(page);
    await readModule(c, '决策关键人的频道');
    await c.locator('a[href$="quizzes/02-key-person-channel/index.html"]').first().click();
    await c.getByRole('button', { name: '开始答题' }).click();
    await answerShown(c);
    // Kept locally whatever the LMS does.
    const stored = await page.evaluate(() => (document.getElementById('sco') as HTMLIFrameElement).contentWindow!.localStorage.getItem('kam-progress'));
    expect(JSON.parse(stored!).state.modules['02-key-person-channel'].readAt).toBeTruthy();
    if (fault === 'commit-false') {
      // Refused commits are retried with backoff (1.5 s debounce, then 1 s, 2 s…), not given up on.
      await expect.poll(() => lms<number>(page, '(l) => l.calls.commit'), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    }
    if (fault === 'throws') {
      await expect.poll(() => lms<number>(page, '(l) => l.calls.set'), { timeout: 10_000 }).toBeGreaterThan(0);
      // Then the API vanishes altogether: still nothing breaks.
      await page.evaluate(() => { delete (window as any).API; });
    }
    if (fault === 'none') {
      // Links the course builds at run time from its base "/" still stay inside the package (lms-links.js).
      const frame = page.frames().find((f) => f.url().includes('/quizzes/02-key-person-channel/'))!;
      await frame.evaluate(() => {
        const a = document.createElement('a');
        a.href = '/modules/03-account-contact/#s-3-1';
        a.textContent = 'runtime link';
        document.querySelector('main')!.append(a);
      });
      await c.getByRole('link', { name: 'runtime link' }).click();
      await expect(c.locator('h1')).toHaveText('关键客户接触');
      expect(page.frames().some((f) => f.url().endsWith('/pkg/scorm12/modules/03-account-contact/index.html#s-3-1'))).toBe(true);
    }
    await page.evaluate(() => (window as any).lms.close());
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
  });
}

test.describe('cmi5', () => {
  const launchUrl = () => {
    const q = new URLSearchParams({ endpoint: `${lrsBase}/xapi/`, fetch: `${lrsBase}/fetch?k=abc`, actor: JSON.stringify(LAUNCH.actor), registration: LAUNCH.registration, activityId: LAUNCH.activityId });
    return `${base}/pkg/cmi5/lms.html?${q}`;
  };
  const verbs = () => lrsState.statements.map((s) => s.verb.id.split('/').pop());

  test('the whole course sends initialized, passed, completed, terminated in order, each as cmi5 requires; a relaunch restores', async ({ browser }) => {
    lrsState.statements = [];
    lrsState.launchMode = 'Normal';
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await seed(page, wholeCourse());
    await page.goto(`${base}/harness/cmi5.html?launch=${encodeURIComponent(launchUrl())}`);
    await expect(course(page).locator('h1').first()).toBeVisible();
    await expect.poll(verbs, { timeout: 15_000 }).toEqual(['initialized', 'passed', 'completed']);
    await page.evaluate(() => (window as any).lms.close());
    await expect.poll(verbs, { timeout: 10_000 }).toEqual(['initialized', 'passed', 'completed', 'terminated']);
    expect(lrsState.tokensIssued).toBe(1);
    expect(lrsState.unauthorized).toBe(0);

    const times = lrsState.statements.map((s) => Date.parse(s.timestamp));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    for (const s of lrsState.statements) {
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(s.actor).toEqual(LAUNCH.actor);
      expect(s.object.id).toBe(LAUNCH.activityId);
      expect(s.context.registration).toBe(LAUNCH.registration);
      expect(s.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(SESSION_ID);
      expect(s.context.contextActivities.grouping).toEqual([{ id: PUBLISHER_ID, objectType: 'Activity' }]);
      const categories = s.context.contextActivities.category.map((x: { id: string }) => x.id);
      expect(categories).toContain('https://w3id.org/xapi/cmi5/context/categories/cmi5');
      const judged = ['passed', 'completed'].includes(s.verb.id.split('/').pop());
      expect(categories.includes('https://w3id.org/xapi/cmi5/context/categories/moveon')).toBe(judged);
    }
    const [, passed, completed, terminated] = lrsState.statements;
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 0.967, raw: 97, min: 0, max: 100 } });
    expect(passed.result.duration).toMatch(/^PT/);
    expect(passed.result.score.scaled).toBeGreaterThanOrEqual(0.8);
    expect(completed.result).toMatchObject({ completion: true });
    expect(completed.result.score).toBeUndefined();
    expect(terminated.result.duration).toMatch(/^PT/);
    expect(errors).toEqual([]);
    await context.close();

    // Relaunch on a fresh browser in the same registration: progress comes back from the LRS, and
    // Passed/Completed are not sent twice.
    lrsState.statements = [];
    const other = await browser.newContext();
    const again = await other.newPage();
    await again.goto(`${base}/harness/cmi5.html?launch=${encodeURIComponent(launchUrl())}`);
    await expect(course(again).locator('[data-course-summary-text]')).toHaveText('恭喜，全部课程要求已完成。');
    await again.evaluate(() => (window as any).lms.close());
    await expect.poll(verbs, { timeout: 10_000 }).toEqual(['initialized', 'terminated']);
    await other.close();
  });

  test('Browse mode records no completion or success', async ({ browser }) => {
    lrsState.statements = [];
    lrsState.launchMode = 'Browse';
    lrsState.docs.clear();
    const context = await browser.newContext();
    const page = await context.newPage();
    await seed(page, wholeCourse());
    await page.goto(`${base}/harness/cmi5.html?launch=${encodeURIComponent(launchUrl())}`);
    await expect(course(page).locator('h1').first()).toBeVisible();
    await expect.poll(verbs, { timeout: 10_000 }).toEqual(['initialized']);
    await page.waitForTimeout(2500); // past the commit debounce: still nothing judged
    await page.evaluate(() => (window as any).lms.close());
    await expect.poll(verbs, { timeout: 10_000 }).toEqual(['initialized', 'terminated']);
    lrsState.launchMode = 'Normal';
    await context.close();
  });
});
