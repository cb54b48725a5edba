import { describe, expect, it } from 'vitest';
import { certificateFor } from '../../../src/hr/certificate';
import { decodeRecord, encodeRecord } from '../../../src/hr/record';
import { requirementStatus } from '../../../src/hr/items';
import { completeProgress, modules } from './fixtures';

describe('certificate and required items', () => {
  it('lists what is missing instead of a certificate', () => {
    const p = completeProgress();
    p.simulators.objection = { plays: 1, bestScore: 0, bestOutcome: 'compliance' };
    p.quizzes['final-exam']!.bestPercent = 70;
    delete p.modules['11-collection'];
    expect(certificateFor(p, modules)).toEqual({
      complete: false,
      done: 14,
      total: 17,
      missing: ['第11章 回款', '模拟演练：质疑/异议/投诉（合规失败，需重玩）', '结业考试'],
    });
  });

  it('gives name, date, exam score and the id the exported record carries', () => {
    const p = completeProgress('王<b>磊</b>', '2026-11-20T02:00:00.000Z');
    const cert = certificateFor(p, modules);
    const record = decodeRecord(encodeRecord(p, modules), modules);
    expect(cert).toEqual({ complete: true, name: '王<b>磊</b>', employeeId: 'E-1024', date: '2026-11-20', examScore: 92, recordId: record.ok ? record.record.id : 'x' });
  });

  it('a chosen-items assignment is complete when its items are, even if the course is not', () => {
    const p = completeProgress();
    delete p.modules['02-key-person-channel'];
    const req = { whole: false, modules: ['01-decision-chain'], simulators: ['contact' as const], exam: false };
    expect(requirementStatus(p, req, modules)).toMatchObject({ complete: true, done: 2, total: 2 });
    expect(requirementStatus(p, undefined, modules)).toMatchObject({ complete: false, done: 16, total: 17 });
  });
});
