import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { QuizBankSchema } from '../../../src/schemas/quiz';

const fixtures = join(import.meta.dirname, '../../fixtures');
const brokenDir = join(fixtures, 'quizzes-broken');
const load = (file: string) => parse(readFileSync(file, 'utf8'));

/** Each broken bank, the question id (or bank id) its message must name, and the field. */
const expected: Record<string, { names: string; field: string; path: string }> = {
  'unknown-type.yaml': { names: 'question q90-02', field: 'field "type"', path: 'questions.1.type' },
  'answer-not-an-option.yaml': { names: 'question q90-01', field: 'field "answer"', path: 'questions.0.answer' },
  'duplicate-question-id.yaml': { names: 'question q90-01', field: 'field "id"', path: 'questions.1.id' },
  'duplicate-option-id.yaml': { names: 'question q90-01', field: 'field "options.1.id"', path: 'questions.0.options.1.id' },
  'missing-feedback.yaml': { names: 'question q90-02', field: 'field "options.2.feedback"', path: 'questions.1.options.2.feedback' },
  'missing-truefalse-feedback.yaml': { names: 'question q90-01', field: 'field "feedback.false"', path: 'questions.0.feedback.false' },
  'ordering-one-item.yaml': { names: 'question q90-01', field: 'field "items"', path: 'questions.0.items' },
  'pass-mark-out-of-range.yaml': { names: '(got 120)', field: 'field "passPercent"', path: 'passPercent' },
  'draw-exceeds-bank.yaml': { names: 'quiz 06-bidding', field: 'field "draw"', path: 'draw' },
  'unknown-section.yaml': { names: 'question q90-01', field: 'field "section"', path: 'questions.0.section' },
};

describe('quiz bank schema', () => {
  it('accepts the sample bank and fills the defaults', () => {
    const bank = QuizBankSchema.parse(load(join(fixtures, 'quiz-sample.yaml')));
    expect(bank.questions).toHaveLength(8);
    expect(bank.questions[2]!.points).toBe(1);
  });

  it('has one broken fixture per defect', () => {
    expect(readdirSync(brokenDir).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`rejects ${file}, naming the question and the field`, () => {
      const r = QuizBankSchema.safeParse(load(join(brokenDir, file)));
      expect(r.success).toBe(false);
      const issue = r.error!.issues.find((i) => i.path.join('.') === want.path);
      expect(issue, JSON.stringify(r.error!.issues)).toBeDefined();
      expect(issue!.message).toContain(want.names);
      expect(issue!.message).toContain(want.field);
    });
  }

  it('says which types exist when the type is unknown', () => {
    const r = QuizBankSchema.safeParse(load(join(brokenDir, 'unknown-type.yaml')));
    expect(r.error!.issues[0]!.message).toMatch(/unknown type "essay".*single, multiple, truefalse, ordering, matching/);
  });
});
