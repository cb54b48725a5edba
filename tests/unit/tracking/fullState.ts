/**
 * The largest progress a learner can build from the real course content: every module read with every
 * check-list item ticked, every quiz taken many times with its biggest questions answered, the final
 * exam, every simulator finished, a long last location and an assignment (the store's coming v2 field).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, readModules } from '../helpers/content';
import type { SuspendState } from '../../../src/tracking/suspendCodec';

interface RawQuestion {
  id: string;
  type: 'single' | 'multiple' | 'truefalse' | 'ordering' | 'matching';
  answer?: unknown;
  items?: { id: string }[];
  pairs?: { id: string; right: string }[];
}
interface RawBank { id: string; draw: number; questions: RawQuestion[] }

export function readBanks(): RawBank[] {
  const dir = join(ROOT, 'quizzes');
  return readdirSync(dir)
    .filter((f) => /^\d\d-.*\.yaml$/.test(f))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as RawBank);
}

/** Check-list item ids a module renders (Checklist.astro numbers items "<id>-1", "<id>-2", …). */
export function checkIds(body: string): string[] {
  const ids: string[] = [];
  for (const m of body.matchAll(/<Checklist\s+id="([^"]+)"[\s\S]*?items=\{(\[[\s\S]*?\])\}\s*\/>/g)) {
    const items = JSON.parse(m[2]!) as string[];
    items.forEach((_, i) => ids.push(`${m[1]}-${i + 1}`));
  }
  return ids;
}

export function rightAnswer(q: RawQuestion): unknown {
  switch (q.type) {
    case 'ordering': return q.items!.map((i) => i.id);
    case 'matching': return Object.fromEntries(q.pairs!.map((p) => [p.id, q.pairs!.find((x) => x.right === p.right)!.id]));
    default: return q.answer;
  }
}

const size = (q: RawQuestion) => JSON.stringify(rightAnswer(q)).length + q.id.length;
const iso = (day: number, h = 9) => new Date(Date.UTC(2026, 2, 1 + day, h, 17, 43, 512)).toISOString();

export function fullState(): { state: SuspendState & Record<string, unknown>; checkCount: number; answerCount: number } {
  const modules = readModules();
  const banks = readBanks();
  let checkCount = 0;
  let answerCount = 0;
  const state: SuspendState & Record<string, unknown> = {
    learner: { name: '欧阳晓梅（华东区大客户部）', employeeId: 'HD-KAM-2026-000917' },
    modules: {},
    quizzes: {},
    simulators: {},
    lastLocation: { href: '/lms/content/courses/kam-2026/scorm/modules/08-contract-signing/index.html#s-8-2b', title: '第八章 签约：合同条款逐条核对与 30 日内签订', at: iso(40) },
    // The store's v2 field, at its largest: every item listed, the longest cohort name allowed (60).
    assignment: {
      id: 'k7x2m9q4ab3c5d6e', cohort: '2026 年华东区关键客户管理训练营（政府、事业单位与国有企业大客户方向）第三期学员'.slice(0, 60), due: '2026-06-30', createdOn: '2026-03-01',
      required: { whole: false, modules: modules.map((m) => m.id), simulators: ['contact', 'trust', 'bidding', 'objection', 'signing'], exam: true },
      receivedAt: iso(0, 8),
    },
  };
  modules.forEach((m, i) => {
    const ids = checkIds(m.body);
    checkCount += ids.length;
    state.modules[m.id] = { readAt: iso(i), lastSeenAt: iso(i + 30, 21), furthest: 1 };
    if (ids.length) state.modules[m.id]!.checks = Object.fromEntries(ids.map((id) => [id, true]));
  });
  const take = (pool: RawQuestion[], n: number) => [...pool].sort((a, b) => size(b) - size(a)).slice(0, n);
  const quiz = (id: string, picked: RawQuestion[], day: number) => {
    answerCount += picked.length;
    state.quizzes[id] = {
      attempts: 97, bestPercent: 96.7, lastPercent: 88.3, passed: true,
      lastQuestionIds: picked.map((q) => q.id),
      lastAnswers: Object.fromEntries(picked.map((q) => [q.id, rightAnswer(q)])),
      lastAt: iso(day, 15),
    };
  };
  banks.forEach((b, i) => quiz(b.id, take(b.questions, b.draw), i + 1));
  const exam = parse(readFileSync(join(ROOT, 'quizzes/final-exam.yaml'), 'utf8')) as { questions: number };
  quiz('final-exam', take(banks.flatMap((b) => b.questions), exam.questions), 45);
  ['contact', 'trust', 'bidding', 'objection', 'signing'].forEach((id, i) => {
    state.simulators[id] = { plays: 23, bestScore: 100, bestOutcome: 'win', lastOutcome: 'partial', completedAt: iso(20 + i, 11) };
  });
  return { state, checkCount, answerCount };
}
