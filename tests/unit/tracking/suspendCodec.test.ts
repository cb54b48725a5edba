import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { decodeSuspend, encodeSuspend, SCORM12_SUSPEND_LIMIT, type SuspendState } from '../../../src/tracking/suspendCodec';
import { sanitizeProgress } from '../../../src/progress/sanitize';
import { PROGRESS_VERSION } from '../../../src/progress/types';
import { fullState } from './fullState';

const dayStart = (iso: string) => new Date(Math.floor(Date.parse(iso) / 86_400_000) * 86_400_000).toISOString();

describe('suspend codec', () => {
  it('fits the whole course of a learner who has done everything into SCORM 1.2 suspend data', () => {
    const { state, checkCount, answerCount } = fullState();
    // The maximal state is built from the real content: fail loudly if the content shrank under the test.
    expect(Object.keys(state.modules)).toHaveLength(11);
    expect(checkCount).toBeGreaterThan(100);
    expect(Object.keys(state.quizzes)).toHaveLength(12);
    expect(answerCount).toBeGreaterThanOrEqual(11 * 8 + 30);
    const { text, dropped } = encodeSuspend(state, PROGRESS_VERSION);
    console.info(`full-course suspend data: ${text.length} characters (limit ${SCORM12_SUSPEND_LIMIT}); JSON would be ${JSON.stringify(state).length}`);
    expect(dropped).toEqual([]);
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    expect(text).toMatch(/^K1[A-Za-z0-9+/]+=*$/); // ASCII only: safe in any LMS field
  });

  it('round-trips everything that matters; dates keep their day', () => {
    const { state } = fullState();
    const back = decodeSuspend(encodeSuspend(state, PROGRESS_VERSION).text);
    if (!back.ok) throw new Error(back.error);
    expect(back.progressVersion).toBe(PROGRESS_VERSION);
    expect(back.state.learner).toEqual(state.learner);
    expect(back.state.assignment).toEqual(state.assignment); // an unknown (newer) field travels as it is
    for (const [slug, m] of Object.entries(state.modules)) {
      expect(back.state.modules[slug]).toEqual({ ...m, readAt: dayStart(m.readAt!), lastSeenAt: dayStart(m.lastSeenAt!) });
    }
    for (const [id, q] of Object.entries(state.quizzes)) expect(back.state.quizzes[id]).toEqual({ ...q, lastAt: dayStart(q.lastAt!) });
    for (const [id, s] of Object.entries(state.simulators)) expect(back.state.simulators[id]).toEqual({ ...s, completedAt: dayStart(s.completedAt!) });
    expect(back.state.lastLocation).toEqual({ ...state.lastLocation!, at: dayStart(state.lastLocation!.at) });
    // …and the store accepts it without dropping anything.
    expect(sanitizeProgress(back.state).dropped).toEqual([]);
  });

  it('keeps an unfinished quiz and game exactly, when there is room', () => {
    const state: SuspendState = {
      learner: { name: '', employeeId: '' },
      modules: { '06-bidding': { lastSeenAt: '2026-04-02T10:00:00.000Z', furthest: 0.37, checks: { 'bid-doc-final-2': true, 'bid-doc-final-3': false, odd_id: true } } },
      quizzes: {
        'final-exam': {
          attempts: 0, bestPercent: 0, lastPercent: 0, passed: false, lastQuestionIds: [], lastAnswers: {},
          draft: { seed: 123456, questionIds: ['q01-01', 'q06-02', 'q07-03'], answers: { 'q01-01': 'b', 'q07-03': { p1: 'p2' } }, submitted: ['q01-01'], index: 1, startedAt: '2026-04-02T10:15:31.000Z' },
        },
      },
      simulators: { bidding: { plays: 0, bestScore: 0, snapshot: { value: 'step3', context: { trust: 40 } }, snapshotVersion: 1, path: ['a', 'c'] } },
    };
    const back = decodeSuspend(encodeSuspend(state, 1).text);
    if (!back.ok) throw new Error(back.error);
    expect(back.state.quizzes['final-exam']!.draft).toEqual(state.quizzes['final-exam']!.draft);
    expect(back.state.simulators.bidding).toEqual(state.simulators.bidding);
    expect(back.state.modules['06-bidding']).toEqual({ lastSeenAt: '2026-04-02T00:00:00.000Z', furthest: 0.37, checks: { 'bid-doc-final-2': true, odd_id: true } });
  });

  it('leaves out the least needed parts first when the limit is tight, and says which', () => {
    const { state } = fullState();
    state.simulators.bidding = { ...state.simulators.bidding!, snapshot: { big: 'x'.repeat(3000) }, snapshotVersion: 1, path: [] };
    const full = encodeSuspend(state, 1, 100_000);
    const tight = encodeSuspend(state, 1, 1500);
    expect(full.dropped).toEqual([]);
    expect(tight.text.length).toBeLessThanOrEqual(1500);
    expect(tight.dropped.slice(0, 3)).toEqual(['模拟演练进行中的进度', '未交卷的测验', '测验的上次作答']);
    const back = decodeSuspend(tight.text);
    if (!back.ok) throw new Error(back.error);
    expect(back.state.quizzes['final-exam']!.bestPercent).toBe(96.7); // results survive every tier
    expect(back.state.modules['01-decision-chain']!.readAt).toBeTruthy();
    expect(encodeSuspend(state, 1, 10)).toEqual({ text: '', dropped: expect.arrayContaining(['全部进度（超出长度限制）']) });
  });

  it('refuses corrupt suspend data with a reason instead of half-applying it', () => {
    const { state } = fullState();
    const good = encodeSuspend(state, 1).text;
    const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
    const deflated = (s: string) => 'K1' + b64(deflateSync(new TextEncoder().encode(s)));
    const bad: unknown[] = [
      undefined, null, 42, '', 'hello', 'K2' + good.slice(2), 'K1%%%not base64', good.slice(0, good.length - 20), good.slice(0, 2) + 'A' + good.slice(3),
      deflated('not json'), deflated('{"a":1}'), deflated('[1,0,["a"],"x",[],[],0,{}]'), deflated('[1,0,["",""],[["m",1,1,50,["list:zz!"]]],[],[],0,{}]'),
      deflated('[1,0,["",""],[],[["q",1,2,3,1,0,"not ids",[],0]],[],0,{}]'), deflated('[1,0,["",""],[],[],[],0,[]]'),
      'K1' + b64(deflateSync(new Uint8Array(2_000_000))), // a zip bomb stays bounded
    ];
    for (const text of bad) {
      const r = decodeSuspend(text);
      expect(r.ok, `accepted ${String(text).slice(0, 40)}`).toBe(false);
    }
  });
});
