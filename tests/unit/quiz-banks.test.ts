// Checks the real question banks in quizzes/ against the schema and the course rules that the
// schema alone cannot see: chapter/section fit, global id uniqueness, required question shapes,
// and that legal citations stay on the sheet (shared/reference/law-facts.md).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { QuizBankSchema, type Question, type QuizBank } from '../../src/schemas/quiz';
import { syllabus } from '../../src/course/syllabus';
import { workingDayDeadline } from '../../src/course/calendar';

const quizDir = join(import.meta.dirname, '../../quizzes');
const bankFiles = readdirSync(quizDir)
  .filter((f) => /^\d\d-.*\.yaml$/.test(f))
  .sort();

const banks: { file: string; bank: QuizBank }[] = bankFiles.map((file) => {
  const raw = parse(readFileSync(join(quizDir, file), 'utf8'));
  const result = QuizBankSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return { file, bank: result.data };
});

const bankByChapter = (n: number) => banks.find((b) => b.bank.chapter === n)!.bank;
const isCase = (q: Question) => q.vignette !== undefined;

/** Every citation a `law` field may carry: the rows of law-facts.md. */
const allowedLaw = new Set([
  ...[24, 32, 44, 46, 48, 53].map((n) => `招标投标法第${n}条`),
  ...[22, 44, 54, 57, 58, 60, 61].map((n) => `招标投标法实施条例第${n}条`),
  ...[46, 52, 53, 55, 56, 57].map((n) => `政府采购法第${n}条`),
  '政府采购法实施条例第53条',
  ...[10, 13, 17, 21, 26, 28, 42].map((n) => `财政部94号令第${n}条`),
  ...[69, 71].map((n) => `财政部87号令第${n}条`),
  '保障中小企业款项支付条例',
  ...['389', '390', '390条之一', '164', '223', '391', '393'].map((n) => `刑法第${n.endsWith('之一') ? n : `${n}条`}`),
  '反不正当竞争法',
  '建筑法第28条',
  '建筑法第29条',
  '建设工程质量管理条例第16条',
  '建设工程质量管理条例第78条',
]);
/** Article numbers that appear anywhere on law-facts.md; any "第N条" in a bank must be one of them. */
const allowedArticleNumbers = new Set([10, 13, 16, 17, 21, 22, 24, 26, 28, 29, 32, 42, 44, 46, 48, 52, 53, 54, 55, 56, 57, 58, 60, 61, 69, 71, 78, 164, 223, 389, 390, 391, 393]);

function allText(q: Question): string[] {
  const out = [q.prompt, q.explanation, q.vignette ?? ''];
  if (q.type === 'single' || q.type === 'multiple') q.options.forEach((o) => out.push(o.text, o.feedback));
  if (q.type === 'truefalse') out.push(q.feedback.true, q.feedback.false);
  if (q.type === 'ordering') q.items.forEach((i) => out.push(i.text, i.feedback));
  if (q.type === 'matching') q.pairs.forEach((p) => out.push(p.left, p.right, p.feedback));
  return out;
}

describe('quiz banks', () => {
  it('one bank per chapter, named after the module slug', () => {
    expect(banks.map((b) => b.file.replace(/\.yaml$/, ''))).toEqual(syllabus.map((c) => c.slug));
    for (const { file, bank } of banks) {
      expect(bank.id, file).toBe(file.replace(/\.yaml$/, ''));
      expect(bank.chapter, file).toBe(Number(file.slice(0, 2)));
    }
  });

  it('size, draw and quiz settings', () => {
    let total = 0;
    for (const { file, bank } of banks) {
      const min = bank.chapter === 6 || bank.chapter === 7 ? 14 : 12;
      expect(bank.questions.length, file).toBeGreaterThanOrEqual(min);
      expect(bank.draw, file).toBeGreaterThanOrEqual(8);
      expect(bank.draw, file).toBeLessThanOrEqual(10);
      expect(bank.passPercent, file).toBe(80);
      expect(bank.partialCredit, file).toBe(true);
      total += bank.questions.length;
    }
    expect(total).toBeGreaterThanOrEqual(132);
  });

  it('sections belong to the bank chapter and ids carry the chapter number', () => {
    for (const { file, bank } of banks) {
      const chapter = syllabus.find((c) => c.chapter === bank.chapter)!;
      const ids = new Set(chapter.items.map((i) => i.id));
      const nn = String(bank.chapter).padStart(2, '0');
      for (const q of bank.questions) {
        expect(ids.has(q.section), `${file} ${q.id} section ${q.section}`).toBe(true);
        expect(q.id.startsWith(`q${nn}-`), `${file} ${q.id}`).toBe(true);
      }
    }
  });

  it('question ids are unique across all banks', () => {
    const ids = banks.flatMap((b) => b.bank.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points stay within 1–3 and every choice question has a wrong option to learn from', () => {
    for (const { bank } of banks) {
      for (const q of bank.questions) {
        expect(q.points, q.id).toBeGreaterThanOrEqual(1);
        expect(q.points, q.id).toBeLessThanOrEqual(3);
        if (q.type === 'single') expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
        if (q.type === 'multiple') expect(q.answer.length, q.id).toBeLessThan(q.options.length);
        if (q.type === 'matching') expect(new Set(q.pairs.map((p) => p.right)).size, `${q.id} rights must differ`).toBe(q.pairs.length);
      }
    }
  });

  it('chapter 6 orders 5–8 of the bid steps 6.1–6.12; chapter 10 orders the acceptance steps', () => {
    const bidOrdering = bankByChapter(6).questions.filter((q) => q.type === 'ordering');
    expect(bidOrdering.some((q) => q.type === 'ordering' && q.items.length >= 5 && q.items.length <= 8)).toBe(true);
    const acceptance = bankByChapter(10).questions.filter((q) => q.type === 'ordering');
    expect(acceptance.some((q) => q.type === 'ordering' && q.items.length === 5)).toBe(true);
  });

  it('case questions: chapters 1, 4 and 8 at least one, chapters 6 and 7 at least two', () => {
    const need: Record<number, number> = { 1: 1, 4: 1, 6: 2, 7: 2, 8: 1 };
    for (const [chapter, n] of Object.entries(need)) {
      expect(bankByChapter(Number(chapter)).questions.filter(isCase).length, `chapter ${chapter}`).toBeGreaterThanOrEqual(n);
    }
  });

  it('the course uses every question type', () => {
    const types = new Set(banks.flatMap((b) => b.bank.questions.map((q) => q.type)));
    expect([...types].sort()).toEqual(['matching', 'multiple', 'ordering', 'single', 'truefalse']);
  });

  it('law fields and article numbers come from law-facts.md', () => {
    for (const { bank } of banks) {
      for (const q of bank.questions) {
        if (q.law) for (const part of q.law.split('；')) expect(allowedLaw.has(part), `${q.id} law "${part}"`).toBe(true);
        for (const text of allText(q)) {
          for (const m of text.matchAll(/第(\d+)条/g)) {
            expect(allowedArticleNumbers.has(Number(m[1])), `${q.id} cites 第${m[1]}条`).toBe(true);
          }
        }
      }
    }
  });

  it('deadlines stated in explanations are numbers from law-facts.md', () => {
    const allowed: [RegExp, number[]][] = [
      [/(\d+)个工作日/g, [1, 2, 3, 5, 7, 15, 30]],
      [/(\d+)日(?:内|前)/g, [2, 3, 5, 10, 30, 60]],
      [/不少于(\d+)日/g, [3, 20]],
      [/(\d+)%/g, [5, 10]],
    ];
    for (const { bank } of banks) {
      for (const q of bank.questions) {
        for (const [re, ok] of allowed) {
          for (const m of q.explanation.matchAll(re)) expect(ok, `${q.id}: "${m[0]}" in explanation`).toContain(Number(m[1]));
        }
      }
    }
  });

  it('the 政府采购 working-day question gives the right date (2026 calendar)', () => {
    const q = bankByChapter(7).questions.find((x) => x.vignette?.includes('2026年4月30日'));
    expect(q?.type).toBe('single');
    if (q?.type !== 'single') return;
    const due = workingDayDeadline('2026-04-30', 7); // 7个工作日 to 质疑, 政府采购法第52条
    const [, m, d] = due.split('-').map(Number);
    const right = q.options.find((o) => o.id === q.answer)!;
    expect(right.text).toContain(`${m}月${d}日`);
  });
});
