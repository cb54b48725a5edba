/**
 * 签约 (chapter 8): after the 中标通知书 of a 依法必须招标 works project for a public hospital (事业单位),
 * the written contract is due within 30日 (招标投标法第46条). The learner is an SME supplier, so the
 * payment terms fall under 保障中小企业款项支付条例. The machine knows ids only; every line is in
 * signingScript.ts. Deterministic: "today" lives in context, so a persisted snapshot resumes identically.
 */
import { and, assign, setup } from 'xstate';
import { addDays, calendarDeadline, daysBetween, nextWorkingDay } from '../../course/calendar';
import { applyDeltas, type MeterSpec } from '../engine/meters';
import type { ChooseEvent, DebriefItem, OutcomeKind } from '../types';

/** The day the 中标通知书 is issued (Monday). */
export const NOTICE_DATE = '2026-08-03';
/** 招标投标法第46条 (also 政府采购法第46条): 30日 from the issue of the 中标通知书. */
export const CONTRACT_DAYS = 30;
export const SIGNING_DEADLINE = calendarDeadline(NOTICE_DATE, CONTRACT_DAYS);
/** 实施条例第57条: the 投标保证金 comes back at the latest 5日 after the written contract is signed. */
export const BOND_RETURN_DAYS = 5;
/** 实施条例第58条: the 履约保证金 may not exceed 10% of the contract amount; the hospital asks for this. */
export const PERFORMANCE_BOND = { asked: 15, legalMax: 10 } as const;
/** 保障中小企业款项支付条例: 机关、事业单位 pay an SME within 30日, at most 60日 if the contract says so. */
export const SME_PAYMENT_DAYS = { standard: 30, agreedMax: 60, drafted: 90 } as const;
/** Above this 合同风险 the contract is "signed with risky terms" even when no single flag is set. */
export const SOUND_RISK_MAX = 30;

export const SIGN_CHOICES = {
  contact: ['wait', 'call', 'ownTemplate'],
  template: ['skim', 'redline', 'lineByLine'],
  colleagues: ['salesAlone', 'workshop', 'financeOnly'],
  payment: ['acceptAll', 'cite', 'demandAdvance'],
  bond: ['payIt', 'lawfulCap', 'refuseAny', 'gift'],
  construction: ['verbal', 'special', 'subcontractMain'],
  sideDeal: ['oral', 'sign', 'refuse'],
  signing: ['stampFirst', 'waitChairman', 'complete'],
  bondReturn: ['letGo', 'complain', 'remind'],
} as const;
export type SignStepId = keyof typeof SIGN_CHOICES;
export type SignChoiceId<S extends SignStepId = SignStepId> = (typeof SIGN_CHOICES)[S][number];
export const SIGN_STEPS = Object.keys(SIGN_CHOICES) as SignStepId[];

export const SIGN_ENDING_KINDS = {
  signedSound: 'win',
  signedRisky: 'partial',
  lapsed: 'loss',
  sideAgreement: 'compliance',
  bribery: 'compliance',
} as const satisfies Record<string, OutcomeKind>;
export type SignEndingId = keyof typeof SIGN_ENDING_KINDS;

export type SignMeterId = 'trust' | 'termsRisk' | 'cashflow';
/** `daysLeft` is derived from `today`: the 30日 of 招标投标法第46条. */
export const SIGN_DAYS_LEFT_BOUNDS: MeterSpec = { label: 'daysLeft', min: 0, max: daysBetween(NOTICE_DATE, SIGNING_DEADLINE) };
/** Bounds only; labels are in the script. */
export const SIGN_METER_BOUNDS: Record<SignMeterId, MeterSpec> = {
  trust: { label: 'trust', min: 0, max: 100 },
  termsRisk: { label: 'termsRisk', min: 0, max: 100, higherIsWorse: true },
  cashflow: { label: 'cashflow', min: 0, max: 100 },
};

export type SignFlag =
  | 'knowsProcess' | 'knowsTemplate' | 'aligned' | 'financeInvolved' | 'paymentLawful' | 'bondExcess'
  | 'specialDone' | 'oralPromise' | 'blanks' | 'bondChased';
type Flags = Record<SignFlag, boolean>;
type Deltas = Partial<Record<SignMeterId, number>>;
export type Verdict = DebriefItem['verdict'];

interface Effect {
  verdict: Verdict;
  /** Calendar days this choice takes (ours and the hospital's). */
  days?: number;
  deltas?: Deltas;
  flags?: Partial<Flags>;
  /** Adjustments that depend on earlier choices, read from the flags before this choice. */
  mods?: { when?: SignFlag; unless?: SignFlag; days?: number; deltas?: Deltas }[];
  /** The contract is signed when this choice's days have run (on the hospital's next working day). */
  signs?: true;
}

/** Every consequence, keyed `step.choice` or `step.choice.variant`; the script has a text for each key. */
export const SIGN_EFFECTS = {
  'contact.call': { verdict: 'good', days: 1, deltas: { trust: 10 }, flags: { knowsProcess: true } },
  'contact.wait': { verdict: 'bad', days: 7, deltas: { trust: -5 } },
  'contact.ownTemplate': { verdict: 'bad', days: 5, deltas: { trust: -10, termsRisk: 5 } },
  'template.lineByLine': { verdict: 'good', days: 2, deltas: { termsRisk: -10 }, flags: { knowsTemplate: true } },
  'template.skim': { verdict: 'ok', days: 1, deltas: { termsRisk: 15 } },
  'template.redline': { verdict: 'bad', days: 4, deltas: { trust: -10, termsRisk: 5 } },
  'colleagues.workshop': { verdict: 'good', days: 2, deltas: { termsRisk: -15, cashflow: 10 }, flags: { aligned: true, financeInvolved: true } },
  'colleagues.financeOnly': { verdict: 'ok', days: 1, deltas: { cashflow: 5, termsRisk: 5 }, flags: { financeInvolved: true } },
  'colleagues.salesAlone': { verdict: 'bad', deltas: { termsRisk: 15 } },
  'payment.cite': { verdict: 'good', days: 3, deltas: { cashflow: 20, termsRisk: -10 }, flags: { paymentLawful: true } },
  'payment.cite.slow': { verdict: 'good', days: 5, deltas: { cashflow: 20, termsRisk: -10 }, flags: { paymentLawful: true } },
  'payment.acceptAll': { verdict: 'bad', deltas: { cashflow: -20, termsRisk: 15 } },
  'payment.demandAdvance': { verdict: 'bad', days: 4, deltas: { trust: -15, termsRisk: 5 } },
  'bond.lawfulCap': { verdict: 'good', days: 1, deltas: { trust: 5, termsRisk: -5 } },
  'bond.payIt': { verdict: 'bad', deltas: { cashflow: -15, termsRisk: 10 }, flags: { bondExcess: true } },
  'bond.refuseAny': { verdict: 'bad', days: 4, deltas: { trust: -15 } },
  'bond.gift': { verdict: 'violation' },
  'construction.special': {
    verdict: 'good', days: 2, deltas: { termsRisk: -15 }, flags: { specialDone: true }, mods: [{ unless: 'aligned', days: 1 }],
  },
  'construction.verbal': { verdict: 'bad', deltas: { termsRisk: 20 } },
  'construction.subcontractMain': { verdict: 'bad', days: 2, deltas: { trust: -10, termsRisk: 10 } },
  'sideDeal.refuse': { verdict: 'good', deltas: { termsRisk: -5 } },
  'sideDeal.oral': { verdict: 'bad', deltas: { termsRisk: 15 }, flags: { oralPromise: true } },
  'sideDeal.sign': { verdict: 'violation' },
  'signing.complete': { verdict: 'good', days: 1, signs: true, mods: [{ unless: 'knowsProcess', days: 2 }] },
  'signing.stampFirst': { verdict: 'bad', days: 1, signs: true, flags: { blanks: true }, deltas: { termsRisk: 20 }, mods: [{ unless: 'knowsProcess', days: 2 }] },
  'signing.waitChairman': { verdict: 'bad', days: 8, signs: true, mods: [{ unless: 'knowsProcess', days: 2 }] },
  'bondReturn.remind': { verdict: 'good', deltas: { cashflow: 10 }, flags: { bondChased: true } },
  'bondReturn.letGo': { verdict: 'bad', deltas: { cashflow: -5 } },
  'bondReturn.complain': { verdict: 'bad', deltas: { trust: -15 } },
} as const satisfies Record<string, Effect>;
export type SignFxKey = keyof typeof SIGN_EFFECTS;

export interface SignDecision {
  stepId: SignStepId;
  choiceId: string;
  fx: SignFxKey;
  verdict: Verdict;
  /** The simulated date the decision was taken. */
  on: string;
}

export interface SignContext {
  today: string;
  meters: Record<SignMeterId, number>;
  flags: Flags;
  /** The day both parties signed, once they have. */
  signedOn: string | null;
  decisions: SignDecision[];
}

export const initialSignContext = (): SignContext => ({
  today: NOTICE_DATE,
  meters: { trust: 50, termsRisk: 40, cashflow: 40 },
  flags: {
    knowsProcess: false, knowsTemplate: false, aligned: false, financeInvolved: false, paymentLawful: false,
    bondExcess: false, specialDone: false, oralPromise: false, blanks: false, bondChased: false,
  },
  signedOn: null,
  decisions: [],
});

export const signDaysLeft = (c: Pick<SignContext, 'today'>) => daysBetween(c.today, SIGNING_DEADLINE);
/** Last day for the 招标人 to return the 投标保证金 (实施条例第57条), once the contract is signed. */
export const bondReturnDue = (signedOn: string) => calendarDeadline(signedOn, BOND_RETURN_DAYS);
/** Days after the notice: day 30 is the last lawful day. */
export const contractDay = (iso: string) => daysBetween(NOTICE_DATE, iso);

export type ContractRisk = 'payment' | 'bond' | 'special' | 'oral' | 'blanks' | 'terms';
/** What is left wrong in a signed contract, in the order the debrief explains it. */
export function contractRisks(c: SignContext): ContractRisk[] {
  const risks: ContractRisk[] = [];
  if (!c.flags.paymentLawful) risks.push('payment');
  if (c.flags.bondExcess) risks.push('bond');
  if (!c.flags.specialDone) risks.push('special');
  if (c.flags.oralPromise) risks.push('oral');
  if (c.flags.blanks) risks.push('blanks');
  if (c.meters.termsRisk > SOUND_RISK_MAX) risks.push('terms');
  return risks;
}

/** Pure predicates; the named guards are these, so tests can probe their boundaries. */
export const signConditions = {
  isPastDeadline: (c: SignContext) => c.today > SIGNING_DEADLINE,
  signedLate: (c: SignContext) => c.signedOn !== null && c.signedOn > SIGNING_DEADLINE,
  financeOnBoard: (c: SignContext) => c.flags.financeInvolved,
  isSoundContract: (c: SignContext) => contractRisks(c).length === 0,
};
type ConditionName = keyof typeof signConditions;
const guardOf = (f: (c: SignContext) => boolean) => ({ context }: { context: SignContext }) => f(context);

const SCORE_BANDS: Record<OutcomeKind, [number, number]> = { win: [80, 100], partial: [50, 79], loss: [10, 40], compliance: [0, 0] };
export function signGameScore(c: SignContext, ending: SignEndingId): number {
  const [lo, hi] = SCORE_BANDS[SIGN_ENDING_KINDS[ending]];
  const good = c.decisions.filter((d) => d.verdict === 'good').length / Math.max(1, c.decisions.length);
  return Math.round(lo + (hi - lo) * good);
}

export interface SignTakeParams {
  stepId: SignStepId;
  choiceId: string;
  fx: SignFxKey;
}

export function applySignEffect(c: SignContext, p: SignTakeParams): SignContext {
  const fx: Effect | undefined = SIGN_EFFECTS[p.fx];
  if (!fx) throw new Error(`unknown signing effect ${p.fx}`);
  let days = fx.days ?? 0;
  let deltas: Deltas = { ...fx.deltas };
  for (const m of fx.mods ?? []) {
    if ((m.when && !c.flags[m.when]) || (m.unless && c.flags[m.unless])) continue;
    days += m.days ?? 0;
    for (const [k, v] of Object.entries(m.deltas ?? {}) as [SignMeterId, number][]) deltas = { ...deltas, [k]: (deltas[k] ?? 0) + v };
  }
  // A hospital signs on a working day: a signing that would fall on a day off waits for the next one.
  const today = fx.signs ? nextWorkingDay(addDays(c.today, days)) : addDays(c.today, days);
  return {
    today,
    meters: applyDeltas(c.meters, deltas, SIGN_METER_BOUNDS),
    flags: { ...c.flags, ...fx.flags },
    signedOn: fx.signs ? today : c.signedOn,
    decisions: [...c.decisions, { stepId: p.stepId, choiceId: p.choiceId, fx: p.fx, verdict: fx.verdict, on: c.today }],
  };
}

type Target = SignStepId | SignEndingId | 'signed' | 'result';
const chose = (choiceId: string) => ({ type: 'chose' as const, params: { choiceId } });

/** One guarded transition: the learner picked `choiceId` (and, if given, `when` holds). */
function pick<S extends SignStepId>(stepId: S, choiceId: SignChoiceId<S>, target: Target, opts: { variant?: string; when?: ConditionName } = {}) {
  const fx = (opts.variant ? `${stepId}.${choiceId}.${opts.variant}` : `${stepId}.${choiceId}`) as SignFxKey;
  return {
    guard: opts.when ? and([chose(choiceId), opts.when]) : chose(choiceId),
    target,
    actions: [{ type: 'take' as const, params: { stepId, choiceId, fx } satisfies SignTakeParams }],
  };
}
/** A step whose choices all lead to `target` (unless overridden) with one consequence each. */
function simple<S extends SignStepId>(stepId: S, target: Target, overrides: Partial<Record<SignChoiceId<S>, Target>> = {}) {
  const choices = SIGN_CHOICES[stepId] as readonly SignChoiceId<S>[];
  return choices.map((choiceId) => pick(stepId, choiceId, overrides[choiceId] ?? target));
}
const timeCheck = { guard: 'isPastDeadline' as const, target: 'lapsed' as const };

export const signingMachine = setup({
  types: { context: {} as SignContext, events: {} as ChooseEvent },
  guards: {
    chose: ({ event }, params: { choiceId: string }) => event.choiceId === params.choiceId,
    isPastDeadline: guardOf(signConditions.isPastDeadline),
    signedLate: guardOf(signConditions.signedLate),
    financeOnBoard: guardOf(signConditions.financeOnBoard),
    isSoundContract: guardOf(signConditions.isSoundContract),
  },
  actions: {
    take: assign(({ context }, params: SignTakeParams) => applySignEffect(context, params)),
    /** The bond check happens the day after the 5日 of 实施条例第57条 have run. */
    checkBondReturn: assign({ today: ({ context }) => addDays(bondReturnDue(context.signedOn ?? context.today), 1) }),
  },
}).createMachine({
  id: 'signing',
  context: initialSignContext,
  initial: 'contact',
  states: {
    contact: { on: { 'learner.choose': simple('contact', 'template') } },
    template: { always: timeCheck, on: { 'learner.choose': simple('template', 'colleagues') } },
    colleagues: { always: timeCheck, on: { 'learner.choose': simple('colleagues', 'payment') } },
    payment: {
      always: timeCheck,
      on: {
        // Without finance on board the hospital first asks for our SME declaration and figures.
        'learner.choose': [
          pick('payment', 'cite', 'bond', { when: 'financeOnBoard' }),
          pick('payment', 'cite', 'bond', { variant: 'slow' }),
          pick('payment', 'acceptAll', 'bond'),
          pick('payment', 'demandAdvance', 'bond'),
        ],
      },
    },
    bond: { always: timeCheck, on: { 'learner.choose': simple('bond', 'construction', { gift: 'bribery' }) } },
    construction: { always: timeCheck, on: { 'learner.choose': simple('construction', 'sideDeal') } },
    sideDeal: { always: timeCheck, on: { 'learner.choose': simple('sideDeal', 'signing', { sign: 'sideAgreement' }) } },
    signing: { always: timeCheck, on: { 'learner.choose': simple('signing', 'signed') } },
    signed: { always: [{ guard: 'signedLate', target: 'lapsed' }, { target: 'bondReturn' }] },
    bondReturn: { entry: 'checkBondReturn', on: { 'learner.choose': simple('bondReturn', 'result') } },
    result: { always: [{ guard: 'isSoundContract', target: 'signedSound' }, { target: 'signedRisky' }] },
    signedSound: { type: 'final' },
    signedRisky: { type: 'final' },
    lapsed: { type: 'final' },
    sideAgreement: { type: 'final' },
    bribery: { type: 'final' },
  },
});
