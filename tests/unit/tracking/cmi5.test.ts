import { describe, expect, it } from 'vitest';
import { Cmi5Adapter, launchParams, PROGRESS_STATE_ID } from '../../../src/tracking/cmi5';
import { CATEGORY_CMI5, CATEGORY_MOVEON, dueStatements, type Cmi5Session, type SentFlags } from '../../../src/tracking/cmi5Statements';
import type { LmsReport } from '../../../src/tracking/types';

const session = (launchMode: 'Normal' | 'Browse' | 'Review' = 'Normal', masteryScore?: number): Cmi5Session => ({
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.invalid', name: 'u-1' } },
  activityId: 'https://lms.invalid/a/1', registration: 'reg-1', startedAt: Date.parse('2026-03-05T08:00:00Z'),
  launch: { contextTemplate: { contextActivities: { grouping: [{ id: 'https://course.invalid/kam/au/course' }] }, extensions: { sid: 's-1' } }, launchMode, moveOn: 'CompletedAndPassed', masteryScore },
});
const fresh = (): SentFlags => ({ completed: false, passed: false, failedAttempts: 0, progress: 0, judgedThisSession: false });
const report = (over: Partial<LmsReport> = {}): LmsReport => ({
  completion: 'incomplete', success: 'unknown', progress: 0.3, location: '', suspendData: 'K1', sessionSeconds: 1, interactions: [], judgedAttempts: 0, ...over,
});
const now = new Date('2026-03-05T09:30:00Z');
const verbs = (r: { statements: { verb: { id: string } }[] }) => r.statements.map((s) => s.verb.id.split('/').pop());
const score = (scaled: number) => ({ raw: scaled * 100, min: 0, max: 100, scaled });

describe('cmi5 statements due', () => {
  it('progress while learning, then passed and completed once each, with the context template kept', () => {
    let r = dueStatements(session(), report(), fresh(), now);
    expect(verbs(r)).toEqual(['progressed']);
    expect(r.statements[0]!.result).toEqual({ extensions: { 'https://w3id.org/xapi/cmi5/result/extensions/progress': 30 } });
    expect(verbs(dueStatements(session(), report(), r.next, now))).toEqual([]); // no change, nothing sent

    const done = report({ completion: 'completed', success: 'passed', progress: 1, score: score(0.9), judgedAttempts: 1 });
    r = dueStatements(session(), done, r.next, now);
    expect(verbs(r)).toEqual(['passed', 'completed']);
    const [passed, completed] = r.statements as Record<string, any>[];
    expect(passed!.result).toEqual({ success: true, score: { scaled: 0.9, raw: 90, min: 0, max: 100 }, duration: 'PT1H30M' });
    expect(completed!.result).toEqual({ completion: true, duration: 'PT1H30M' });
    for (const s of [passed!, completed!]) {
      expect(s.context.registration).toBe('reg-1');
      expect(s.context.extensions).toEqual({ sid: 's-1' });
      expect(s.context.contextActivities.grouping).toEqual([{ id: 'https://course.invalid/kam/au/course' }]);
      expect(s.context.contextActivities.category.map((c: { id: string }) => c.id)).toEqual([CATEGORY_CMI5, CATEGORY_MOVEON]);
      expect(s.object).toEqual({ id: 'https://lms.invalid/a/1', objectType: 'Activity' });
    }
    expect(verbs(dueStatements(session(), done, r.next, now))).toEqual([]);
    // A new session of the same registration: still never again.
    expect(verbs(dueStatements(session(), done, { ...r.next, judgedThisSession: false }, now))).toEqual([]);
  });

  it('failed once per new exam attempt, at most one verdict per session, never failed after passed', () => {
    const fail = (attempts: number) => report({ success: 'failed', score: score(0.6), judgedAttempts: attempts });
    let r = dueStatements(session(), fail(1), fresh(), now);
    expect(verbs(r)).toEqual(['failed', 'progressed']);
    expect(r.statements[0]!.result).toMatchObject({ success: false, score: { scaled: 0.6 } });
    // Another failed attempt in the same session: the spec allows one of Passed/Failed per session.
    expect(verbs(dueStatements(session(), fail(2), r.next, now))).toEqual([]);
    // A pass in the same session waits for the next session…
    const pass = report({ success: 'passed', score: score(0.85), judgedAttempts: 3 });
    expect(verbs(dueStatements(session(), pass, r.next, now))).toEqual([]);
    r = dueStatements(session(), pass, { ...r.next, judgedThisSession: false }, now);
    expect(verbs(r)).toEqual(['passed']);
    // …and after Passed, a worse attempt is never reported as Failed.
    expect(verbs(dueStatements(session(), fail(4), { ...r.next, judgedThisSession: false }, now))).toEqual([]);
  });

  it('judges by the masteryScore the LMS sets, over the course rule', () => {
    const r = report({ success: 'passed', score: score(0.85), judgedAttempts: 1 });
    expect(verbs(dueStatements(session('Normal', 0.9), r, fresh(), now))[0]).toBe('failed');
    expect(verbs(dueStatements(session('Normal', 0.8), r, fresh(), now))[0]).toBe('passed');
  });

  it('Browse and Review launches send no cmi5 verdicts or progress', () => {
    const done = report({ completion: 'completed', success: 'passed', progress: 1, score: score(1), judgedAttempts: 1 });
    expect(verbs(dueStatements(session('Browse'), done, fresh(), now))).toEqual([]);
    expect(verbs(dueStatements(session('Review'), done, fresh(), now))).toEqual([]);
  });
});

describe('cmi5 launch', () => {
  const params = { endpoint: 'https://lrs.invalid/xapi', fetch: 'https://lms.invalid/token?k=1', actor: JSON.stringify({ objectType: 'Agent', name: '王磊', account: { homePage: 'https://lms.invalid', name: 'u-1' } }), registration: 'reg-1', activityId: 'https://lms.invalid/a/1' };
  const search = '?' + new URLSearchParams(params).toString();

  it('reads the five launch parameters, or refuses', () => {
    expect(launchParams(search)).toMatchObject({ endpoint: 'https://lrs.invalid/xapi/', registration: 'reg-1', actor: { name: '王磊' } });
    expect(launchParams('?endpoint=x')).toBeNull();
    expect(launchParams(search.replace(/actor=[^&]+/, 'actor=%7Bbroken'))).toBeNull();
  });

  it('fetches the token once, reads LaunchData and stored progress, and talks only with the token', async () => {
    const calls: { method: string; url: string; auth?: string; body?: unknown }[] = [];
    let failStatements = 1;
    const fake = (async (input: string | URL, init: RequestInit = {}) => {
      const url = String(input);
      const auth = (init.headers as Record<string, string> | undefined)?.Authorization;
      calls.push({ method: init.method ?? 'GET', url, auth, body: init.body ? JSON.parse(String(init.body)) : undefined });
      const json = (status: number, data: unknown) => new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
      if (url.startsWith(params.fetch)) return json(200, { 'auth-token': 'dG9rZW4=' });
      if (url.includes('stateId=LMS.LaunchData')) return json(200, session().launch);
      if (url.includes(`stateId=${PROGRESS_STATE_ID}`) && (init.method ?? 'GET') === 'GET') return json(200, { suspend: 'K1saved', location: 'modules/x/index.html', sent: { completed: true, passed: false, failedAttempts: 0, progress: 100 } });
      if (url.includes('/statements') && failStatements-- > 0) return json(503, {});
      return json(url.includes('agents/profile') ? 404 : 200, {});
    }) as typeof fetch;
    const a = new Cmi5Adapter(search, fake);
    const launch = await a.start();
    expect(launch).toEqual({ connected: true, suspendData: 'K1saved', location: 'modules/x/index.html', learnerId: 'u-1', learnerName: '王磊', mode: 'normal' });
    expect(calls.filter((c) => c.url.startsWith(params.fetch))).toHaveLength(1);
    expect(calls.filter((c) => !c.url.startsWith(params.fetch)).every((c) => c.auth === 'Basic dG9rZW4=')).toBe(true);
    expect(calls.some((c) => c.url.includes('agents/profile') && c.url.includes('cmi5LearnerPreferences'))).toBe(true);

    // The first POST (initialized) failed: the statement waits and goes first with the next batch.
    const ok = await a.write(report({ success: 'passed', score: score(0.9), judgedAttempts: 1, completion: 'completed', progress: 1 }));
    expect(ok).toBe(true);
    const posts = calls.filter((c) => c.method === 'POST' && c.url.includes('/statements'));
    const lastBatch = posts.at(-1)!.body as { verb: { id: string } }[];
    expect(lastBatch.map((s) => s.verb.id.split('/').pop())).toEqual(['initialized', 'passed']); // completed was sent in an earlier session
    const put = calls.filter((c) => c.method === 'PUT').at(-1)!;
    expect(put.body).toMatchObject({ suspend: 'K1', sent: { completed: true, passed: true } });

    a.finish(report());
    const final = calls.filter((c) => c.method === 'POST' && c.url.includes('/statements')).at(-1)!.body as { verb: { id: string } }[];
    expect(final.map((s) => s.verb.id.split('/').pop())).toEqual(['terminated']);
    expect(await a.write(report())).toBe(false); // terminated: nothing more in this session
  });

  it('without a token there is no session, and nothing throws', async () => {
    const a = new Cmi5Adapter(search, (async () => new Response(JSON.stringify({ 'error-code': '1' }), { status: 200 })) as typeof fetch);
    expect((await a.start()).connected).toBe(false);
    expect(await a.write(report())).toBe(false);
    const b = new Cmi5Adapter(search, (async () => { throw new TypeError('offline'); }) as typeof fetch);
    expect((await b.start()).connected).toBe(false);
    expect(() => b.finish(report())).not.toThrow();
  });
});
