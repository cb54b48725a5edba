import { describe, expect, it } from 'vitest';
import { choiceFeedback, matchingFeedback, orderingFeedback, trueFalseFeedback, verdict } from '../../../src/quiz/feedback';
import { scoreQuestion } from '../../../src/quiz/scoring';
import { question } from './sample';

describe('feedback after submitting', () => {
  it('choice: shows feedback for picked options and for right ones missed', () => {
    const q = question('q90-02', 'multiple');
    const fb = choiceFeedback(q, ['a', 'c'], ['d', 'c', 'b', 'a']);
    expect(fb.map((f) => f.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(fb.map((f) => [f.id, f.picked, f.correct, f.show])).toEqual([
      ['d', false, true, true],
      ['c', true, false, true],
      ['b', false, true, true],
      ['a', true, true, true],
    ]);
    const single = choiceFeedback(question('q90-01', 'single'), 'b', ['a', 'b', 'c']);
    expect(single.filter((f) => f.show).map((f) => f.id)).toEqual(['a', 'b']);
  });

  it('true/false: the feedback written for the learner’s choice', () => {
    const q = question('q90-03', 'truefalse');
    expect(trueFalseFeedback(q, true)).toEqual({ picked: true, correct: false, text: q.feedback.true });
    expect(trueFalseFeedback(q, undefined).text).toBe(q.feedback.false);
  });

  it('ordering: where each item belongs and where it was put', () => {
    const fb = orderingFeedback(question('q90-04', 'ordering'), ['s1', 's3', 's2', 's4']);
    expect(fb.map((f) => [f.id, f.correctPosition, f.givenPosition, f.inPlace])).toEqual([
      ['s1', 1, 1, true],
      ['s2', 2, 3, false],
      ['s3', 3, 2, false],
      ['s4', 4, 4, true],
    ]);
  });

  it('matching: what was picked for each left', () => {
    const fb = matchingFeedback(question('q90-05', 'matching'), { p1: 'p2', p3: 'p1' });
    expect(fb.map((f) => [f.id, f.picked, f.correct])).toEqual([
      ['p1', '政府采购法体系', false],
      ['p2', undefined, false],
      ['p3', '招标投标法体系', true],
    ]);
  });

  it('verdicts in plain words', () => {
    const q = question('q90-02', 'multiple');
    expect(verdict(scoreQuestion(q, ['a', 'b', 'd'], true)).label).toBe('回答正确');
    expect(verdict(scoreQuestion(q, ['a'], true)).label).toBe('部分正确');
    expect(verdict(scoreQuestion(q, ['c'], true)).label).toBe('回答错误');
    expect(verdict(scoreQuestion(q, undefined, true)).label).toBe('未作答');
  });
});
