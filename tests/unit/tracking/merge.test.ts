import { describe, expect, it } from 'vitest';
import { isEmptyProgress, mergeProgress } from '../../../src/tracking/merge';
import type { SuspendState } from '../../../src/tracking/suspendCodec';

type S = SuspendState & Record<string, unknown>;
const empty = (): S => ({ learner: { name: '', employeeId: '' }, modules: {}, quizzes: {}, simulators: {} });
const quiz = (attempts: number, best: number, lastAt: string, ids: string[]) => ({
  attempts, bestPercent: best, lastPercent: best, passed: best >= 80, lastQuestionIds: ids, lastAnswers: Object.fromEntries(ids.map((i) => [i, 'a'])), lastAt,
});

describe('merging local progress with the LMS copy', () => {
  it('the LMS copy wins over an empty browser', () => {
    const remote: S = { ...empty(), modules: { m1: { readAt: '2026-03-01T00:00:00.000Z' } }, assignment: { due: '2026-06-30' } };
    expect(isEmptyProgress(empty())).toBe(true);
    expect(mergeProgress(empty(), remote)).toEqual(remote);
  });

  it('keeps the best of both, item by item', () => {
    const local: S = {
      ...empty(),
      learner: { name: '王磊', employeeId: '' },
      modules: { m1: { lastSeenAt: '2026-03-05T00:00:00.000Z', furthest: 0.4, checks: { 'a-1': true, 'a-2': false } }, m2: { readAt: '2026-03-04T00:00:00.000Z' } },
      quizzes: { q1: quiz(3, 70, '2026-03-06T10:00:00.000Z', ['x']) },
      simulators: { trust: { plays: 1, bestScore: 40, bestOutcome: 'loss', lastOutcome: 'loss', completedAt: '2026-03-06T00:00:00.000Z', snapshot: { s: 1 }, snapshotVersion: 1, path: ['a'] } },
      lastLocation: { href: '/m1/', title: 'M1', at: '2026-03-06T00:00:00.000Z' },
      assignment: { local: true },
    };
    const remote: S = {
      ...empty(),
      learner: { name: 'Wang, Lei', employeeId: 'E-7' },
      modules: { m1: { readAt: '2026-03-02T00:00:00.000Z', lastSeenAt: '2026-03-02T00:00:00.000Z', furthest: 1, checks: { 'a-2': true } }, m3: { furthest: 0.1 } },
      quizzes: { q1: quiz(2, 90, '2026-03-03T00:00:00.000Z', ['y']) },
      simulators: { trust: { plays: 4, bestScore: 85, bestOutcome: 'win', lastOutcome: 'partial', completedAt: '2026-03-01T00:00:00.000Z' } },
      lastLocation: { href: '/m3/', title: 'M3', at: '2026-03-01T00:00:00.000Z' },
      assignment: { local: false },
    };
    const m = mergeProgress(local, remote);
    expect(m.learner).toEqual({ name: '王磊', employeeId: 'E-7' });
    expect(m.modules.m1).toEqual({ readAt: '2026-03-02T00:00:00.000Z', lastSeenAt: '2026-03-05T00:00:00.000Z', furthest: 1, checks: { 'a-1': true, 'a-2': true } });
    expect(Object.keys(m.modules).sort()).toEqual(['m1', 'm2', 'm3']);
    // Best and passed from the LMS, the later attempt's answers from this browser.
    expect(m.quizzes.q1).toMatchObject({ attempts: 3, bestPercent: 90, passed: true, lastPercent: 70, lastQuestionIds: ['x'] });
    expect(m.simulators.trust).toEqual({ plays: 4, bestScore: 85, bestOutcome: 'win', lastOutcome: 'loss', completedAt: '2026-03-06T00:00:00.000Z', snapshot: { s: 1 }, snapshotVersion: 1, path: ['a'] });
    expect(m.lastLocation?.href).toBe('/m1/');
    expect(m.assignment).toEqual({ local: true });
  });

  it('keeps the newer unfinished attempt', () => {
    const draft = (startedAt: string, seed: number) => ({ seed, questionIds: ['a'], answers: {}, submitted: [], index: 0, startedAt });
    const local: S = { ...empty(), quizzes: { q: { ...quiz(0, 0, '', []), draft: draft('2026-03-01T00:00:00.000Z', 1) } } };
    const remote: S = { ...empty(), quizzes: { q: { ...quiz(0, 0, '', []), draft: draft('2026-03-02T00:00:00.000Z', 2) } } };
    expect(mergeProgress(local, remote).quizzes.q!.draft!.seed).toBe(2);
  });
});
