import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord, findRecordCodes, recordFile } from '../../../src/hr/record';
import { requirementStatus } from '../../../src/hr/items';
import { seal } from '../../../src/hr/envelope';
import { COURSE_VERSION } from '../../../src/hr/version';
import { courseStatus } from '../../../src/course/completion';
import { assignment, completeProgress, modules } from './fixtures';

const now = new Date('2026-11-21T08:30:45.000Z');

describe('completion records', () => {
  it('round-trip: learner, assignment, scores and times survive, and completion rules agree', () => {
    const p = completeProgress();
    p.assignment = { ...assignment, receivedAt: '2026-11-02T01:00:00.000Z' };
    p.simulators.trust = { plays: 3, bestScore: 40, bestOutcome: 'compliance', completedAt: '2026-11-19T02:00:00.000Z' };
    const code = encodeRecord(p, modules, now);
    expect(code).toMatch(/^KR1\./);
    expect(code.length).toBeLessThan(1200);
    const result = decodeRecord(code, modules);
    if (!result.ok) throw new Error(result.error);
    const r = result.record;
    expect(r).toMatchObject({ name: '王磊', employeeId: 'E-1024', courseVersion: COURSE_VERSION, exportedAt: '2026-11-21T08:30:00.000Z', assignment });
    expect(r.id).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(r.progress.quizzes['06-bidding']).toMatchObject({ bestPercent: 90, passed: true, lastAt: '2026-11-20T02:00:00.000Z' });
    expect(r.progress.simulators.trust).toMatchObject({ bestScore: 40, bestOutcome: 'compliance' });
    expect(r.progress.quizzes['final-exam']!.bestPercent).toBe(92);
    expect(courseStatus(r.progress, modules)).toEqual(courseStatus(p, modules));
    expect(requirementStatus(r.progress, assignment.required, modules).complete).toBe(true);
  });

  it('gives the same id to the same results exported twice, and another id when results change', () => {
    const p = completeProgress();
    const a = decodeRecord(encodeRecord(p, modules, now), modules);
    const b = decodeRecord(encodeRecord(p, modules, new Date('2026-12-01T00:00:00Z')), modules);
    p.quizzes['final-exam']!.bestPercent = 95;
    const c = decodeRecord(encodeRecord(p, modules, now), modules);
    expect(a.ok && b.ok && a.record.id === b.record.id).toBe(true);
    expect(a.ok && c.ok && a.record.id !== c.record.id).toBe(true);
  });

  it('detects corruption anywhere in the code', () => {
    const code = encodeRecord(completeProgress(), modules, now);
    const cases = [code.slice(0, -1), code.slice(0, 60), code.replace(/\.(.)/, (_m, ch: string) => `.${ch === 'e' ? 'f' : 'e'}`), code.slice(0, -8) + '00000000'];
    for (const bad of cases) expect(decodeRecord(bad, modules)).toEqual({ ok: false, error: expect.stringContaining('记录已损坏（校验不通过）') });
    expect(decodeRecord('a shopping list', modules)).toEqual({ ok: false, error: expect.stringContaining('不是本课程的完成记录') });
  });

  it('explains a record from another course version or a newer format', () => {
    const other = seal('KR', 1, { v: '2025.3', n: '李娜', e: '', t: 29_000_000, m: [], s: [] });
    expect(decodeRecord(other, modules)).toEqual({ ok: false, error: `记录来自不同版本的课程（v2025.3，本页为 v${COURSE_VERSION}），请让学员更新后重新导出。` });
    expect(decodeRecord(other, modules, { anyCourseVersion: true }).ok).toBe(true);
    expect(decodeRecord('KR2.abc.12345678', modules)).toEqual({ ok: false, error: expect.stringContaining('第 2 版') });
  });

  it('rejects well-sealed content that makes no sense, with the reason', () => {
    const sealed = (payload: object) => decodeRecord(seal('KR', 1, { v: COURSE_VERSION, n: '李娜', e: '', t: 29_000_000, m: [], s: [], ...payload }), modules);
    expect(sealed({ n: '  ' })).toEqual({ ok: false, error: expect.stringContaining('缺少学员姓名') });
    expect(sealed({ m: [[12, 0, 1, 0, 0, 0, 0]] })).toEqual({ ok: false, error: expect.stringContaining('没有第 12 章') });
    expect(sealed({ m: [[1, 0, 1, 1, 300, 1, 0]] })).toEqual({ ok: false, error: expect.stringContaining('超出范围') });
    expect(sealed({ s: [['poker', 1, 50, 3, 0]] })).toEqual({ ok: false, error: expect.stringContaining('poker') });
    expect(sealed({ a: { i: 'x' } })).toEqual({ ok: false, error: expect.stringContaining('学习任务有误') });
    expect(sealed({})).toMatchObject({ ok: true });
  });

  it('finds codes in a record file and in pasted chat text, damaged ones included', () => {
    const p = completeProgress();
    const code = encodeRecord(p, modules, now);
    expect(findRecordCodes(recordFile(code, p, now))).toEqual([code]);
    expect(findRecordCodes(`王磊：${code}\n李娜：KR1.brokenpart`)).toEqual([code, 'KR1.brokenpart']);
    expect(findRecordCodes('没有代码 WORKR1.x')).toEqual([]);
  });
});
