/**
 * Legal clocks. 招标投标 deadlines count calendar days (日); 政府采购 质疑/答复/投诉 count working days (工作日).
 * Both follow 94号令第42条 / the general rule: the start day is not counted, and a period whose last day is a
 * statutory day off ends on the next working day. Dates are ISO strings (YYYY-MM-DD), handled in UTC so the
 * result never depends on the machine's time zone.
 */
import holidays2026 from './holidays-cn-2026.json' with { type: 'json' };

export interface HolidayCalendar {
  daysOff: Set<string>;
  makeUpWorkdays: Set<string>;
}

interface HolidayFile {
  holidays: { daysOff: string[]; makeUpWorkdays: string[] }[];
}

export function calendarFrom(file: HolidayFile): HolidayCalendar {
  return {
    daysOff: new Set(file.holidays.flatMap((h) => h.daysOff)),
    makeUpWorkdays: new Set(file.holidays.flatMap((h) => h.makeUpWorkdays)),
  };
}

/** China's official 2026 days off and make-up working days (国务院办公厅通知, 2025-11-04). */
export const CN_2026: HolidayCalendar = calendarFrom(holidays2026);

const DAY = 86_400_000;
const toTime = (iso: string) => {
  const t = Date.parse(iso + 'T00:00:00Z');
  if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`not an ISO date: ${iso}`);
  return t;
};
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return fromTime(toTime(iso) + days * DAY);
}

/** Monday–Friday not listed as a day off, or a listed make-up working day (调休上班). */
export function isWorkingDay(iso: string, cal: HolidayCalendar = CN_2026): boolean {
  if (cal.makeUpWorkdays.has(iso)) return true;
  if (cal.daysOff.has(iso)) return false;
  const weekday = new Date(toTime(iso)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** A day is a statutory day off when it is a weekend or listed holiday and not a make-up day. */
export const isDayOff = (iso: string, cal: HolidayCalendar = CN_2026) => !isWorkingDay(iso, cal);

export function nextWorkingDay(iso: string, cal: HolidayCalendar = CN_2026): string {
  let d = iso;
  while (!isWorkingDay(d, cal)) d = addDays(d, 1);
  return d;
}

/**
 * Last day of a period of `days` calendar days starting on `startIso` (the start day itself not counted).
 * If that day is a day off, the period ends on the next working day.
 */
export function calendarDeadline(startIso: string, days: number, cal: HolidayCalendar = CN_2026): string {
  return nextWorkingDay(addDays(startIso, days), cal);
}

/** Last day of a period of `days` working days starting on `startIso` (the start day not counted). */
export function workingDayDeadline(startIso: string, days: number, cal: HolidayCalendar = CN_2026): string {
  let d = startIso;
  let left = days;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) left -= 1;
  }
  return d;
}

/** Whole calendar days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toTime(b) - toTime(a)) / DAY);
}

/** Working days after `fromIso` up to and including `toIso`. */
export function workingDaysBetween(fromIso: string, toIso: string, cal: HolidayCalendar = CN_2026): number {
  let n = 0;
  for (let d = addDays(fromIso, 1); toTime(d) <= toTime(toIso); d = addDays(d, 1)) if (isWorkingDay(d, cal)) n += 1;
  return n;
}

/** "10月9日（周五）" for the calendars of the simulators. */
/**
 * Orders ISO dates (YYYY-MM-DD) for sort(). A plain string comparison: `localeCompare` would start the
 * browser's ICU collator on first use, a long task in the middle of a simulator's first render.
 */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatDateZh(iso: string): string {
  const d = new Date(toTime(iso));
  const week = '日一二三四五六'[d.getUTCDay()];
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日（周${week}）`;
}
