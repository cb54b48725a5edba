import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDeadline,
  calendarFrom,
  CN_2026,
  daysBetween,
  compareIsoDates,
  formatDateZh,
  isDayOff,
  isWorkingDay,
  nextWorkingDay,
  workingDayDeadline,
  workingDaysBetween,
} from '../../src/course/calendar';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import local from '../../src/course/holidays-cn-2026.json' with { type: 'json' };

// The team's reference sheet lives beside the repository (../shared); a clone elsewhere may not have it.
const sharedPath = join(import.meta.dirname, '../../../shared/reference/holidays-cn-2026.json');

describe('2026 working-day data', () => {
  it.skipIf(!existsSync(sharedPath))('is the same list as the reference sheet', () => {
    const shared = JSON.parse(readFileSync(sharedPath, 'utf8')) as typeof local;
    expect(local.holidays).toEqual(shared.holidays);
  });

  it('treats weekdays, weekends, holidays and make-up days correctly', () => {
    expect(isWorkingDay('2026-09-29')).toBe(true); // Tuesday
    expect(isWorkingDay('2026-09-26')).toBe(false); // Saturday, 中秋
    expect(isWorkingDay('2026-10-01')).toBe(false); // Thursday, 国庆
    expect(isWorkingDay('2026-10-07')).toBe(false); // Wednesday, 国庆
    expect(isWorkingDay('2026-10-10')).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay('2026-09-20')).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay('2026-10-11')).toBe(false); // plain Sunday
    expect(isWorkingDay('2026-05-09')).toBe(true); // Saturday, 劳动节调休
    expect(isWorkingDay('2026-05-04')).toBe(false); // Monday, 劳动节
    expect(isWorkingDay('2026-02-14')).toBe(true); // Saturday, 春节调休
    expect(isDayOff('2026-02-16')).toBe(true);
  });

  it('does not depend on a make-up list it was not given', () => {
    const noMakeUp = { ...calendarFrom(local), makeUpWorkdays: new Set<string>() };
    expect(isWorkingDay('2026-10-10', noMakeUp)).toBe(false);
    expect(isWorkingDay('2026-10-10', CN_2026)).toBe(true);
  });
});

describe('working-day deadlines (政府采购: 94号令第42条)', () => {
  it('does not count the start day', () => {
    // 1 working day after Monday 9月28日 is Tuesday 9月29日, not the 28th itself.
    expect(workingDayDeadline('2026-09-28', 1)).toBe('2026-09-29');
    expect(workingDayDeadline('2026-09-28', 0)).toBe('2026-09-28');
  });

  it('skips 国庆 and counts the make-up Saturday', () => {
    // 7个工作日 from 9月30日: 10/8, 10/9, 10/10 (Sat, 调休), 10/12, 10/13, 10/14, 10/15.
    expect(workingDayDeadline('2026-09-30', 7)).toBe('2026-10-15');
    expect(workingDaysBetween('2026-09-30', '2026-10-15')).toBe(7);
    expect(workingDaysBetween('2026-09-30', '2026-10-14')).toBe(6);
  });

  it('spans 劳动节 with its make-up Saturday', () => {
    // From Wed 4月29日: 4/30, 5/6, 5/7, 5/8, 5/9 (Sat, 调休), 5/11, 5/12.
    expect(workingDayDeadline('2026-04-29', 7)).toBe('2026-05-12');
  });

  it('spans 春节 and both make-up Saturdays', () => {
    // From Fri 2月13日: 2/14 (Sat, 调休), then 2/24, 2/25, 2/26, 2/27, 2/28 (Sat, 调休), 3/2.
    expect(workingDayDeadline('2026-02-13', 7)).toBe('2026-03-02');
  });

  it('never ends on a day off (a working-day count always lands on a working day)', () => {
    for (let d = '2026-01-01'; d < '2026-12-20'; d = addDays(d, 1)) {
      expect(isWorkingDay(workingDayDeadline(d, 5))).toBe(true);
    }
  });

  it('counts 15 working days across a weekend-only stretch', () => {
    expect(workingDayDeadline('2026-10-14', 15)).toBe('2026-11-04');
  });
});

describe('calendar-day deadlines (招标投标: 日)', () => {
  it('counts calendar days from the day after the start', () => {
    // 3日 from Monday 9月21日 ends Thursday 9月24日.
    expect(calendarDeadline('2026-09-21', 3)).toBe('2026-09-24');
    expect(addDays('2026-09-21', 3)).toBe('2026-09-24');
  });

  it('moves a period ending on a holiday to the next working day', () => {
    // 3日 from 9月29日 ends 10月2日, inside 国庆 → 10月8日 (10/7 is still off).
    expect(calendarDeadline('2026-09-29', 3)).toBe('2026-10-08');
    // 3日 from 4月30日 ends 5月3日 (劳动节) → 5月6日.
    expect(calendarDeadline('2026-04-30', 3)).toBe('2026-05-06');
  });

  it('moves a period ending on a weekend to Monday', () => {
    // 10日 from 10月7日 ends Saturday 10月17日 → Monday 10月19日.
    expect(calendarDeadline('2026-10-07', 10)).toBe('2026-10-19');
  });

  it('does not move a period ending on a make-up working Saturday', () => {
    // 10日 from 9月30日 ends Saturday 10月10日, a 调休 working day: it stays.
    expect(calendarDeadline('2026-09-30', 10)).toBe('2026-10-10');
  });

  it('keeps a long period that ends on a working day', () => {
    expect(calendarDeadline('2026-09-01', 30)).toBe('2026-10-08'); // 10/1 moved past 国庆
    expect(calendarDeadline('2026-06-01', 30)).toBe('2026-07-01');
  });
});

describe('date helpers', () => {
  it('adds days across months and years, in UTC', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-09-28', '2026-10-08')).toBe(10);
    expect(daysBetween('2026-10-08', '2026-09-28')).toBe(-10);
  });

  it('finds the next working day', () => {
    expect(nextWorkingDay('2026-10-01')).toBe('2026-10-08');
    expect(nextWorkingDay('2026-10-09')).toBe('2026-10-09');
    expect(nextWorkingDay('2026-10-11')).toBe('2026-10-12');
  });

  it('formats dates for the simulators', () => {
    expect(formatDateZh('2026-10-10')).toBe('10月10日（周六）');
    expect(formatDateZh('2026-09-27')).toBe('9月27日（周日）');
  });

  it('rejects what is not an ISO date', () => {
    expect(() => addDays('2026/10/01', 1)).toThrow(RangeError);
    expect(() => isWorkingDay('soon')).toThrow(RangeError);
  });
});

describe('compareIsoDates', () => {
  it('orders ISO dates across months and years, equal dates as 0', () => {
    const dates = ['2026-10-08', '2025-12-31', '2026-09-30', '2026-10-01', '2026-10-08'];
    expect([...dates].sort(compareIsoDates)).toEqual(['2025-12-31', '2026-09-30', '2026-10-01', '2026-10-08', '2026-10-08']);
    expect(compareIsoDates('2026-05-06', '2026-05-06')).toBe(0);
    expect(compareIsoDates('2026-05-06', '2026-05-07')).toBeLessThan(0);
  });
});
