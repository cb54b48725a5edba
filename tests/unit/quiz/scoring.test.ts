import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../src/quiz/scoring';
import { quizResult, formatPercent } from '../../../src/quiz/result';
import { question, sampleBank } from './sample';

const single = question('q90-01', 'single'); // 2 points, answer a
const multiple = question('q90-02', 'multiple'); // 3 points, answer a b d of a b c d
const tf = question('q90-03', 'truefalse'); // 1 point, answer false
const ordering = question('q90-04', 'ordering'); // 2 points, s1 s2 s3 s4
const matching = question('q90-05', 'matching'); // 1 point, p1 p3 share the right "招标投标法体系"

describe('scoreQuestion', () => {
  it('single choice is all or nothing', () => {
    expect(scoreQuestion(single, 'a', true)).toEqual({ questionId: 'q90-01', score: 2, maxScore: 2, isCorrect: true, isPartlyCorrect: false, answered: true });
    expect(scoreQuestion(single, 'b', true)).toMatchObject({ score: 0, isCorrect: false, isPartlyCorrect: false, answered: true });
    expect(scoreQuestion(single, undefined, true)).toMatchObject({ score: 0, answered: false });
    expect(scoreQuestion(single, 'zz', true)).toMatchObject({ score: 0, answered: false });
  });

  it('true/false is all or nothing and accepts only booleans', () => {
    expect(scoreQuestion(tf, false, true)).toMatchObject({ score: 1, isCorrect: true });
    expect(scoreQuestion(tf, true, true)).toMatchObject({ score: 0, isCorrect: false, answered: true });
    expect(scoreQuestion(tf, 'false', true)).toMatchObject({ score: 0, answered: false });
  });

  it('multiple choice: points × max(0, (right picked − wrong picked) / right)', () => {
    expect(scoreQuestion(multiple, ['a', 'b', 'd'], true)).toMatchObject({ score: 3, isCorrect: true, isPartlyCorrect: false });
    expect(scoreQuestion(multiple, ['a', 'b'], true)).toMatchObject({ score: 2, isCorrect: false, isPartlyCorrect: true });
    expect(scoreQuestion(multiple, ['a', 'b', 'c'], true)).toMatchObject({ score: 1, isPartlyCorrect: true });
    // Ticking every box earns nothing.
    expect(scoreQuestion(multiple, ['a', 'b', 'c', 'd'], true)).toMatchObject({ score: 2 });
    expect(scoreQuestion(multiple, ['a', 'c'], true)).toMatchObject({ score: 0, isPartlyCorrect: true });
    expect(scoreQuestion(multiple, ['c'], true)).toMatchObject({ score: 0, isPartlyCorrect: false, answered: true });
  });

  it('multiple choice: the same id twice counts once', () => {
    expect(scoreQuestion(multiple, ['a', 'a', 'a'], true).score).toBe(1);
  });

  it('without partial credit only a fully right answer scores, but partly right is still reported', () => {
    expect(scoreQuestion(multiple, ['a', 'b'], false)).toMatchObject({ score: 0, isPartlyCorrect: true });
    expect(scoreQuestion(ordering, ['s1', 's2', 's4', 's3'], false)).toMatchObject({ score: 0, isPartlyCorrect: true });
    expect(scoreQuestion(multiple, ['a', 'b', 'd'], false)).toMatchObject({ score: 3, isCorrect: true });
  });

  it('ordering: points × share of items in the right position', () => {
    expect(scoreQuestion(ordering, ['s1', 's2', 's3', 's4'], true)).toMatchObject({ score: 2, isCorrect: true });
    expect(scoreQuestion(ordering, ['s1', 's2', 's4', 's3'], true)).toMatchObject({ score: 1, isPartlyCorrect: true });
    expect(scoreQuestion(ordering, ['s2', 's1', 's4', 's3'], true)).toMatchObject({ score: 0, isPartlyCorrect: false });
    expect(scoreQuestion(ordering, ['s1', 's2', 's3'], true)).toMatchObject({ score: 0, answered: false });
    expect(scoreQuestion(ordering, ['s1', 's1', 's3', 's4'], true)).toMatchObject({ answered: false });
  });

  it('matching: points × share of pairs right; equal right texts are interchangeable', () => {
    expect(scoreQuestion(matching, { p1: 'p1', p2: 'p2', p3: 'p1' }, true)).toMatchObject({ score: 1, isCorrect: true });
    expect(scoreQuestion(matching, { p1: 'p1', p2: 'p1', p3: 'p1' }, true)).toMatchObject({ score: 0.667, isPartlyCorrect: true });
    expect(scoreQuestion(matching, { p1: 'p1' }, true)).toMatchObject({ score: 0.333, answered: true });
    expect(scoreQuestion(matching, { p1: 'nope' }, true)).toMatchObject({ score: 0, answered: false });
    expect(scoreQuestion(matching, ['p1'], true)).toMatchObject({ answered: false });
  });
});

describe('quizResult', () => {
  const qs = [single, multiple, tf, ordering, matching]; // 2 + 3 + 1 + 2 + 1 = 9 points

  it('adds scores and compares with the pass mark', () => {
    const all = quizResult(qs, { 'q90-01': 'a', 'q90-02': ['a', 'b', 'd'], 'q90-03': false, 'q90-04': ['s1', 's2', 's3', 's4'], 'q90-05': { p1: 'p1', p2: 'p2', p3: 'p1' } }, { passPercent: 80, partialCredit: true });
    expect(all).toMatchObject({ score: 9, maxScore: 9, percent: 100, passed: true });
    expect(all.questions.every((r) => r.isCorrect)).toBe(true);

    const some = quizResult(qs, { 'q90-01': 'a', 'q90-02': ['a', 'b'], 'q90-03': false, 'q90-04': ['s1', 's2', 's4', 's3'] }, { passPercent: 80, partialCredit: true });
    expect(some.score).toBe(6); // 2 + 2 + 1 + 1 + 0
    expect(some.percent).toBe(66.6); // rounded down, never up
    expect(some.passed).toBe(false);
  });

  it('passes exactly at the mark and not a hair below', () => {
    const four = [single, ordering, tf, matching]; // 2 + 2 + 1 + 1 = 6
    // 2 + 1 + 1 + 1 = 5 of 6 = 83.3%
    expect(quizResult(four, { 'q90-01': 'a', 'q90-04': ['s1', 's2', 's4', 's3'], 'q90-03': false, 'q90-05': { p1: 'p1', p2: 'p2', p3: 'p3' } }, { passPercent: 83.3, partialCredit: true }).passed).toBe(true);
    const r = quizResult(four, { 'q90-01': 'a', 'q90-04': ['s1', 's2', 's4', 's3'], 'q90-03': false, 'q90-05': { p1: 'p1', p2: 'p2', p3: 'p3' } }, { passPercent: 83.4, partialCredit: true });
    expect(r.passed).toBe(false);
    expect(r.percent).toBe(83.3);
  });

  it('without partial credit a partly right quiz scores less', () => {
    const answers = { 'q90-02': ['a', 'b'], 'q90-04': ['s1', 's2', 's4', 's3'] };
    expect(quizResult(qs, answers, { passPercent: 80, partialCredit: true }).score).toBe(3);
    expect(quizResult(qs, answers, { passPercent: 80, partialCredit: false }).score).toBe(0);
  });

  it('an empty quiz never passes, even with a 0% mark', () => {
    expect(quizResult([], {}, { passPercent: 0, partialCredit: true })).toMatchObject({ percent: 0, passed: false });
  });

  it('formats percentages without noise', () => {
    expect(formatPercent(66.6)).toBe('66.6%');
    expect(formatPercent(80)).toBe('80%');
    expect(sampleBank.passPercent).toBe(80);
  });
});
