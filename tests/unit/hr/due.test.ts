import { describe, expect, it } from 'vitest';
import { dueState, finishedLate, formatDay, localDate } from '../../../src/hr/due';

describe('due dates', () => {
  it('today, tomorrow, later and overdue', () => {
    expect(dueState('2026-11-20', '2026-11-20')).toEqual({ daysLeft: 0, overdue: false, label: '今天截止' });
    expect(dueState('2026-11-21', '2026-11-20')).toEqual({ daysLeft: 1, overdue: false, label: '明天截止' });
    expect(dueState('2026-11-27', '2026-11-20')).toEqual({ daysLeft: 7, overdue: false, label: '还有 7 天' });
    expect(dueState('2026-11-19', '2026-11-20')).toEqual({ daysLeft: -1, overdue: true, label: '已逾期 1 天' });
    expect(dueState('2026-11-10', '2026-11-20').label).toBe('已逾期 10 天');
  });

  it('counts across a month end, a year end and February', () => {
    expect(dueState('2026-12-02', '2026-11-29').daysLeft).toBe(3);
    expect(dueState('2027-01-01', '2026-12-31').label).toBe('明天截止');
    expect(dueState('2026-03-01', '2026-02-28').daysLeft).toBe(1);
    expect(dueState('2028-03-01', '2028-02-28').daysLeft).toBe(2);
    expect(dueState('2026-10-31', '2026-11-02').label).toBe('已逾期 2 天');
  });

  it('uses the local calendar date, and the due day itself is still on time', () => {
    expect(localDate(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
    const lateEvening = new Date(2026, 11, 31, 23, 30).toISOString();
    expect(finishedLate('2026-12-31', lateEvening)).toBe(false);
    expect(finishedLate('2026-12-31', new Date(2027, 0, 1, 0, 5).toISOString())).toBe(true);
    expect(formatDay('2026-03-05')).toBe('2026年3月5日');
  });
});
