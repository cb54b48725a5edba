// The SCORM adapters against scorm-again's real runtimes (the same LMS the e2e tests use), plus fake APIs
// that refuse, throw or vanish.
import { describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { ScormAdapter, scorm12Dialect, scorm2004Dialect } from '../../../src/tracking/scorm';
import type { WindowLike } from '../../../src/tracking/findApi';
import type { InteractionRecord, LmsReport } from '../../../src/tracking/types';

const quiet = { logLevel: 5 as const };
const frame = (props: Record<string, unknown>): WindowLike => {
  const top: WindowLike = { ...props };
  top.parent = top;
  const course: WindowLike = { parent: top };
  return course;
};
const interaction = (id: string, result: 'correct' | 'incorrect' = 'correct'): InteractionRecord => ({
  id, type: 'choice', response: ['b'], correct: ['b'], result, description: '谁拍板？', weighting: 1, at: '2026-03-05T08:00:00.000Z',
});
const report = (over: Partial<LmsReport> = {}): LmsReport => ({
  completion: 'incomplete', success: 'unknown', progress: 0.25, location: 'modules/01-decision-chain/index.html', suspendData: 'K1abc',
  sessionSeconds: 65.5, interactions: [], judgedAttempts: 0, ...over,
});

describe('SCORM 1.2 adapter on scorm-again', () => {
  it('reads the launch data, reports status, bookmark, suspend data, time and interactions, then finishes', async () => {
    const api = new Scorm12API(quiet);
    api.cmi.core.student_id = 'u-7';
    api.cmi.core.student_name = 'Wang, Lei';
    api.loadFromJSON({ core: { lesson_location: 'quizzes/x/index.html', entry: 'resume' }, suspend_data: 'K1old' });
    const a = new ScormAdapter(scorm12Dialect, frame({ API: api }));
    expect(await a.start()).toEqual({ connected: true, suspendData: 'K1old', location: 'quizzes/x/index.html', learnerId: 'u-7', learnerName: 'Wang, Lei', mode: 'normal' });

    expect(await a.write(report({ interactions: [interaction('ch1-a1-q01-01'), interaction('ch1-a1-q01-02', 'incorrect')] }))).toBe(true);
    const v = (el: string) => api.LMSGetValue(el);
    expect([v('cmi.core.lesson_status'), v('cmi.core.lesson_location'), v('cmi.suspend_data'), v('cmi.interactions._count')]).toEqual(['incomplete', 'modules/01-decision-chain/index.html', 'K1abc', '2']);
    const cmi = JSON.parse(JSON.stringify(api.cmi)); // what the LMS stores, write-only elements included
    expect(cmi.core.exit).toBe('suspend');
    expect(cmi.core.session_time).toMatch(/^0*:01:05\.5/);
    expect([cmi.interactions['0'].student_response, cmi.interactions['0'].result, cmi.interactions['1'].result]).toEqual(['b', 'correct', 'wrong']);

    // The same interactions are not recorded twice; the exam score appears with a verdict.
    const done = report({ completion: 'completed', success: 'passed', progress: 1, score: { raw: 96.7, min: 0, max: 100, scaled: 0.967 }, interactions: [interaction('ch1-a1-q01-01')] });
    expect(await a.write(done)).toBe(true);
    expect([v('cmi.core.lesson_status'), v('cmi.core.score.raw'), v('cmi.interactions._count')]).toEqual(['passed', '96.7', '2']);
    a.finish(done);
    expect(api.isTerminated()).toBe(true);
    expect(await a.write(done)).toBe(false);
  });

  it('does not let a mastery score pass a learner who has not finished the course', async () => {
    const api = new Scorm12API(quiet);
    const a = new ScormAdapter(scorm12Dialect, frame({ API: api }));
    await a.start();
    await a.write(report({ success: 'passed', score: { raw: 90, min: 0, max: 100, scaled: 0.9 } }));
    expect([api.LMSGetValue('cmi.core.lesson_status'), api.cmi.core.score.raw]).toEqual(['incomplete', '']);
  });

  it('joins a session another page of the course already initialized', async () => {
    const api = new Scorm12API(quiet);
    api.LMSInitialize('');
    const a = new ScormAdapter(scorm12Dialect, frame({ API: api }));
    expect((await a.start()).connected).toBe(true);
    expect(await a.write(report())).toBe(true);
  });
});

describe('SCORM 2004 adapter on scorm-again', () => {
  it('keeps completion, success, progress and the scaled score apart', async () => {
    const api = new Scorm2004API(quiet);
    const a = new ScormAdapter(scorm2004Dialect, frame({ API_1484_11: api }));
    await a.start();
    const r = report({ completion: 'incomplete', success: 'passed', progress: 0.941, score: { raw: 85, min: 0, max: 100, scaled: 0.85 }, interactions: [interaction('ch1-a1-q01-01')] });
    expect(await a.write(r)).toBe(true);
    const v = (el: string) => api.GetValue(el);
    expect(['cmi.completion_status', 'cmi.success_status', 'cmi.progress_measure', 'cmi.score.scaled', 'cmi.score.raw', 'cmi.location', 'cmi.exit'].map(v))
      .toEqual(['incomplete', 'passed', '0.941', '0.85', '85', 'modules/01-decision-chain/index.html', '']);
    const cmi = JSON.parse(JSON.stringify(api.cmi)); // what the LMS stores, write-only elements included
    expect(cmi.exit).toBe('suspend');
    expect(cmi.session_time).toBe('PT1M5.5S');
    expect([v('cmi.interactions.0.id'), v('cmi.interactions.0.learner_response'), v('cmi.interactions.0.description'), v('cmi.interactions.0.timestamp')])
      .toEqual(['ch1-a1-q01-01', 'b', '谁拍板？', '2026-03-05T08:00:00.00Z']);
  });

  it('in review mode changes only the bookmark and suspend data', async () => {
    const api = new Scorm2004API(quiet);
    api.cmi.mode = 'review';
    const a = new ScormAdapter(scorm2004Dialect, frame({ API_1484_11: api }));
    expect((await a.start()).mode).toBe('review');
    await a.write(report({ completion: 'completed', success: 'passed', score: { raw: 90, min: 0, max: 100, scaled: 0.9 } }));
    expect([api.GetValue('cmi.completion_status'), api.GetValue('cmi.success_status'), api.GetValue('cmi.suspend_data')]).toEqual(['unknown', 'unknown', 'K1abc']);
  });
});

describe('an LMS that misbehaves', () => {
  const fake = (behaviour: { commit?: () => unknown; set?: () => unknown; init?: () => unknown }) => {
    const calls: string[] = [];
    const api = {
      LMSInitialize: () => (calls.push('init'), behaviour.init ? behaviour.init() : 'true'),
      LMSGetValue: () => '',
      LMSSetValue: (el: string) => (calls.push(el), behaviour.set ? behaviour.set() : 'true'),
      LMSCommit: () => (calls.push('commit'), behaviour.commit ? behaviour.commit() : 'true'),
      LMSFinish: () => (calls.push('finish'), 'true'),
      LMSGetLastError: () => '0',
    };
    return { api, calls };
  };

  it('a commit that says false makes write() resolve false', async () => {
    const { api } = fake({ commit: () => 'false' });
    const a = new ScormAdapter(scorm12Dialect, frame({ API: api }));
    await a.start();
    expect(await a.write(report())).toBe(false);
  });

  it('an API that throws never throws through, and is looked up again next time', async () => {
    const { api } = fake({ set: () => { throw new Error('boom'); } });
    const win = frame({ API: api });
    const a = new ScormAdapter(scorm12Dialect, win);
    await a.start();
    await expect(a.write(report())).resolves.toBe(false);
    expect(() => a.finish(report())).not.toThrow();
  });

  it('an API that vanishes and comes back gets everything again', async () => {
    const first = fake({});
    const top: WindowLike = { API: first.api };
    top.parent = top;
    const a = new ScormAdapter(scorm12Dialect, { parent: top });
    await a.start();
    expect(await a.write(report())).toBe(true);
    first.api.LMSSetValue = () => { throw new Error('frame gone'); };
    delete top.API;
    expect(await a.write(report({ suspendData: 'K1new' }))).toBe(false);
    const second = fake({});
    top.API = second.api;
    expect(await a.write(report({ suspendData: 'K1new' }))).toBe(true);
    expect(second.calls).toEqual(expect.arrayContaining(['init', 'cmi.core.lesson_status', 'cmi.suspend_data', 'commit']));
  });

  it('no API at all: not connected, writes refused quietly', async () => {
    const a = new ScormAdapter(scorm2004Dialect, frame({}));
    expect((await a.start()).connected).toBe(false);
    expect(await a.write(report())).toBe(false);
    expect(() => a.finish(report())).not.toThrow();
  });
});
