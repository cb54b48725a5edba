import { describe, expect, it } from 'vitest';
import { hashString, mulberry32, newSeed, SEED_LIMIT, shuffle, streamFor } from '../../../src/quiz/random';
import { attemptsLeft, drawFromGroups, drawQuestions, plannedCount } from '../../../src/quiz/draw';

const ids = Array.from({ length: 12 }, (_, i) => `q06-${String(i + 1).padStart(2, '0')}`);

describe('seeded randomness', () => {
  it('mulberry32 repeats for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
    const c = mulberry32(43);
    expect(c()).not.toBe(seqA[0]);
  });

  it('spreads values over [0, 1)', () => {
    const rng = mulberry32(7);
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) buckets[Math.floor(rng() * 4)]! += 1;
    for (const n of buckets) expect(n).toBeGreaterThan(850);
  });

  it('shuffle is a permutation, repeatable, and leaves its input alone', () => {
    const input = ids.slice();
    const s1 = shuffle(input, mulberry32(1));
    expect(input).toEqual(ids);
    expect([...s1].sort()).toEqual(ids);
    expect(shuffle(input, mulberry32(1))).toEqual(s1);
    expect(s1).not.toEqual(ids);
  });

  it('streams per purpose are independent of each other', () => {
    expect(streamFor(5, 'options:q06-01')()).toBe(streamFor(5, 'options:q06-01')());
    expect(streamFor(5, 'options:q06-01')()).not.toBe(streamFor(5, 'options:q06-02')());
    expect(hashString('a')).not.toBe(hashString('b'));
  });

  it('new seeds stay below the limit the stored draft accepts', () => {
    expect(newSeed(() => 0.9999999999)).toBeLessThan(SEED_LIMIT);
    expect(newSeed(() => 0)).toBe(0);
    expect(Number.isInteger(newSeed(Math.random))).toBe(true);
  });
});

describe('drawing questions', () => {
  it('draws N distinct ids from the bank, the same for the same seed', () => {
    const d = drawQuestions(ids, 8, 123);
    expect(d).toHaveLength(8);
    expect(new Set(d).size).toBe(8);
    expect(d.every((id) => ids.includes(id))).toBe(true);
    expect(drawQuestions(ids, 8, 123)).toEqual(d);
    expect(drawQuestions(ids, 8, 124)).not.toEqual(d);
  });

  it('a retry avoids the last questions while the bank has enough others', () => {
    const first = drawQuestions(ids, 6, 1);
    const retry = drawQuestions(ids, 6, 2, first);
    expect(retry.filter((id) => first.includes(id))).toEqual([]);
  });

  it('when the bank has too few others, the retry takes all of them and fills up from the last ones', () => {
    const first = drawQuestions(ids, 8, 1);
    const retry = drawQuestions(ids, 8, 2, first);
    expect(retry).toHaveLength(8);
    const others = ids.filter((id) => !first.includes(id));
    for (const id of others) expect(retry).toContain(id);
    expect(retry.filter((id) => first.includes(id))).toHaveLength(4);
  });

  it('never draws more than the bank holds', () => {
    expect(drawQuestions(ids.slice(0, 3), 10, 1)).toHaveLength(3);
    expect(drawQuestions([], 3, 1)).toEqual([]);
  });

  it('draws each group of a plan in order', () => {
    const groups = [
      { ids: ['q01-01', 'q01-02', 'q01-03'], count: 2 },
      { ids: ['q02-01', 'q02-02'], count: 1 },
    ];
    const d = drawFromGroups(groups, 9);
    expect(d).toHaveLength(3);
    expect(d.slice(0, 2).every((id) => id.startsWith('q01'))).toBe(true);
    expect(d[2]!.startsWith('q02')).toBe(true);
    expect(plannedCount(groups)).toBe(3);
    expect(plannedCount([{ ids: ['x'], count: 4 }])).toBe(1);
  });
});

describe('attemptsLeft', () => {
  it('0 means unlimited', () => {
    expect(attemptsLeft(0, 99)).toBe(Infinity);
  });
  it('counts down and stops at 0', () => {
    expect(attemptsLeft(3, 0)).toBe(3);
    expect(attemptsLeft(3, 2)).toBe(1);
    expect(attemptsLeft(3, 5)).toBe(0);
  });
});
