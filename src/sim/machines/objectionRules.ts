/**
 * The rules of the objection simulator as pure functions over its context: which choices a step offers,
 * how each is judged (verdict + feedback key), what it changes (meters, clock, knowledge), how the game
 * closes and scores. The machine (objectionMachine.ts) only routes between steps with these.
 */
import { applyDeltas, clamp, type MeterSpec } from '../engine/meters';
import type { OutcomeKind } from '../types';
import { nextWorkingDay } from '../../course/calendar';
import {
  addDays,
  AFTER_HOLIDAY,
  believedDeadline,
  CASES,
  challengeDeadline,
  complaintDeadline,
  GAME_START,
  isAfter,
  later,
  LONG_WAIT_DAYS,
  miscountedDeadline,
  type CaseId,
  type Route,
} from './objectionClock';

export const STEPS = {
  pickCase: ['caseWorks', 'caseGov'],
  publicity: ['callCustomer', 'record', 'skim', 'askBoss'],
  analysis: ['rigged', 'scoreReview', 'pressLeader', 'skipReview'],
  grounds: ['rumour', 'contactExpert', 'bribeAgent', 'verify', 'noGrounds'],
  remedy: ['complainDirect', 'objection', 'challenge', 'accept'],
  timing: ['fileLastDay', 'fileToday', 'fileMiscount', 'giveUp'],
  replyUpheld: ['demandAward', 'cooperate', 'gloat'],
  replyRejected: ['waitLong', 'prepareComplaint', 'acceptReply', 'threaten'],
  complaint: ['noEvidence', 'wrongBody', 'rightBody', 'fabricate', 'bribeOfficial'],
  followUp: ['blastOnline', 'formalDebrief', 'goSilent'],
} as const;
export type StepId = keyof typeof STEPS;
export type ChoiceId = (typeof STEPS)[StepId][number];

export const ENDING_KINDS = {
  resultChanged: 'win',
  complaintWon: 'win',
  lawfulNoChange: 'partial',
  acceptedResult: 'partial',
  relationshipLost: 'loss',
  challengeLate: 'loss',
  complaintLate: 'loss',
  rejectedNoPrior: 'loss',
  rejectedWrongBody: 'loss',
  rejectedNoEvidence: 'loss',
  expertContact: 'compliance',
  bribeAgent: 'compliance',
  fabricatedEvidence: 'compliance',
  bribeOfficial: 'compliance',
  threat: 'compliance',
} as const satisfies Record<string, OutcomeKind>;
export type EndingId = keyof typeof ENDING_KINDS;

export type MeterId = 'evidence' | 'relationship' | 'risk';
/** Bounds only; the labels a learner reads are in the script. */
export const METER_BOUNDS: Record<MeterId, MeterSpec> = {
  evidence: { label: 'evidence', min: 0, max: 100 },
  relationship: { label: 'relationship', min: 0, max: 100 },
  risk: { label: 'risk', min: 0, max: 100, higherIsWorse: true },
};
/** Solid grounds alone do not convince the buyer: the written challenge also needs the record behind it. */
export const UPHOLD_EVIDENCE = 55;
/** Below this the customer no longer takes our calls. */
export const RELATIONSHIP_FLOOR = 40;

export type Verdict = 'good' | 'ok' | 'bad' | 'violation';
export interface Decision {
  stepId: StepId;
  choiceId: ChoiceId;
  verdict: Verdict;
  /** Key into the script's feedback: `step.choice` or `step.choice.variant`. */
  feedbackKey: string;
  /** The simulated date the decision was taken. */
  on: string;
}

export interface ObjectionContext {
  caseId: CaseId | null;
  today: string;
  meters: Record<MeterId, number>;
  reviewed: boolean;
  grounds: 'unknown' | 'none' | 'weak' | 'solid';
  route: Route | null;
  filedOn: string | null;
  replyOn: string | null;
  waited: boolean;
  complaintOn: string | null;
  complaintBody: 'right' | 'wrong' | null;
  complaintWithoutEvidence: boolean;
  resultChanged: 'reply' | 'complaint' | null;
  decisions: Decision[];
  ending: EndingId | null;
}

export type ObjectionEvent = { type: 'learner.choose'; choiceId: string };

export function initialContext(): ObjectionContext {
  return {
    caseId: null,
    today: GAME_START,
    meters: { evidence: 0, relationship: 60, risk: 10 },
    reviewed: false,
    grounds: 'unknown',
    route: null,
    filedOn: null,
    replyOn: null,
    waited: false,
    complaintOn: null,
    complaintBody: null,
    complaintWithoutEvidence: false,
    resultChanged: null,
    decisions: [],
    ending: null,
  };
}

const nextDay = (iso: string) => nextWorkingDay(addDays(iso, 1));

/** The date a timing choice files on (never in the past). */
export function filingDate(ctx: ObjectionContext, choiceId: ChoiceId): string {
  if (!ctx.caseId || !ctx.route) return ctx.today;
  if (choiceId === 'fileLastDay') return later(ctx.today, believedDeadline(ctx.caseId, ctx.route));
  if (choiceId === 'fileMiscount') return later(ctx.today, miscountedDeadline(ctx.caseId, ctx.route));
  return ctx.today;
}

/** The choices a step offers in this context, in display order. The machine accepts nothing else. */
export function offeredChoices(stepId: StepId, ctx: ObjectionContext): ChoiceId[] {
  const all: readonly ChoiceId[] = STEPS[stepId];
  switch (stepId) {
    // Each case has its own shortcuts, each a red line with an article of its own regime.
    case 'grounds':
      return all.filter((c) => c !== (ctx.caseId === 'gov' ? 'contactExpert' : 'bribeAgent'));
    case 'complaint':
      return all.filter((c) => c !== (ctx.caseId === 'gov' ? 'fabricate' : 'bribeOfficial'));
    case 'timing': {
      // A dated option shows only when it is a real alternative to "today".
      const last = filingDate(ctx, 'fileLastDay');
      const miscount = filingDate(ctx, 'fileMiscount');
      return all.filter(
        (c) =>
          (c !== 'fileLastDay' || last !== ctx.today) &&
          (c !== 'fileMiscount' || (miscount !== ctx.today && miscount !== last)),
      );
    }
    case 'replyRejected':
      return all.filter((c) => c !== 'waitLong' || !ctx.waited);
    default:
      return [...all];
  }
}

export const isLateFiling = (ctx: ObjectionContext, on: string) => ctx.caseId !== null && isAfter(on, challengeDeadline(ctx.caseId));
export const isLateComplaint = (ctx: ObjectionContext, on: string) =>
  ctx.caseId !== null && ctx.filedOn !== null && ctx.replyOn !== null && isAfter(on, complaintDeadline(ctx.caseId, ctx.filedOn, ctx.replyOn));

/** Verdict and feedback key of a choice, judged in the context it was taken in. */
export function judge(stepId: StepId, choiceId: ChoiceId, ctx: ObjectionContext): Pick<Decision, 'verdict' | 'feedbackKey'> {
  const key = `${stepId}.${choiceId}`;
  const v = (verdict: Verdict, variant?: string) => ({ verdict, feedbackKey: variant ? `${key}.${variant}` : key });
  const caseId = ctx.caseId ?? 'works';
  const solid = ctx.grounds === 'solid';
  switch (key) {
    case 'publicity.record': case 'analysis.scoreReview': case 'replyUpheld.cooperate': case 'followUp.formalDebrief':
      return v('good');
    case 'publicity.askBoss': case 'analysis.skipReview': case 'grounds.noGrounds': case 'followUp.goSilent':
      return v('ok');
    case 'grounds.verify':
      return v('good', caseId);
    case 'publicity.skim': case 'complaint.wrongBody':
      return v('bad', caseId);
    case 'grounds.contactExpert': case 'grounds.bribeAgent': case 'replyRejected.threaten': case 'complaint.fabricate':
    case 'complaint.bribeOfficial':
      return v('violation');
    case 'remedy.objection': case 'remedy.challenge':
      return CASES[caseId].route === choiceId ? v('good', 'right') : v('bad', 'wrong');
    case 'remedy.accept':
      return solid ? v('bad', 'solid') : v('good', 'weak');
    case 'timing.fileToday':
      return isLateFiling(ctx, ctx.today) ? v('bad', 'late') : v('good');
    case 'timing.fileLastDay':
      return isLateFiling(ctx, filingDate(ctx, 'fileLastDay')) ? v('bad', 'late') : v('ok');
    case 'timing.fileMiscount':
      return isLateFiling(ctx, filingDate(ctx, 'fileMiscount')) ? v('bad', `late.${ctx.route ?? 'objection'}`) : v('ok', 'lucky');
    case 'replyRejected.prepareComplaint':
      return solid ? v('good', 'solid') : ctx.grounds === 'weak' ? v('ok', 'weak') : v('bad', 'none');
    case 'replyRejected.acceptReply':
      return solid ? v('bad', 'solid') : v('good', 'weak');
    case 'replyRejected.waitLong':
      return caseId === 'works' ? v('bad', 'works') : v('ok', 'gov');
    case 'complaint.rightBody':
      if (isLateComplaint(ctx, ctx.today)) return v('bad', 'late');
      return solid ? v('good', 'solid') : ctx.grounds === 'weak' ? v('ok', 'weak') : v('bad', 'none');
    default:
      return v('bad');
  }
}

const DELTAS: Partial<Record<string, Partial<Record<MeterId, number>>>> = {
  'publicity.record': { evidence: 15 },
  'publicity.callCustomer': { relationship: -10, risk: 5 },
  'analysis.scoreReview': { evidence: 15 },
  'analysis.rigged': { relationship: -10, risk: 15 },
  'analysis.pressLeader': { relationship: -20, risk: 10 },
  'grounds.verify': { evidence: 40 },
  'grounds.rumour': { evidence: 5, risk: 5 },
  'grounds.contactExpert': { risk: 90 },
  'grounds.bribeAgent': { risk: 90 },
  'remedy.complainDirect': { relationship: -10 },
  'replyUpheld.cooperate': { relationship: 10 },
  'replyUpheld.gloat': { relationship: -20, risk: 5 },
  'replyUpheld.demandAward': { relationship: -10 },
  'replyRejected.threaten': { relationship: -40, risk: 90 },
  'complaint.rightBody': { relationship: -5 },
  'complaint.wrongBody': { relationship: -5 },
  'complaint.noEvidence': { relationship: -10, risk: 10 },
  'complaint.fabricate': { risk: 90 },
  'complaint.bribeOfficial': { risk: 90 },
  'followUp.formalDebrief': { relationship: 15 },
  'followUp.blastOnline': { relationship: -25, risk: 15 },
  'followUp.goSilent': { relationship: -5 },
};

/** Everything a choice changes besides the route it takes: meters, the clock, what the learner knows. */
export function applyChoiceTo(ctx: ObjectionContext, stepId: StepId, choiceId: ChoiceId): Partial<ObjectionContext> {
  const meters = applyDeltas(ctx.meters, DELTAS[`${stepId}.${choiceId}`] ?? {}, METER_BOUNDS);
  switch (`${stepId}.${choiceId}`) {
    case 'pickCase.caseWorks': case 'pickCase.caseGov': {
      const caseId: CaseId = choiceId === 'caseWorks' ? 'works' : 'gov';
      return { caseId, today: CASES[caseId].publishedOn };
    }
    case 'publicity.askBoss': return { meters, today: nextDay(ctx.today) };
    case 'publicity.skim': return { meters, today: later(ctx.today, AFTER_HOLIDAY) };
    case 'analysis.scoreReview': return { meters, reviewed: true, today: nextDay(ctx.today) };
    // The score review already pointed at the winner's 业绩/项目经理, so checking them takes no extra day.
    case 'grounds.verify': return { meters, grounds: 'solid', today: ctx.reviewed ? ctx.today : nextDay(ctx.today) };
    case 'grounds.rumour': return { meters, grounds: 'weak' };
    case 'grounds.noGrounds': return { meters, grounds: 'none' };
    case 'remedy.objection': case 'remedy.challenge': return { meters, route: choiceId as Route };
    case 'timing.fileToday': case 'timing.fileLastDay': case 'timing.fileMiscount': {
      const on = filingDate(ctx, choiceId);
      return { meters, filedOn: on, today: on };
    }
    case 'replyRejected.waitLong': return { meters, waited: true, today: addDays(ctx.today, LONG_WAIT_DAYS) };
    case 'complaint.rightBody': case 'complaint.wrongBody': case 'complaint.noEvidence':
      return {
        meters,
        complaintOn: ctx.today,
        complaintBody: choiceId === 'wrongBody' ? 'wrong' : 'right',
        complaintWithoutEvidence: choiceId === 'noEvidence',
      };
    default: return { meters };
  }
}

/** How a game that reached the follow-up ends. */
export function closingEnding(ctx: ObjectionContext): EndingId {
  if (ctx.resultChanged) return ctx.resultChanged === 'complaint' ? 'complaintWon' : 'resultChanged';
  if (ctx.meters.relationship < RELATIONSHIP_FLOOR) return 'relationshipLost';
  return ctx.filedOn ? 'lawfulNoChange' : 'acceptedResult';
}

const BANDS: Record<OutcomeKind, [number, number]> = { win: [60, 100], partial: [35, 69], loss: [5, 34], compliance: [0, 0] };
const VERDICT_POINTS: Record<Verdict, number> = { good: 2, ok: 0, bad: -4, violation: -20 };

/** 0–100: the ending's band, placed by the meters and the quality of the decisions. */
export function scoreOf(ctx: ObjectionContext): number {
  if (!ctx.ending) return 0;
  const [lo, hi] = BANDS[ENDING_KINDS[ctx.ending]];
  if (hi === 0) return 0;
  const { evidence, relationship, risk } = ctx.meters;
  const decisions = ctx.decisions.reduce((s, d) => s + VERDICT_POINTS[d.verdict], 0);
  // Evidence only lifts a win: in any other ending, evidence held but not used is no merit.
  const raw = lo + (lo === 60 ? 0.2 * evidence : 0) + 0.3 * relationship - 0.2 * risk + decisions;
  return Math.round(clamp(raw, lo, hi));
}

