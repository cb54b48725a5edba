import { describe, expect, it } from 'vitest';
import { assignmentLink, createAssignment, decodeAssignment, encodeAssignment } from '../../../src/hr/assignment';
import { assignment } from './fixtures';

describe('assignment links', () => {
  it('round-trips chosen items and the whole course, and stays short enough for a QR code', () => {
    const code = encodeAssignment(assignment);
    expect(code).toMatch(/^A1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(code.length).toBeLessThan(200);
    expect(decodeAssignment(code)).toEqual({ ok: true, assignment });
    const whole = { ...assignment, required: { whole: true, modules: [], simulators: [], exam: false } };
    expect(decodeAssignment(encodeAssignment(whole))).toEqual({ ok: true, assignment: whole });
  });

  it('reads the code out of a whole link, with or without percent-encoding', () => {
    const link = assignmentLink('https://intranet.example/kam/assignment/', assignment);
    expect(link).toMatch(/^https:\/\/intranet\.example\/kam\/assignment\/#A1\./);
    expect(decodeAssignment(link)).toMatchObject({ ok: true, assignment: { cohort: assignment.cohort } });
    expect(decodeAssignment(link.replace('#', '#%20'))).toMatchObject({ ok: true });
  });

  it('detects a damaged or truncated link', () => {
    const code = encodeAssignment(assignment);
    const flipped = code.slice(0, 10) + (code[10] === 'a' ? 'b' : 'a') + code.slice(11);
    for (const bad of [flipped, code.slice(0, -3), code.slice(0, 40)]) {
      expect(decodeAssignment(bad)).toEqual({ ok: false, error: expect.stringContaining('已损坏（校验不通过）') });
    }
    expect(decodeAssignment('https://x/assignment/')).toEqual({ ok: false, error: expect.stringContaining('# 后面的部分缺失') });
    expect(decodeAssignment('hello')).toEqual({ ok: false, error: expect.stringContaining('不是本课程') });
    expect(decodeAssignment('A9.abc.00000000')).toEqual({ ok: false, error: expect.stringContaining('更新版本') });
  });

  it('checks HR’s form and says what to fix', () => {
    const today = '2026-11-20';
    const req = { whole: false, modules: [], simulators: [], exam: false };
    expect(createAssignment({ cohort: ' ', due: '2026-12-01', required: req }, today)).toEqual({ ok: false, error: '请填写班级或批次名称。' });
    expect(createAssignment({ cohort: '一期', due: '', required: req }, today)).toEqual({ ok: false, error: '请选择截止日期。' });
    expect(createAssignment({ cohort: '一期', due: '2026-11-19', required: req }, today)).toMatchObject({ ok: false, error: expect.stringContaining('早于今天') });
    expect(createAssignment({ cohort: '一期', due: '2026-11-20', required: req }, today)).toMatchObject({ ok: false, error: expect.stringContaining('至少选择一项') });
    const made = createAssignment({ cohort: ' 一期 ', due: '2026-11-20', required: { ...req, simulators: ['trust'] } }, today, () => 0.5);
    expect(made).toEqual({
      ok: true,
      assignment: { id: 'iiiiiiii', cohort: '一期', due: '2026-11-20', createdOn: today, required: { whole: false, modules: [], simulators: ['trust'], exam: false } },
    });
  });
});
