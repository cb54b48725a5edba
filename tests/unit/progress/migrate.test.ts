import { describe, expect, it } from 'vitest';
import { migrateProgress } from '../../../src/progress/migrate';
import { createProgressStore, persistedPart } from '../../../src/progress/store';
import { memoryStorage } from '../../../src/progress/storage';
import { PROGRESS_STORAGE_KEY, PROGRESS_VERSION } from '../../../src/progress/types';

const v1State = {
  learner: { name: '李娜', employeeId: 'E-7' },
  modules: { '01-decision-chain': { readAt: '2026-11-01T08:00:00.000Z', lastSeenAt: '2026-11-01T08:00:00.000Z', furthest: 1 } },
  quizzes: { '01-decision-chain': { attempts: 1, bestPercent: 85, lastPercent: 85, passed: true, lastQuestionIds: ['q01-01'], lastAnswers: { 'q01-01': 'b' } } },
  simulators: { trust: { plays: 0, bestScore: 0, snapshot: { value: 'gift' }, snapshotVersion: 1, path: ['a'] } },
  lastLocation: { href: '/modules/01-decision-chain/', title: '关键客户决策链', at: '2026-11-01T08:00:00.000Z' },
};

async function load(stored: unknown) {
  const storage = memoryStorage({ [PROGRESS_STORAGE_KEY]: JSON.stringify(stored) });
  const store = createProgressStore(() => storage);
  await store.persist.rehydrate();
  return { store, storage };
}

const assignment = {
  id: 'k3x9a2bq',
  cohort: '华东区一期',
  due: '2026-12-31',
  required: { whole: false, modules: ['06-bidding'], simulators: ['bidding' as const], exam: true },
};

describe('progress migration v1 → v2 (assignment added)', () => {
  it('is at version 2', () => expect(PROGRESS_VERSION).toBe(2));

  it('loads v1 data unchanged, with no assignment, and writes it back as v2', async () => {
    const { store, storage } = await load({ state: v1State, version: 1 });
    const s = store.getState();
    expect(persistedPart(s)).toEqual({ ...v1State, simulators: { trust: { ...v1State.simulators.trust, snapshotVersion: 2 } } });
    expect(s.assignment).toBeUndefined();
    expect(s.resetNotice).toEqual([]);
    expect(JSON.parse(storage.dump()[PROGRESS_STORAGE_KEY]!).version).toBe(2);
  });

  it('drops a stray assignment key from v1 data instead of trusting it', () => {
    expect(migrateProgress({ ...v1State, assignment: { id: 'zzzz' } }, 1)).not.toHaveProperty('assignment');
    expect(migrateProgress('garbage', 1)).toBe('garbage');
  });

  it('keeps an assignment through a reload, replaces it with a newer link, and a reset removes it', async () => {
    const first = await load({ state: v1State, version: 1 });
    first.store.getState().setAssignment(assignment);
    const again = await load(JSON.parse(first.storage.dump()[PROGRESS_STORAGE_KEY]!));
    expect(again.store.getState().assignment).toMatchObject({ ...assignment, receivedAt: expect.stringMatching(/^\d{4}-/) });
    again.store.getState().setAssignment({ ...assignment, id: 'other123', cohort: '二期' });
    expect(again.store.getState().assignment!.cohort).toBe('二期');
    again.store.getState().resetAll();
    expect(again.store.getState().assignment).toBeUndefined();
  });

  it('drops a corrupted stored assignment, names it, and keeps the rest', async () => {
    const { store } = await load({ state: { ...v1State, assignment: { ...assignment, due: '31.12.2026', receivedAt: '2026-11-02T00:00:00Z' } }, version: 2 });
    expect(store.getState().assignment).toBeUndefined();
    expect(store.getState().resetNotice).toEqual(['学习任务']);
    expect(store.getState().learner.name).toBe('李娜');
  });
});
