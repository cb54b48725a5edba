/**
 * 签约 simulator definition: the pure snapshot → Step view. The calendar shows the 30日 signing clock of
 * 招标投标法第46条 and, once signed, the 5日 bond-return clock of 实施条例第57条 (calendar days).
 * A factory over the script: the page hands the script to the island as props, so the bundle carries only logic.
 */
import { compareIsoDates, formatDateZh } from '../../course/calendar';
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
} from '../machines/signingMachine';
import type { SignScript } from '../machines/signingScript';
import { fillTemplate, type TemplateVars } from '../engine/template';
import { describeTemplateGame, type TemplateGameView } from '../engine/templateGame';
import type { CalendarMark, SimulatorDefinition } from '../types';

type MeterKey = SignMeterId | 'daysLeft';

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

  const view: TemplateGameView<SignContext> = {
    id: 'signing',
    script,
    endingKinds: SIGN_ENDING_KINDS,
    choiceIds: SIGN_CHOICES,
    meters: signMeters,
    calendar: signCalendar,
    promptVars,
    endingVars,
    score: (c, ending) => signGameScore(c, ending as SignEndingId),
  };

  return {
    id: 'signing',
    title: script.title,
    tagline: script.tagline,
    chapter: 8,
    machine: signingMachine,
    script,
    describe: (snapshot) => describeTemplateGame(snapshot, view),
  };
}
