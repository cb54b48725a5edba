import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../../src/progress/store';
import { memoryStorage } from '../../../src/progress/storage';
import { PROGRESS_STORAGE_KEY, PROGRESS_VERSION } from '../../../src/progress/types';

async function storeWith(initial?: string) {
  const storage = memoryStorage(initial === undefined ? {} : { [PROGRESS_STORAGE_KEY]: initial });
  const store = createProgressStore(() => storage);
  await store.persist.rehydrate();
  return { store, storage };
}

const saved = (storage: ReturnType<typeof memoryStorage>) => JSON.parse(storage.dump()[PROGRESS_STORAGE_KEY]!);

describe('progress store', () => {
  it('starts empty and persists actions with the current version', async () => {
    const { store, storage } = await storeWith();
    expect(store.getState().modules).toEqual({});
    store.getState().markRead('06-bidding');
    store.getState().recordQuizAttempt('06-bidding', { percent: 60, passed: false, questionIds: ['q06-01'], answers: {} });
    store.getState().recordQuizAttempt('06-bidding', { percent: 90, passed: true, questionIds: ['q06-02'], answers: {} });
    store.getState().recordQuizAttempt('06-bidding', { percent: 70, passed: false, questionIds: ['q06-03'], answers: {} });
    const s = saved(storage);
    expect(s.version).toBe(PROGRESS_VERSION);
    expect(s.state.modules['06-bidding'].readAt).toMatch(/^\d{4}-/);
    expect(s.state.quizzes['06-bidding']).toMatchObject({ attempts: 3, bestPercent: 90, lastPercent: 70, passed: true, lastQuestionIds: ['q06-03'] });
    expect(s.state.resetNotice).toBeUndefined();
    expect(typeof s.state.markRead).toBe('undefined');
  });

  it('keeps the first read time and the furthest reading position', async () => {
    const { store } = await storeWith();
    store.getState().markVisited('01-decision-chain', 0.4);
    store.getState().markVisited('01-decision-chain', 0.2);
    expect(store.getState().modules['01-decision-chain']!.furthest).toBe(0.4);
    store.getState().markRead('01-decision-chain');
    const first = store.getState().modules['01-decision-chain']!.readAt;
    store.getState().markRead('01-decision-chain');
    expect(store.getState().modules['01-decision-chain']!.readAt).toBe(first);
  });

  it('restores what another session saved', async () => {
    const a = await storeWith();
    a.store.getState().setCheck('06-bidding', 'seal-1', true);
    a.store.getState().setLearner({ name: '王磊' });
    const b = await storeWith(a.storage.dump()[PROGRESS_STORAGE_KEY]);
    expect(b.store.getState().modules['06-bidding']!.checks).toEqual({ 'seal-1': true });
    expect(b.store.getState().learner.name).toBe('王磊');
    expect(b.store.getState().resetNotice).toEqual([]);
  });

  it('survives text that is not JSON and says so', async () => {
    const { store } = await storeWith('{not json');
    expect(store.getState().modules).toEqual({});
    expect(store.getState().resetNotice.join()).toContain('全部学习记录');
    store.getState().markRead('02-key-person-channel');
    expect(store.getState().modules['02-key-person-channel']!.readAt).toBeTruthy();
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['an array', '[1,2]'],
    ['state is a string', JSON.stringify({ state: 'x', version: PROGRESS_VERSION })],
  ])('survives stored %s', async (_label, text) => {
    const { store } = await storeWith(text);
    expect(store.getState().quizzes).toEqual({});
    expect(() => store.getState().markRead('x')).not.toThrow();
  });

  it('keeps the valid parts of partly corrupted data and names what was reset', async () => {
    const text = JSON.stringify({
      version: PROGRESS_VERSION,
      state: {
        learner: { name: '李娜', employeeId: 'E-7' },
        modules: { '01-decision-chain': { readAt: '2026-11-01T08:00:00.000Z' }, '02-key-person-channel': { readAt: 'yesterday' }, '<script>': {} },
        quizzes: { '01-decision-chain': { attempts: 2, bestPercent: 85, passed: true }, '02-x': { attempts: -1, bestPercent: 500, passed: 'yes' } },
        simulators: 'garbage',
        lastLocation: { href: 'https://evil.example/', title: 'x', at: '2026-11-01T08:00:00.000Z' },
      },
    });
    const { store } = await storeWith(text);
    const s = store.getState();
    expect(s.learner).toEqual({ name: '李娜', employeeId: 'E-7' });
    expect(Object.keys(s.modules)).toEqual(['01-decision-chain']);
    expect(Object.keys(s.quizzes)).toEqual(['01-decision-chain']);
    expect(s.quizzes['01-decision-chain']).toMatchObject({ attempts: 2, bestPercent: 85, passed: true, lastQuestionIds: [] });
    expect(s.simulators).toEqual({});
    expect(s.lastLocation).toBeUndefined();
    expect(s.resetNotice).toEqual(expect.arrayContaining(['章节「02-key-person-channel」', '测验「02-x」', '模拟演练', '上次学习位置']));
  });

  it('migrates data stored under an older version through the sanitizer', async () => {
    const text = JSON.stringify({ version: 0, state: { modules: { '03-account-contact': { readAt: '2026-10-01T00:00:00.000Z' } }, quizzes: 'old' } });
    const { store, storage } = await storeWith(text);
    expect(store.getState().modules['03-account-contact']!.readAt).toBe('2026-10-01T00:00:00.000Z');
    expect(store.getState().resetNotice).toContain('测验');
    // Migration writes the upgraded shape back under the current version.
    expect(saved(storage).version).toBe(PROGRESS_VERSION);
  });

  it('keeps the best simulator result and drops the snapshot at the end of a game', async () => {
    const { store } = await storeWith();
    const g = store.getState;
    g().saveSimulatorSnapshot('objection', { value: 'analysis' }, ['a', 'b']);
    expect(g().simulators.objection).toMatchObject({ snapshot: { value: 'analysis' }, snapshotVersion: PROGRESS_VERSION, path: ['a', 'b'] });
    g().recordSimulatorResult('objection', { outcome: 'win', score: 88 });
    g().clearSimulatorSnapshot('objection');
    g().recordSimulatorResult('objection', { outcome: 'compliance', score: 0 });
    expect(g().simulators.objection).toEqual(expect.objectContaining({ plays: 2, bestScore: 88, bestOutcome: 'win', lastOutcome: 'compliance' }));
    expect(g().simulators.objection!.snapshot).toBeUndefined();
  });

  it('does not throw when the storage itself refuses to work', async () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = createProgressStore(() => broken);
    await store.persist.rehydrate();
    expect(() => store.getState().markRead('01-decision-chain')).not.toThrow();
    expect(store.getState().modules['01-decision-chain']!.readAt).toBeTruthy();
  });
});
