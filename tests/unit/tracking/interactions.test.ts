import { describe, expect, it } from 'vitest';
import { attemptInteractions, scorm12Response, scorm2004Response, type AnswerKey } from '../../../src/tracking/interactions';

const key: AnswerKey = {
  'q01-01': { t: 'single', p: '谁是决策链上的关键人？', w: 1, a: 'b' },
  'q01-02': { t: 'multiple', p: '哪些属于采购分析？', w: 2, a: ['a', 'c'] },
  'q01-03': { t: 'truefalse', p: '评标专家可以私下接触。', w: 1, a: false },
  'q06-01': { t: 'ordering', p: '把投标步骤排序。', w: 3, a: ['s1', 's2', 's3'] },
  // p3 has the same right text as p1: either id names it.
  'q01-04': { t: 'matching', p: '配对。', w: 2, m: { p1: 'p1', p2: 'p2', p3: 'p1' } },
};

describe('quiz answers as interactions', () => {
  it('judges every question type and formats the responses per standard', () => {
    const quiz = {
      attempts: 2,
      lastAt: '2026-03-05T08:00:00.000Z',
      lastQuestionIds: ['q01-01', 'q01-02', 'q01-03', 'q06-01', 'q01-04', 'q99-99'],
      lastAnswers: { 'q01-01': 'b', 'q01-02': ['c', 'a'], 'q01-03': true, 'q06-01': ['s2', 's1', 's3'], 'q01-04': { p1: 'p3', p2: 'p2', p3: 'p1' }, 'q99-99': 'a' },
    };
    const out = attemptInteractions('01-decision-chain', quiz, key);
    expect(out.map((i) => [i.id, i.type, i.result])).toEqual([
      ['01-decision-chain-a2-q01-01', 'choice', 'correct'],
      ['01-decision-chain-a2-q01-02', 'choice', 'correct'],
      ['01-decision-chain-a2-q01-03', 'true-false', 'incorrect'],
      ['01-decision-chain-a2-q06-01', 'sequencing', 'incorrect'],
      ['01-decision-chain-a2-q01-04', 'matching', 'correct'],
    ]); // q99-99 is not in the key: skipped
    const [single, multiple, tf, ordering, matching] = out;
    expect([scorm12Response(single!.response), scorm2004Response(single!.response)]).toEqual(['b', 'b']);
    expect([scorm12Response(multiple!.response), scorm2004Response(multiple!.correct!)]).toEqual(['c,a', 'a[,]c']);
    expect([scorm12Response(tf!.response), scorm2004Response(tf!.response), scorm2004Response(tf!.correct!)]).toEqual(['t', 'true', 'false']);
    expect(scorm2004Response(ordering!.response)).toBe('s2[,]s1[,]s3');
    expect([scorm12Response(matching!.response), scorm2004Response(matching!.response)]).toEqual(['p1.p1,p2.p2,p3.p1', 'p1[.]p1[,]p2[.]p2[,]p3[.]p1']);
    expect(matching).toMatchObject({ weighting: 2, description: '配对。', at: '2026-03-05T08:00:00.000Z' });
  });

  it('a partly right or malformed answer is never counted correct', () => {
    const quiz = { attempts: 1, lastQuestionIds: ['q01-02', 'q01-04', 'q01-01'], lastAnswers: { 'q01-02': ['a'], 'q01-04': { p1: 'p1' }, 'q01-01': 42 } };
    const out = attemptInteractions('q', quiz, key);
    expect(out.map((i) => i.result)).toEqual(['incorrect', 'incorrect']);
  });
});
