import { describe, expect, it } from 'vitest';
import { decide, parseCount, percent, tally, voteRecord } from '../../../src/classroom/votes';

const ids = ['a', 'b', 'c'];

describe('tally', () => {
  it('finds the one choice with most votes', () => {
    const t = tally(ids, { a: 3, b: 9, c: 4 });
    expect(t).toEqual({ total: 16, top: 9, leaders: ['b'], status: 'majority' });
    expect(decide(t)).toBe('b');
  });

  it('reports a tie with the tied choices in the order offered, and needs the trainer to pick', () => {
    const t = tally(ids, { c: 6, a: 6, b: 2 });
    expect(t.status).toBe('tie');
    expect(t.leaders).toEqual(['a', 'c']);
    expect(decide(t)).toBeNull();
    expect(decide(t, 'b')).toBeNull();
    expect(decide(t, 'c')).toBe('c');
  });

  it('no votes is neither a majority nor a tie', () => {
    expect(tally(ids, {}).status).toBe('none');
    expect(tally(ids, { a: 0, b: 0 }).leaders).toEqual([]);
    expect(decide(tally(ids, {}), 'a')).toBeNull();
  });

  it('ignores counts that are not whole positive numbers, and votes for choices not offered', () => {
    const t = tally(ids, { a: -4, b: 2.5, c: 1, x: 50 } as Record<string, number>);
    expect(t).toEqual({ total: 1, top: 1, leaders: ['c'], status: 'majority' });
  });

  it('a single vote decides', () => {
    expect(decide(tally(ids, { a: 1 }))).toBe('a');
  });
});

describe('parseCount', () => {
  it('reads what a trainer types', () => {
    expect(parseCount('12')).toBe(12);
    expect(parseCount(' 7 ')).toBe(7);
    expect(parseCount('')).toBe(0);
    expect(parseCount('-1')).toBeNull();
    expect(parseCount('3.5')).toBeNull();
    expect(parseCount('abc')).toBeNull();
    expect(parseCount('12345')).toBeNull();
  });
});

describe('records', () => {
  const step = { stepId: 's1', speaker: '王经理', prompt: '怎么办？', choices: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] };

  it('keeps every choice with its votes', () => {
    expect(voteRecord(step, 1, { a: 4, b: 5 }, 'b', 'majority').choices).toEqual([
      { id: 'a', label: 'A', votes: 4 },
      { id: 'b', label: 'B', votes: 5 },
    ]);
  });

  it('a direct pick records no votes', () => {
    expect(voteRecord(step, 2, { a: 4 }, 'a', 'picked').choices.map((c) => c.votes)).toEqual([0, 0]);
  });

  it('percent of the room', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});
