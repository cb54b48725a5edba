import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../../src/hr/record';
import { countByState, filterRows, mergeRecords, rosterRows } from '../../../src/hr/roster';
import { itemCell, itemColumns, rosterCsv, stateLabel } from '../../../src/hr/rosterTable';
import { readRoster, writeRoster } from '../../../src/hr/rosterStorage';
import { emptyProgress } from '../../../src/progress/types';
import { assignment, completeProgress, modules } from './fixtures';

const stored = { ...assignment, receivedAt: '2026-11-02T01:00:00.000Z' };
const at = (iso: string) => new Date(iso);

function learner(name: string, employeeId: string, done: boolean) {
  const p = done ? completeProgress(name) : emptyProgress();
  p.learner = { name, employeeId };
  p.assignment = stored;
  if (!done) p.modules['01-decision-chain'] = { readAt: '2026-11-05T02:00:00.000Z' };
  return p;
}

describe('roster merge', () => {
  it('adds good records, rejects a bad one with its reason and leaves the roster untouched by it', () => {
    const good = encodeRecord(learner('王磊', 'E-1', true), modules, at('2026-11-21T00:00:00Z'));
    const other = encodeRecord(learner('李娜', '', false), modules, at('2026-11-21T00:00:00Z'));
    const broken = good.slice(0, -2) + 'zz';
    const { roster, outcomes } = mergeRecords([], [
      { source: 'wang.json', code: good },
      { source: '粘贴的第 1 条', code: broken },
      { source: 'li.json', code: other },
    ], modules);
    expect(roster.map((e) => e.record.name)).toEqual(['王磊', '李娜']);
    expect(outcomes).toEqual([
      { source: 'wang.json', kind: 'added', name: '王磊' },
      { source: '粘贴的第 1 条', kind: 'rejected', error: expect.stringContaining('记录已损坏（校验不通过）') },
      { source: 'li.json', kind: 'added', name: '李娜' },
    ]);
  });

  it('keeps the newer record of the same learner, whichever order they arrive in', () => {
    const older = encodeRecord(learner('王磊', 'E-1', false), modules, at('2026-11-10T00:00:00Z'));
    const newer = encodeRecord(learner('王磊', 'e-1 ', true), modules, at('2026-11-21T00:00:00Z'));
    const a = mergeRecords([], [{ source: '1', code: older }, { source: '2', code: newer }], modules);
    expect(a.roster).toHaveLength(1);
    expect(a.roster[0]!.code).toBe(newer);
    expect(a.outcomes.map((o) => o.kind)).toEqual(['added', 'replaced']);
    const b = mergeRecords(a.roster, [{ source: '3', code: older }, { source: '4', code: newer }], modules);
    expect(b.roster[0]!.code).toBe(newer);
    expect(b.outcomes.map((o) => o.kind)).toEqual(['older', 'unchanged']);
  });

  it('tells learners apart by name when there is no employee number, and by assignment', () => {
    const a = encodeRecord(learner('王磊', '', false), modules, at('2026-11-10T00:00:00Z'));
    const b = encodeRecord(learner('王蕾', '', false), modules, at('2026-11-10T00:00:00Z'));
    const noTask = learner('王磊', '', false);
    delete noTask.assignment;
    const c = encodeRecord(noTask, modules, at('2026-11-10T00:00:00Z'));
    expect(mergeRecords([], [a, b, c].map((code, i) => ({ source: String(i), code })), modules).roster).toHaveLength(3);
  });
});

describe('roster rows, filters and CSV', () => {
  const { roster } = mergeRecords([], [
    { source: '1', code: encodeRecord(learner('王磊', 'E-1', true), modules, at('2026-11-21T00:00:00Z')) },
    { source: '2', code: encodeRecord(learner('=1+1', '', false), modules, at('2026-11-21T00:00:00Z')) },
  ], modules);

  it('shows status per required item and flags overdue learners', () => {
    const before = rosterRows(roster, modules, '2026-12-31');
    expect(countByState(before)).toEqual({ all: 2, complete: 1, 'in-progress': 1, overdue: 0 });
    const after = rosterRows(roster, modules, '2027-01-02');
    expect(countByState(after)).toEqual({ all: 2, complete: 1, 'in-progress': 0, overdue: 1 });
    const late = after.find((r) => r.record.name === '=1+1')!;
    expect(stateLabel(late)).toBe('已逾期 2 天');
    expect(filterRows(after, 'overdue').map((r) => r.record.name)).toEqual(['=1+1']);
    expect(filterRows(after, 'all', 'nope')).toEqual([]);
    const columns = itemColumns(after, modules);
    expect(columns.map((c) => c.key)).toEqual(['m:01-decision-chain', 'm:06-bidding', 's:bidding', 'exam']);
    expect(itemCell(late, columns[0]!)).toMatchObject({ tone: 'progress' });
    expect(itemCell(late, columns[2]!)).toMatchObject({ text: '未开始', tone: 'todo' });
    const done = after.find((r) => r.record.name === '王磊')!;
    expect(itemCell(done, columns[3]!)).toEqual({ text: '✓ 92', tone: 'done', long: '已完成，92 分' });
    expect(done.completedAt).toBe('2026-11-20T02:00:00.000Z');
    expect(done.late).toBe(false);
  });

  it('exports a CSV with a header, one row per learner and a neutralised formula name', () => {
    const csv = rosterCsv(rosterRows(roster, modules, '2026-12-01'), modules);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('姓名,工号,班级/批次,截止日期,状态,完成项,第1章 关键客户决策链,第6章 投标,模拟演练：投标,结业考试,完成时间,记录导出时间,记录编号');
    expect(lines).toHaveLength(4); // header, two learners, and the empty string after the last CRLF
    expect(lines.find((l) => l.startsWith("'=1+1"))).toContain('进行中（还有 30 天）,0/4');
    expect(lines.find((l) => l.startsWith('王磊'))).toMatch(/^王磊,E-1,2026年华东区大客户部第一期,2026-12-31,已完成,4\/4,已完成，90 分,/);
  });
});

describe('roster storage', () => {
  it('round-trips and survives corrupted storage', () => {
    const { roster } = mergeRecords([], [{ source: '1', code: encodeRecord(learner('王磊', 'E-1', true), modules) }], modules);
    const text = writeRoster(roster, [assignment]);
    const back = readRoster(text, modules);
    expect(back.entries.map((e) => e.record.name)).toEqual(['王磊']);
    expect(back.assignments).toEqual([assignment]);
    expect(back.dropped).toBe(0);

    const damaged = JSON.parse(text);
    damaged.entries.push({ code: 'KR1.xxx.00000000', importedAt: '2026-11-01T00:00:00Z' }, 42, { code: damaged.entries[0].code, importedAt: 'never' });
    damaged.assignments.push('A1.broken');
    expect(readRoster(JSON.stringify(damaged), modules)).toMatchObject({ dropped: 4, entries: [{ record: { name: '王磊' } }] });
    for (const junk of ['{not json', 'null', '[]', '{"entries":5}']) {
      expect(readRoster(junk, modules)).toEqual({ entries: [], assignments: [], dropped: 1 });
    }
    expect(readRoster(null, modules)).toEqual({ entries: [], assignments: [], dropped: 0 });
  });
});
