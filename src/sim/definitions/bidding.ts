/**
 * 投标 simulator definition: the pure snapshot → Step view. Meters include the days left (derived from the
 * simulated today); the calendar shows today and the legal deadlines of 招标投标 (calendar days).
 * A factory over the script: the page hands the script to the island as props, so the bundle carries only logic.
 */
import { calendarDeadline, compareIsoDates, formatDateZh } from '../../course/calendar';
import { metersOf, type MeterSpec } from '../engine/meters';
import {
  BID_CHOICES,
  BID_DATES,
  BID_ENDING_KINDS,
  BID_METER_BOUNDS,
  COMPETITORS,
  DAYS_LEFT_BOUNDS,
  LAST_OBJECTION_DAY,
  OBJECTION_REPLY_DAYS,
  PRICE_CAP,
  bidDaysLeft,
  bidGameScore,
  biddingMachine,
  lateReason,
  ourBidScores,
  rejectionReason,
  type BidContext,
  type BidEndingId,
  type BidMeterId,
} from '../machines/biddingMachine';
import type { BidScript } from '../machines/biddingScript';
import { fillTemplate, withThousands, type TemplateVars } from '../engine/template';
import { describeTemplateGame, type TemplateGameView } from '../engine/templateGame';
import type { CalendarMark, SimulatorDefinition } from '../types';

type MeterKey = BidMeterId | 'daysLeft';

/** Scores as read in a table: whole numbers plain, others to one decimal. */
const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function createBiddingDefinition(script: BidScript): SimulatorDefinition<typeof biddingMachine> {
  const specs = Object.fromEntries(
    (['daysLeft', 'effort', 'technical', 'business', 'price', 'risk'] as MeterKey[]).map((id) => {
      const bounds = id === 'daysLeft' ? DAYS_LEFT_BOUNDS : BID_METER_BOUNDS[id];
      return [id, { ...bounds, ...script.meters[id] }];
    }),
  ) as Record<MeterKey, MeterSpec>;

  function bidMeters(c: BidContext) {
    return metersOf({ ...c.meters, daysLeft: Math.max(0, bidDaysLeft(c)) }, specs);
  }

  function bidCalendar(c: BidContext): CalendarMark[] {
    const marks: CalendarMark[] = [
      { date: c.today, label: script.calendar.today, kind: 'today' },
      { date: BID_DATES.issued, label: script.calendar.issued, kind: 'event' },
    ];
    if (c.flags.watchAddenda && c.today >= BID_DATES.addendum) {
      marks.push({ date: BID_DATES.addendum, label: script.calendar.addendum, kind: 'event' });
    }
    if (c.objectionOn) {
      marks.push({ date: calendarDeadline(c.objectionOn, OBJECTION_REPLY_DAYS), label: script.calendar.objectionReply, kind: 'event' });
    }
    marks.push(
      { date: LAST_OBJECTION_DAY, label: script.calendar.objectionLast, kind: 'deadline' },
      { date: BID_DATES.deadline, label: script.calendar.deadline, kind: 'deadline' },
    );
    return marks.sort((a, b) => compareIsoDates(a.date, b.date));
  }

  function endingVars(c: BidContext): TemplateVars {
    const ours = ourBidScores(c);
    const total = (s: { technical: number; business: number; price: number }) => s.technical + s.business + s.price;
    const rejection = script.rejections[rejectionReason(c) ?? 'missedStar'];
    const late = script.lates[lateReason(c)];
    const table = fillTemplate(script.scoreTable, {
      oursTechnical: points(ours.technical),
      oursBusiness: points(ours.business),
      oursPrice: points(ours.price),
      oursTotal: points(ours.total),
      jiaTotal: points(total(COMPETITORS.jia)),
      yiTotal: points(total(COMPETITORS.yi)),
    });
    return { table, rejectionTitle: rejection.title, rejectionText: rejection.text, lateTitle: late.title, lateText: late.text };
  }

  function promptVars(c: BidContext): TemplateVars {
    const daysLeft = Math.max(0, bidDaysLeft(c));
    const vars = {
      today: formatDateZh(c.today),
      deadline: formatDateZh(BID_DATES.deadline),
      lastObjectionDay: formatDateZh(LAST_OBJECTION_DAY),
      daysLeft,
      knownCap: withThousands(c.flags.watchAddenda ? PRICE_CAP.revised : PRICE_CAP.original),
      urgency: daysLeft === 0 ? script.urgency.deadlineDay : daysLeft === 1 ? script.urgency.dayBefore : '',
    };
    return { ...vars, daysNote: fillTemplate(script.daysNote, vars) };
  }

  const view: TemplateGameView<BidContext> = {
    id: 'bidding',
    script,
    endingKinds: BID_ENDING_KINDS,
    choiceIds: BID_CHOICES,
    meters: bidMeters,
    calendar: bidCalendar,
    promptVars,
    endingVars,
    score: (c, ending) => bidGameScore(c, ending as BidEndingId),
  };

  return {
    id: 'bidding',
    title: script.title,
    tagline: script.tagline,
    chapter: 6,
    machine: biddingMachine,
    script,
    describe: (snapshot) => describeTemplateGame(snapshot, view),
  };
}
