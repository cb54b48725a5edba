/**
 * 签约 simulator definition: the pure snapshot → Step view. The calendar shows the 30日 signing clock of
 * 招标投标法第46条 and, once signed, the 5日 bond-return clock of 实施条例第57条 (calendar days).
 * A factory over the script: the page hands the script to the island as props, so the bundle carries only logic.
 */
import type { SnapshotFrom } from 'xstate';
import { compareIsoDates, formatDateZh } from '../../course/calendar';
import { allSyllabusItems } from '../../course/syllabus';
import { metersOf, type MeterSpec } from '../engine/meters';
import {
  NOTICE_DATE,
  SIGNING_DEADLINE,
  SIGN_CHOICES,
  SIGN_DAYS_LEFT_BOUNDS,
  SIGN_ENDING_KINDS,
  SIGN_METER_BOUNDS,
  bondReturnDue,
  contractDay,
  contractRisks,
  signDaysLeft,
  signGameScore,
  signingMachine,
  type SignContext,
  type SignEndingId,
  type SignMeterId,
  type SignStepId,
} from '../machines/signingMachine';
import type { SignScript } from '../machines/signingScript';
import { fillTemplate, type TemplateVars } from '../engine/template';
import type { CalendarMark, Outcome, SimulatorDefinition, Step } from '../types';

type MeterKey = SignMeterId | 'daysLeft';

const syllabusOrder = new Map(allSyllabusItems.map((item, index) => [item.id, index]));
const bySyllabus = (a: string, b: string) => (syllabusOrder.get(a) ?? 999) - (syllabusOrder.get(b) ?? 999);

export function createSigningDefinition(script: SignScript): SimulatorDefinition<typeof signingMachine> {
  const specs = Object.fromEntries(
    (['daysLeft', 'trust', 'termsRisk', 'cashflow'] as MeterKey[]).map((id) => {
      const bounds = id === 'daysLeft' ? SIGN_DAYS_LEFT_BOUNDS : SIGN_METER_BOUNDS[id];
      return [id, { ...bounds, ...script.meters[id] }];
    }),
  ) as Record<MeterKey, MeterSpec>;

  function signMeters(c: SignContext) {
    // After signing, the 30日 clock no longer runs: show what was left on the day of signing.
    const left = signDaysLeft({ today: c.signedOn ?? c.today });
    return metersOf({ ...c.meters, daysLeft: Math.max(0, Math.min(SIGN_DAYS_LEFT_BOUNDS.max, left)) }, specs);
  }

  function signCalendar(c: SignContext): CalendarMark[] {
    const marks: CalendarMark[] = [
      { date: c.today, label: script.calendar.today, kind: 'today' },
      { date: NOTICE_DATE, label: script.calendar.notice, kind: 'event' },
      { date: SIGNING_DEADLINE, label: script.calendar.deadline, kind: 'deadline' },
    ];
    // A signing after the deadline ends the game: no bond clock is shown for it.
    if (c.signedOn && c.signedOn <= SIGNING_DEADLINE) {
      marks.push(
        { date: c.signedOn, label: script.calendar.signed, kind: 'event' },
        { date: bondReturnDue(c.signedOn), label: script.calendar.bondDue, kind: 'deadline' },
      );
    }
    return marks.sort((a, b) => compareIsoDates(a.date, b.date));
  }

  function endingVars(c: SignContext): TemplateVars {
    const vars: Record<string, string | number> = {
      deadline: formatDateZh(SIGNING_DEADLINE),
      risks: contractRisks(c)
        .map((r) => script.risks[r])
        .join(''),
    };
    if (c.signedOn) Object.assign(vars, { signedOn: formatDateZh(c.signedOn), signedDay: contractDay(c.signedOn) });
    vars.lapse = fillTemplate(c.signedOn ? script.lapseLines.signed : script.lapseLines.unsigned, vars);
    return vars;
  }

  function signOutcome(c: SignContext, ending: SignEndingId): Outcome {
    const text = script.endings[ending];
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
      kind: SIGN_ENDING_KINDS[ending],
      title: text.title,
      summary: fillTemplate(text.summary, endingVars(c)),
      score: signGameScore(c, ending),
      ...(text.article ? { article: text.article } : {}),
      debrief,
      strongestPath: script.strongestPath,
      lessonLinks: [...links].sort(bySyllabus),
    };
  }

  function promptVars(c: SignContext): TemplateVars {
    const vars: Record<string, string | number> = {
      today: formatDateZh(c.today),
      notice: formatDateZh(NOTICE_DATE),
      deadline: formatDateZh(SIGNING_DEADLINE),
      daysLeft: Math.max(0, signDaysLeft(c)),
    };
    if (c.signedOn) Object.assign(vars, { signedOn: formatDateZh(c.signedOn), bondDue: formatDateZh(bondReturnDue(c.signedOn)) });
    vars.left = fillTemplate(script.daysLeftNote, vars);
    return vars;
  }

  function describeSigning(snapshot: SnapshotFrom<typeof signingMachine>): Step {
    const c = snapshot.context;
    const state = String(snapshot.value);
    const meters = signMeters(c);
    const calendar = signCalendar(c);
    const last = c.decisions.at(-1);
    const reaction = last ? script.consequences[last.fx].reaction : '';
    if (state in SIGN_ENDING_KINDS) {
      const outcome = signOutcome(c, state as SignEndingId);
      const prompt = reaction ? `${reaction}\n\n${outcome.summary}` : outcome.summary;
      return { stepId: state, speaker: '旁白', prompt, choices: [], meters, calendar, outcome };
    }
    const stepId = state as SignStepId;
    const step = script.steps[stepId];
    if (!step) throw new Error(`no script for signing state "${state}"`);
    const prompt = fillTemplate(step.prompt, promptVars(c));
    const labels = step.choices as Record<string, string>;
    // Offer exactly what the machine accepts now.
    const choices = (SIGN_CHOICES[stepId] as readonly string[])
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
    id: 'signing',
    title: script.title,
    tagline: script.tagline,
    chapter: 8,
    machine: signingMachine,
    script,
    describe: describeSigning,
  };
}
