import { describe, expect, it } from 'vitest';
import { currentAnswer, finishAttempt, goTo, restoreAttempt, setAnswer, startAttempt, submitQuestion, unansweredIds } from '../../../src/quiz/attempt';
import { initialOrder, matchingChoiceOrder, matchingLeftOrder, moveItem, optionOrder } from '../../../src/quiz/present';
import { byId, question, sampleBank } from './sample';

const groups = [{ ids: sampleBank.questions.map((q) => q.id), count: sampleBank.draw }];
const opts = { passPercent: 80, partialCredit: true };
const now = new Date('2026-03-02T09:00:00Z');

describe('presentation order', () => {
  it('options are shuffled per seed and question, always a permutation', () => {
    const q = question('q90-02', 'multiple');
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => optionOrder(s, q).join()));
    expect(orders.size).toBeGreaterThan(1);
    expect([...optionOrder(3, q)].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(optionOrder(3, q)).toEqual(optionOrder(3, q));
  });

  it('keeps the author order when an option refers to the others', () => {
    const q = { ...question('q90-02', 'multiple'), options: [...question('q90-02', 'multiple').options, { id: 'e', text: '以上都对', feedback: '不对。' }] };
    for (const s of [1, 2, 3]) expect(optionOrder(s, q)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const none = { ...q, options: [...q.options.slice(0, 4), { id: 'e', text: '上述做法均不正确', feedback: '不对。' }] };
    expect(optionOrder(1, none)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('still shuffles options that merely contain such words', () => {
    const base = question('q90-02', 'multiple');
    const q = { ...base, options: [...base.options, { id: 'e', text: '10人以上，其他部门都不用去', feedback: '不对。' }] };
    const orders = new Set([1, 2, 3, 4, 5, 6].map((s) => optionOrder(s, q).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('an ordering question never starts in the right order', () => {
    const q = question('q90-04', 'ordering');
    for (let s = 0; s < 200; s++) expect(initialOrder(s, q)).not.toEqual(['s1', 's2', 's3', 's4']);
    const two = { ...q, items: q.items.slice(0, 2) };
    for (let s = 0; s < 20; s++) expect(initialOrder(s, two)).toEqual(['s2', 's1']);
  });

  it('matching offers each right text once', () => {
    const q = question('q90-05', 'matching');
    expect(matchingChoiceOrder(1, q).map((c) => c.text).sort()).toEqual(['招标投标法体系', '政府采购法体系'].sort());
    expect([...matchingLeftOrder(1, q)].sort()).toEqual(['p1', 'p2', 'p3']);
  });

  it('moveItem swaps neighbours and ignores moves off the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('an attempt', () => {
  it('starts with the drawn questions and no answers', () => {
    const a = startAttempt(groups, 11, [], now);
    expect(a.questionIds).toHaveLength(4);
    expect(a).toMatchObject({ seed: 11, answers: {}, submitted: [], index: 0, startedAt: '2026-03-02T09:00:00.000Z' });
  });

  it('a retry draws other questions', () => {
    const a = startAttempt(groups, 11, [], now);
    const b = startAttempt(groups, 12, a.questionIds, now);
    expect(b.questionIds.filter((id) => a.questionIds.includes(id))).toEqual([]);
  });

  it('answers change until the question is submitted, then stay locked', () => {
    let a = { ...startAttempt(groups, 1, [], now), questionIds: ['q90-01', 'q90-02'] };
    a = setAnswer(a, 'q90-01', 'b');
    a = setAnswer(a, 'q90-01', 'a');
    a = submitQuestion(a, byId.get('q90-01')!);
    expect(setAnswer(a, 'q90-01', 'c').answers['q90-01']).toBe('a');
    expect(a.submitted).toEqual(['q90-01']);
    expect(submitQuestion(a, byId.get('q90-01')!).submitted).toEqual(['q90-01']);
    // Questions outside the attempt are ignored.
    expect(setAnswer(a, 'q90-08', ['a'])).toBe(a);
    expect(setAnswer(setAnswer(a, 'q90-02', ['a']), 'q90-02', undefined).answers).not.toHaveProperty('q90-02');
  });

  it('an untouched ordering question counts in the order shown', () => {
    const q = question('q90-04', 'ordering');
    const a = { ...startAttempt(groups, 5, [], now), questionIds: ['q90-04'] };
    expect(currentAnswer(a, q)).toEqual(initialOrder(5, q));
    expect(submitQuestion(a, q).answers['q90-04']).toEqual(initialOrder(5, q));
    expect(unansweredIds(a, byId)).toEqual([]);
  });

  it('lists unanswered questions and pages within bounds', () => {
    const a = { ...startAttempt(groups, 5, [], now), questionIds: ['q90-01', 'q90-02', 'q90-03'] };
    expect(unansweredIds(setAnswer(a, 'q90-02', ['a']), byId)).toEqual(['q90-01', 'q90-03']);
    expect(goTo(a, 9).index).toBe(2);
    expect(goTo(a, -1).index).toBe(0);
  });

  it('finishes with a result and the answers to keep', () => {
    let a = { ...startAttempt(groups, 5, [], now), questionIds: ['q90-01', 'q90-03', 'q90-04'] };
    a = setAnswer(a, 'q90-01', 'a');
    a = setAnswer(a, 'q90-03', 'junk');
    const { result, answers } = finishAttempt(a, byId, opts);
    expect(answers).toEqual({ 'q90-01': 'a', 'q90-04': initialOrder(5, question('q90-04', 'ordering')) });
    expect(result.maxScore).toBe(5);
    expect(result.questions.map((r) => r.answered)).toEqual([true, false, true]);
  });
});

describe('restoring a stored draft', () => {
  const draft = { seed: 3, questionIds: ['q90-01', 'q90-02'], answers: { 'q90-01': 'b', 'q90-02': ['a', 'zz'] }, submitted: ['q90-01'], index: 1, startedAt: now.toISOString() };

  it('brings back answers, submitted questions and the page', () => {
    expect(restoreAttempt(draft, byId)).toEqual({ ...draft, answers: { 'q90-01': 'b', 'q90-02': ['a'] } });
  });

  it('drops answers that no longer fit, and submissions without an answer', () => {
    const r = restoreAttempt({ ...draft, answers: { 'q90-01': 7 }, index: 40 }, byId)!;
    expect(r.answers).toEqual({});
    expect(r.submitted).toEqual([]);
    expect(r.index).toBe(1);
  });

  it('drops the whole draft when a question left the bank or the data is junk', () => {
    expect(restoreAttempt({ ...draft, questionIds: ['q90-01', 'q99-99'] }, byId)).toBeNull();
    expect(restoreAttempt({ ...draft, questionIds: ['q90-01', 'q90-01'] }, byId)).toBeNull();
    expect(restoreAttempt({ ...draft, questionIds: [] }, byId)).toBeNull();
    expect(restoreAttempt('x', byId)).toBeNull();
    expect(restoreAttempt(null, byId)).toBeNull();
  });
});
