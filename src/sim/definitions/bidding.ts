/**
 * 投标 simulator definition: the pure snapshot → Step view. Meters include the days left (derived from the
 * simulated today); the calendar shows today and the legal deadlines of 招标投标 (calendar days).
 * A factory over the script: the page hands the script to the island as props, so the bundle carries only logic.
 */
import type { SnapshotFrom } from 'xstate';
import { calendarDeadline, compareIsoDates, formatDateZh } from '../../course/calendar';
import { allSyllabusItems } from '../../course/syllabus';
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
  type BidStepId,
} from '../machines/biddingMachine';
import type { BidScript } from '../machines/biddingScript';
import { fillTemplate, withThousands, type TemplateVars } from '../engine/template';
import type { CalendarMark, Outcome, SimulatorDefinition, Step } from '../types';

type MeterKey = BidMeterId | 'daysLeft';

const syllabusOrder = new Map(allSyllabusItems.map((item, index) => [item.id, index]));
const bySyllabus = (a: string, b: string) => (syllabusOrder.get(a) ?? 999) - (syllabusOrder.get(b) ?? 999);
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

  function bidOutcome(c: BidContext, ending: BidEndingId): Outcome {
    const text = script.endings[ending];
    const vars = endingVars(c);
    const debrief = c.decisions.map((d) => ({
      step: script.steps[d.stepId].title,
      choice: (script.steps[d.stepId].choices as Record<string, string>)[d.choiceId] ?? d.choiceId,
      feedback: script.consequences[d.fx].feedback,
      verdict: d.verdict,
    }));
    // The ending's own lessons plus those of every decision that went wrong.
    const links = new Set(text.lessonLinks);
    for (const d of c.decisions) {
      if (d.verdict === 'bad' || d.verdict === 'violation') script.steps[d.stepId].lessonLinks.forEach((id) => links.add(id));
    }
    return {
      kind: BID_ENDING_KINDS[ending],
      title: fillTemplate(text.title, vars),
      summary: fillTemplate(text.summary, vars),
      score: bidGameScore(c, ending),
      ...(text.article ? { article: text.article } : {}),
      debrief,
      strongestPath: script.strongestPath,
      lessonLinks: [...links].sort(bySyllabus),
    };
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

  function describeBidding(snapshot: SnapshotFrom<typeof biddingMachine>): Step {
    const c = snapshot.context;
    const state = String(snapshot.value);
    const meters = bidMeters(c);
    const calendar = bidCalendar(c);
    const last = c.decisions.at(-1);
    const reaction = last ? script.consequences[last.fx].reaction : '';
    if (state in BID_ENDING_KINDS) {
      const outcome = bidOutcome(c, state as BidEndingId);
      const prompt = reaction ? `${reaction}\n\n${outcome.summary}` : outcome.summary;
      return { stepId: state, speaker: '旁白', prompt, choices: [], meters, calendar, outcome };
    }
    const stepId = state as BidStepId;
    const step = script.steps[stepId];
    if (!step) throw new Error(`no script for bidding state "${state}"`);
    const prompt = fillTemplate(step.prompt, promptVars(c));
    const labels = step.choices as Record<string, string>;
    // Offer exactly what the machine accepts now.
    const choices = (BID_CHOICES[stepId] as readonly string[])
      .filter((id) => snapshot.can({ type: 'learner.choose', choiceId: id }))
      .map((id) => ({ id, label: labels[id]! }));
    return {
      stepId,
      speaker: step.speaker,
      prompt: reaction ? `${reaction}\n\n${prompt}` : prompt,
      choices,
      meters,
      calendar,
    };
  }

  return {
    id: 'bidding',
    title: script.title,
    tagline: script.tagline,
    chapter: 6,
    machine: biddingMachine,
    script,
    describe: describeBidding,
  };
}
