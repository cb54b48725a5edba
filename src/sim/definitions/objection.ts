/**
 * 质疑/异议/投诉 simulator (chapter 7): the machine's snapshot → the Step the learner sees. Pure. A factory over
 * the script: the page hands the script to the island as props, so the bundle carries only logic.
 */
import type { SnapshotFrom } from 'xstate';
import { bySyllabusOrder } from '../../course/syllabus';
import { compareIsoDates, formatDateZh } from '../../course/calendar';
import { metersOf, type MeterSpec } from '../engine/meters';
import {
  believedDeadline,
  CASES,
  challengeDeadline,
  complaintDeadline,
  complaintHandling,
  miscountedDeadline,
} from '../machines/objectionClock';
import {
  ENDING_KINDS,
  METER_BOUNDS,
  objectionMachine,
  offeredChoices,
  scoreOf,
  type EndingId,
  type MeterId,
  type ObjectionContext,
  type StepId,
} from '../machines/objectionMachine';
import type { EndingScript, ObjectionScript, StepScript, Text } from '../machines/objectionScript';
import { fillTemplate } from '../engine/template';
import type { CalendarMark, DebriefItem, Outcome, SimulatorDefinition, Step } from '../types';

/** Picks the variant of a text for this game: by case, or by the route the learner chose. */
export function pickText(text: Text | undefined, ctx: ObjectionContext): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  if ('works' in text) return text[ctx.caseId ?? 'works'];
  return text[ctx.route ?? 'objection'];
}


export function createObjectionDefinition(S: ObjectionScript): SimulatorDefinition<typeof objectionMachine> {
  const METER_SPECS = Object.fromEntries(
    (Object.keys(METER_BOUNDS) as MeterId[]).map((id) => [id, { ...METER_BOUNDS[id], label: S.meters[id] }]),
  ) as Record<MeterId, MeterSpec>;

  function varsOf(ctx: ObjectionContext): Record<string, string> {
    const caseId = ctx.caseId ?? 'works';
    const d = formatDateZh;
    const v: Record<string, string> = {
      ...S.terms[caseId],
      today: d(ctx.today),
      noticeEnds: d(CASES[caseId].noticeEndsOn),
      deadline: d(challengeDeadline(caseId)),
      outcomeLine: pickText(ctx.resultChanged ? S.outcomeLines.won : ctx.filedOn ? S.outcomeLines.lost : S.outcomeLines.accepted, ctx),
    };
    if (ctx.route) {
      // The rule's own dates, even when already past: the learner should see that they are late.
      v.lastDay = d(believedDeadline(caseId, ctx.route));
      v.miscount = d(miscountedDeadline(caseId, ctx.route));
    }
    if (ctx.filedOn) v.filedOn = d(ctx.filedOn);
    if (ctx.filedOn && ctx.replyOn) {
      v.replyOn = d(ctx.replyOn);
      v.complaintBy = d(complaintDeadline(caseId, ctx.filedOn, ctx.replyOn));
    }
    if (ctx.complaintOn) {
      const h = complaintHandling(caseId, ctx.complaintOn);
      Object.assign(v, { complaintOn: d(ctx.complaintOn), acceptBy: d(h.acceptBy), decideBy: d(h.decideBy) });
    }
    return v;
  }

  const text = (t: Text | undefined, ctx: ObjectionContext, vars: Record<string, string>) => fillTemplate(pickText(t, ctx), vars);

  /** The dates that matter now: facts of the case, the learner's own deadlines, the bodies' deadlines. */
  function calendarOf(ctx: ObjectionContext): CalendarMark[] | undefined {
    if (!ctx.caseId) return undefined;
    const c = S.calendar;
    const f = CASES[ctx.caseId];
    const t = (x: Text) => pickText(x, ctx);
    const marks: CalendarMark[] = [
      { date: ctx.today, label: c.today, kind: 'today' },
      { date: f.publishedOn, label: t(c.published), kind: 'event' },
      { date: f.noticeEndsOn, label: t(c.noticeEnds), kind: 'event' },
    ];
    if (ctx.route && !ctx.filedOn) marks.push({ date: believedDeadline(ctx.caseId, ctx.route), label: t(c.believed), kind: 'deadline' });
    if (ctx.ending === 'challengeLate') marks.push({ date: challengeDeadline(ctx.caseId), label: '依法的截止日', kind: 'deadline' });
    if (ctx.filedOn) marks.push({ date: ctx.filedOn, label: t(c.filed), kind: 'event' });
    if (ctx.filedOn && ctx.replyOn) {
      marks.push({ date: ctx.replyOn, label: t(c.reply), kind: 'event' });
      if (!ctx.resultChanged || ctx.complaintOn) {
        marks.push({ date: complaintDeadline(ctx.caseId, ctx.filedOn, ctx.replyOn), label: t(c.complaintBy), kind: 'deadline' });
      }
    }
    if (ctx.complaintOn) {
      const h = complaintHandling(ctx.caseId, ctx.complaintOn);
      marks.push({ date: ctx.complaintOn, label: c.complaintOn, kind: 'event' });
      if (ctx.ending !== 'complaintLate') {
        marks.push({ date: h.acceptBy, label: t(c.acceptBy), kind: 'event' }, { date: h.decideBy, label: c.decideBy, kind: 'event' });
      }
    }
    return marks.sort((a, b) => compareIsoDates(a.date, b.date));
  }

  const steps: Record<StepId, StepScript> = S.steps;
  const endings: Record<EndingId, EndingScript> = S.endings;

  function outcomeOf(ctx: ObjectionContext, vars: Record<string, string>): Outcome {
    const ending = ctx.ending!;
    const e = endings[ending];
    const debrief: DebriefItem[] = ctx.decisions.map((dec) => {
      const step = steps[dec.stepId];
      const label =
        dec.stepId === 'timing'
          ? fillTemplate(S.timingDebrief[dec.choiceId as keyof typeof S.timingDebrief] ?? '', vars)
          : text(step.choices[dec.choiceId], ctx, vars);
      const feedback = S.feedback[dec.feedbackKey];
      if (!feedback) throw new Error(`objection script has no feedback "${dec.feedbackKey}"`);
      return { step: step.short, choice: label, feedback, verdict: dec.verdict };
    });
    const links = new Set(e.lessons);
    for (const dec of ctx.decisions) {
      if (dec.verdict === 'bad' || dec.verdict === 'violation') S.lessonsByStep[dec.stepId].forEach((id) => links.add(id));
    }
    const article = typeof e.article === 'string' ? e.article : e.article?.[ctx.caseId ?? 'works'];
    const solidExtra = ctx.grounds === 'solid' && e.ifSolid ? `\n\n${text(e.ifSolid, ctx, vars)}` : '';
    return {
      kind: ENDING_KINDS[ending],
      title: text(e.title, ctx, vars),
      summary: text(e.summary, ctx, vars) + solidExtra,
      score: scoreOf(ctx),
      ...(article ? { article } : {}),
      debrief,
      strongestPath: S.strongestPath[ctx.caseId ?? 'none'],
      lessonLinks: [...links].sort(bySyllabusOrder),
    };
  }

  function describeObjection(snapshot: SnapshotFrom<typeof objectionMachine>): Step {
    const ctx = snapshot.context;
    const vars = varsOf(ctx);
    const meters = metersOf(ctx.meters, METER_SPECS);
    const calendar = calendarOf(ctx);
    if (snapshot.status === 'done' || ctx.ending) {
      const outcome = outcomeOf(ctx, vars);
      return { stepId: `end.${ctx.ending}`, speaker: '复盘', prompt: outcome.summary, choices: [], meters, calendar, outcome };
    }
    const stepId = String(snapshot.value) as StepId;
    const step = steps[stepId];
    if (!step) throw new Error(`objection script has no step "${stepId}"`);
    const extra = stepId === 'grounds' && ctx.reviewed && step.ifReviewed ? `\n\n${text(step.ifReviewed, ctx, vars)}` : '';
    return {
      stepId,
      speaker: text(step.speaker, ctx, vars),
      prompt: text(step.prompt, ctx, vars) + extra,
      choices: offeredChoices(stepId, ctx).map((id) => ({ id, label: text(step.choices[id], ctx, vars) })),
      meters,
      calendar,
    };
  }

  return {
    id: 'objection',
    title: S.title,
    tagline: S.tagline,
    chapter: 7,
    machine: objectionMachine,
    script: S,
    describe: describeObjection,
  };
}
