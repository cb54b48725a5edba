// A quiz must not be passable by test-wiseness: picking the longest option, always answering "错", or always
// picking the same letter. These checks read the real banks in quizzes/ (the final exam draws from them).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Question } from '../../src/schemas/quiz';

const quizDir = join(import.meta.dirname, '../../quizzes');
const banks = readdirSync(quizDir)
  .filter((f) => /^\d\d-.*\.yaml$/.test(f))
  .sort()
  .map((file) => ({ file, questions: (parse(readFileSync(join(quizDir, file), 'utf8')) as { questions: Question[] }).questions }));
const all = banks.flatMap((b) => b.questions);
const singles = (qs: Question[]) => qs.filter((q): q is Extract<Question, { type: 'single' }> => q.type === 'single');
const multiples = (qs: Question[]) => qs.filter((q): q is Extract<Question, { type: 'multiple' }> => q.type === 'multiple');

/** The right option is longer than every wrong one: "pick the longest" would score it. */
function correctIsLongest(q: Extract<Question, { type: 'single' }>): boolean {
  const right = q.options.find((o) => o.id === q.answer)!.text.length;
  return q.options.every((o) => o.id === q.answer || o.text.length < right);
}
/** Every right option is longer than every wrong one. */
function correctSetIsLongest(q: Extract<Question, { type: 'multiple' }>): boolean {
  const right = q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text.length);
  const wrong = q.options.filter((o) => !q.answer.includes(o.id)).map((o) => o.text.length);
  return wrong.length > 0 && Math.min(...right) > Math.max(...wrong);
}
const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

describe('quiz banks give no answer away', () => {
  it('the right option is the longest in at most a third of single-choice questions, in every bank', () => {
    for (const { file, questions } of banks) {
      const qs = singles(questions);
      const cued = qs.filter(correctIsLongest).map((q) => q.id);
      expect(share(cued.length, qs.length), `${file}: right option is the longest in ${cued.join(', ')}`).toBeLessThanOrEqual(1 / 3);
    }
  });

  it('in multiple-choice questions the right options are not simply the longer ones', () => {
    const qs = multiples(all);
    const cued = qs.filter(correctSetIsLongest).map((q) => q.id);
    expect(share(cued.length, qs.length), `cued: ${cued.join(', ')}`).toBeLessThanOrEqual(1 / 3);
  });

  it('true/false statements are about as often true as false', () => {
    const tf = all.filter((q) => q.type === 'truefalse');
    const trueShare = share(tf.filter((q) => q.answer === true).length, tf.length);
    expect(trueShare).toBeGreaterThanOrEqual(0.4);
    expect(trueShare).toBeLessThanOrEqual(0.6);
  });

  it('the right answer of single-choice questions sits in every position, none dominating', () => {
    const qs = singles(all);
    const counts = new Map<number, number>();
    for (const q of qs) {
      const at = q.options.findIndex((o) => o.id === q.answer);
      counts.set(at, (counts.get(at) ?? 0) + 1);
    }
    for (const at of [0, 1, 2, 3]) {
      expect(share(counts.get(at) ?? 0, qs.length), `position ${at + 1}`).toBeGreaterThanOrEqual(0.15);
      expect(share(counts.get(at) ?? 0, qs.length), `position ${at + 1}`).toBeLessThanOrEqual(0.35);
    }
  });
});
