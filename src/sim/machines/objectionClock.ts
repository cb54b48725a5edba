/**
 * The legal clocks of the objection simulator, as pure functions of the case facts (law-facts.md):
 * - 招标投标 (依法必须招标): 异议 within the 公示期 (实施条例第54条); reply within 3日; 投诉 within 10日 of
 *   knowing, the 异议 reply period not counted (第60条); 受理 3个工作日, 处理 30个工作日 (第61条).
 * - 政府采购: 质疑 within 7个工作日 after the 公告期限 ends (政府采购法第52条/94号令第10条); reply within
 *   7个工作日 (第53条/第13条); 投诉 within 15个工作日 after the reply period (第55条/第17条);
 *   审查受理 5个工作日, 处理 30个工作日 (94号令第21、26条).
 * All periods: start day not counted; a period ending on a day off ends on the next working day (calendar.ts).
 */
import {
  addDays,
  calendarDeadline,
  calendarFrom,
  daysBetween,
  workingDayDeadline,
  type HolidayCalendar,
} from '../../course/calendar';
import holidays2026 from '../../course/holidays-cn-2026.json' with { type: 'json' };

export type CaseId = 'works' | 'gov';
/** What the learner files first: 异议 (招标投标) or 质疑 (政府采购). */
export type Route = 'objection' | 'challenge';

export interface CaseFacts {
  /** The regime the facts put the project under. */
  route: Route;
  /** The day the result is published (公示 starts / 公告 appears): the learner "knows" from here. */
  publishedOn: string;
  /** Last day of the 公示期 (招标投标) or of the 1-working-day 公告期限 (政府采购, 87号令第69条). */
  noticeEndsOn: string;
}

export const CASES: Record<CaseId, CaseFacts> = {
  // 公示 on the Monday after 中秋, 公示期 3日 ending the day before 国庆.
  works: { route: 'objection', publishedOn: '2026-09-28', noticeEndsOn: '2026-09-30' },
  // 公告 on the Tuesday, its 1-working-day 公告期限 ends 9月30日; the 质疑 clock runs across 国庆.
  gov: { route: 'challenge', publishedOn: '2026-09-29', noticeEndsOn: '2026-09-30' },
};

/** Where the game starts before a case is picked (only shown on the case-picking screen). */
export const GAME_START = '2026-09-28';
/** First working day after 国庆: where "节后再说" lands. */
export const AFTER_HOLIDAY = '2026-10-08';
/** "等刘总出差回来": two weeks of calendar days. */
export const LONG_WAIT_DAYS = 14;

/** The 2026 calendar without its make-up working days: how people miscount 工作日 around 国庆. */
const WITHOUT_MAKE_UP: HolidayCalendar = { ...calendarFrom(holidays2026), makeUpWorkdays: new Set() };

/** ISO dates compare as strings. */
export const isAfter = (day: string, deadline: string) => day > deadline;
export const later = (a: string, b: string) => (a > b ? a : b);

/** The real last day of the first-step challenge for the case. */
export function challengeDeadline(caseId: CaseId): string {
  const f = CASES[caseId];
  return f.route === 'objection' ? f.noticeEndsOn : workingDayDeadline(f.noticeEndsOn, 7);
}

/** The last day the learner's chosen rule gives (wrong when the rule does not fit the case). */
export function believedDeadline(caseId: CaseId, route: Route): string {
  const f = CASES[caseId];
  return route === 'objection' ? f.noticeEndsOn : workingDayDeadline(f.noticeEndsOn, 7);
}

/** The usual miscount under each rule: a 公示期 "extended" over 国庆, or 工作日 without the 调休 Saturday. */
export function miscountedDeadline(caseId: CaseId, route: Route): string {
  const f = CASES[caseId];
  return route === 'objection' ? AFTER_HOLIDAY : workingDayDeadline(f.noticeEndsOn, 7, WITHOUT_MAKE_UP);
}

/** When the buyer's reply is due: 3日 (实施条例第54条) or 7个工作日 (政府采购法第53条). */
export function replyDue(caseId: CaseId, filedOn: string): string {
  return CASES[caseId].route === 'objection' ? calendarDeadline(filedOn, 3) : workingDayDeadline(filedOn, 7);
}

/**
 * Last day to complain. 招标投标: 10日 from knowing, minus the days used before the 异议, counted again
 * from the reply (第60条: the reply period is not counted). 政府采购: 15个工作日 after the reply period.
 */
export function complaintDeadline(caseId: CaseId, filedOn: string, replyOn: string): string {
  const f = CASES[caseId];
  if (f.route === 'objection') {
    const used = Math.max(0, daysBetween(f.publishedOn, filedOn));
    return calendarDeadline(replyOn, 10 - used);
  }
  return workingDayDeadline(replyDue(caseId, filedOn), 15);
}

/** When the supervising body must decide on acceptance and on the complaint. */
export function complaintHandling(caseId: CaseId, complaintOn: string): { acceptBy: string; decideBy: string } {
  if (CASES[caseId].route === 'objection') {
    const acceptBy = workingDayDeadline(complaintOn, 3);
    return { acceptBy, decideBy: workingDayDeadline(acceptBy, 30) };
  }
  return { acceptBy: workingDayDeadline(complaintOn, 5), decideBy: workingDayDeadline(complaintOn, 30) };
}

export { addDays };
