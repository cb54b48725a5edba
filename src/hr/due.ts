/**
 * Due dates are calendar days (YYYY-MM-DD) and inclusive: a task due on the 31st is on time all that
 * day. "Today" is the viewer's local date, taken once by the page and passed in, so the logic is pure.
 */
import { daysBetween } from '../course/calendar';

export interface DueState {
  /** Days from today to the due date: 0 = due today, negative = overdue. */
  daysLeft: number;
  overdue: boolean;
  /** "今天截止" / "明天截止" / "还有 5 天" / "已逾期 3 天". */
  label: string;
}

/** The local calendar date of a moment, YYYY-MM-DD (not the UTC date: 00:30 in Beijing is still "today"). */
export function localDate(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function dueState(due: string, today: string): DueState {
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return { daysLeft, overdue: true, label: `已逾期 ${-daysLeft} 天` };
  if (daysLeft === 0) return { daysLeft, overdue: false, label: '今天截止' };
  if (daysLeft === 1) return { daysLeft, overdue: false, label: '明天截止' };
  return { daysLeft, overdue: false, label: `还有 ${daysLeft} 天` };
}

/** Finished after the due date? `finishedAt` is an ISO time, judged by its local date. */
export function finishedLate(due: string, finishedAt: string): boolean {
  return localDate(new Date(finishedAt)) > due;
}

/** "2026-12-31" → "2026年12月31日". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
