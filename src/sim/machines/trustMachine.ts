/**
 * 信任 (chapter 4): the months of account work at 某市城投集团 after the first contact.
 * The machine knows ids only; every line the learner reads lives in trustScript.ts.
 * Consequences that depend on earlier choices are guarded transitions on `context.flags`
 * (specific guarded transition first, plain fallback after). The tender starts when the months run out.
 */
import { and, assign, setup } from 'xstate';
import { applyDeltas, clamp, type MeterSpec } from '../engine/meters';
import type { ChooseEvent, OutcomeKind } from '../types';
import type { DecisionRecord } from './contactMachine';

export const trustMeterSpecs = {
  trust: { label: '信任度', min: 0, max: 100 },
  image: { label: '专业形象', min: 0, max: 100 },
  risk: { label: '合规风险', min: 0, max: 100, higherIsWorse: true },
  months: { label: '剩余月数', min: 0, max: 12, unit: '个月' },
} satisfies Record<string, MeterSpec>;
export type TrustMeterId = keyof typeof trustMeterSpecs;
export type TrustMeters = Record<TrustMeterId, number>;

export const trustStepIds = [
  'study', 'rules', 'care', 'loyalty', 'dinner', 'signal', 'trip', 'contrast', 'close',
] as const;
export type TrustStepId = (typeof trustStepIds)[number];

export const trustEndingKinds = {
  trustedPartner: 'win',
  respectedVendor: 'partial',
  notTrusted: 'loss',
  flagged: 'loss',
  privateBanquet: 'compliance',
  tutorCard: 'compliance',
  tripConsultant: 'compliance',
  tripLeaders: 'compliance',
} as const satisfies Record<string, OutcomeKind>;
export type TrustEndingId = keyof typeof trustEndingKinds;

export interface TrustFlags {
  study: 'deep' | 'productOnly' | 'insiderDocs' | 'field' | null;
  rules: 'learned' | 'ignored' | 'legalMemo' | null;
  loyalty: 'honest' | 'overpromise' | 'blamePartner' | null;
}

export interface TrustContext {
  meters: TrustMeters;
  flags: TrustFlags;
  decisions: DecisionRecord[];
}

export const initialTrustContext = (): TrustContext => ({
  meters: { trust: 30, image: 35, risk: 5, months: 12 },
  flags: { study: null, rules: null, loyalty: null },
  decisions: [],
});

export const trustThresholds = {
  winTrust: 70, winImage: 65, winRiskBelow: 30, partialTrust: 45, partialImage: 45, flaggedRisk: 50, credibleImage: 50,
};
const T = trustThresholds;

/** Pure predicates over the context; the guards below are these, so tests can probe their boundaries. */
export const trustConditions = {
  knowsBusiness: (c: TrustContext) => c.flags.study === 'deep' || c.flags.study === 'field',
  lacksBusinessKnowledge: (c: TrustContext) => !(c.flags.study === 'deep' || c.flags.study === 'field'),
  knowsTheRules: (c: TrustContext) => c.flags.rules === 'learned',
  overpromised: (c: TrustContext) => c.flags.loyalty === 'overpromise',
  isCredible: (c: TrustContext) => c.meters.image >= T.credibleImage,
  isOutOfTime: (c: TrustContext) => c.meters.months <= 0,
  isFlagged: (c: TrustContext) => c.meters.risk >= T.flaggedRisk,
  isWin: (c: TrustContext) => c.meters.trust >= T.winTrust && c.meters.image >= T.winImage && c.meters.risk < T.winRiskBelow,
  isPartial: (c: TrustContext) => c.meters.trust >= T.partialTrust && c.meters.image >= T.partialImage,
};
type ConditionName = keyof typeof trustConditions;

const bands: Record<OutcomeKind, [number, number]> = { win: [75, 100], partial: [45, 74], loss: [10, 44], compliance: [0, 0] };
export function trustScore(c: TrustContext, kind: OutcomeKind): number {
  const raw = 0.4 * c.meters.trust + 0.4 * c.meters.image + 0.2 * (100 - c.meters.risk);
  return clamp(Math.round(raw), ...bands[kind]);
}

type Deltas = Partial<TrustMeters>;
export interface TrustDecideParams {
  stepId: TrustStepId;
  choiceId: string;
  variant?: string;
  deltas: Deltas;
  set?: Partial<TrustFlags>;
}

type Target = TrustStepId | TrustEndingId | 'assess';
const chose = (choiceId: string) => ({ type: 'chose' as const, params: { choiceId } });

/** One guarded transition: the learner picked `choiceId` (and every `when` holds). Months are in `deltas`. */
function pick(stepId: TrustStepId, choiceId: string, target: Target, deltas: Deltas,
  opts: { when?: ConditionName | ConditionName[]; variant?: string; set?: Partial<TrustFlags> } = {}) {
  const params: TrustDecideParams = { stepId, choiceId, deltas, variant: opts.variant, set: opts.set };
  return {
    guard: opts.when ? and([chose(choiceId), ...([] as ConditionName[]).concat(opts.when)]) : chose(choiceId),
    target,
    actions: [{ type: 'decide' as const, params }],
  };
}

const guardOf = (f: (c: TrustContext) => boolean) => ({ context }: { context: TrustContext }) => f(context);
/** When the months run out the tender is announced, ready or not. */
const tenderAnnounced = { guard: 'isOutOfTime' as const, target: 'assess' as const };

export const trustMachine = setup({
  types: {
    context: {} as TrustContext,
    events: {} as ChooseEvent,
  },
  guards: {
    chose: ({ event }, params: { choiceId: string }) => event.choiceId === params.choiceId,
    knowsBusiness: guardOf(trustConditions.knowsBusiness),
    lacksBusinessKnowledge: guardOf(trustConditions.lacksBusinessKnowledge),
    knowsTheRules: guardOf(trustConditions.knowsTheRules),
    overpromised: guardOf(trustConditions.overpromised),
    isCredible: guardOf(trustConditions.isCredible),
    isOutOfTime: guardOf(trustConditions.isOutOfTime),
    isFlagged: guardOf(trustConditions.isFlagged),
    isWin: guardOf(trustConditions.isWin),
    isPartial: guardOf(trustConditions.isPartial),
  },
  actions: {
    decide: assign(({ context }, p: TrustDecideParams) => ({
      meters: applyDeltas(context.meters, p.deltas, trustMeterSpecs),
      flags: { ...context.flags, ...p.set },
      decisions: [
        ...context.decisions,
        p.variant ? { stepId: p.stepId, choiceId: p.choiceId, variant: p.variant } : { stepId: p.stepId, choiceId: p.choiceId },
      ],
    })),
  },
}).createMachine({
  id: 'trust',
  context: initialTrustContext,
  initial: 'study',
  states: {
    study: {
      on: {
        'learner.choose': [
          pick('study', 'deep', 'rules', { image: 15, trust: 5, months: -2 }, { set: { study: 'deep' } }),
          pick('study', 'field', 'rules', { image: 8, trust: 8, months: -1 }, { set: { study: 'field' } }),
          pick('study', 'productOnly', 'rules', { months: -1 }, { set: { study: 'productOnly' } }),
          pick('study', 'insiderDocs', 'rules', { image: 3, risk: 20, months: -1 }, { set: { study: 'insiderDocs' } }),
        ],
      },
    },
    rules: {
      always: tenderAnnounced,
      on: {
        'learner.choose': [
          pick('rules', 'learned', 'care', { risk: -5, trust: 5, image: 5, months: -1 }, { set: { rules: 'learned' } }),
          pick('rules', 'drawer', 'care', { risk: 10, months: -1 }, { set: { rules: 'ignored' } }),
          pick('rules', 'askZhengDinner', 'care', { risk: 15, trust: -10, months: -1 }, { set: { rules: 'ignored' } }),
          pick('rules', 'legalMemo', 'care', { months: -1 }, { set: { rules: 'legalMemo' } }),
        ],
      },
    },
    care: {
      always: tenderAnnounced,
      on: {
        'learner.choose': [
          pick('care', 'helpAndTeach', 'loyalty', { trust: 6, image: 4, months: -1 }, { when: 'lacksBusinessKnowledge', variant: 'slow' }),
          pick('care', 'helpAndTeach', 'loyalty', { trust: 12, image: 10, months: -1 }),
          pick('care', 'blameOld', 'loyalty', { trust: -15, months: -1 }),
          pick('care', 'notOurs', 'loyalty', { trust: -3, months: -1 }),
          pick('care', 'lecture', 'loyalty', { trust: -5, image: 3, months: -1 }),
        ],
      },
    },
    loyalty: {
      always: tenderAnnounced,
      on: {
        'learner.choose': [
          pick('loyalty', 'honestRoadmap', 'dinner', { trust: 10, image: 8, months: -1 }, { set: { loyalty: 'honest' } }),
          pick('loyalty', 'overpromise', 'dinner', { trust: 5, image: 5, months: -1 }, { set: { loyalty: 'overpromise' } }),
          pick('loyalty', 'blamePartner', 'dinner', { trust: -10, image: -5, months: -3 }, { set: { loyalty: 'blamePartner' } }),
        ],
      },
    },
    dinner: {
      always: tenderAnnounced,
      on: {
        'learner.choose': [
          pick('dinner', 'canteen', 'signal', { trust: 6, months: -1 }),
          pick('dinner', 'clubBanquet', 'privateBanquet', { risk: 100 }),
          pick('dinner', 'aaMeal', 'signal', { trust: 4, months: -1 }, { when: 'knowsTheRules' }),
          pick('dinner', 'aaMeal', 'signal', { trust: 2, risk: 20, months: -1 }, { variant: 'drift' }),
          pick('dinner', 'declineCold', 'signal', { trust: -4, months: -1 }),
        ],
      },
    },
    signal: {
      always: tenderAnnounced,
      on: {
        'learner.choose': [
          pick('signal', 'readAndServe', 'trip', { trust: -5, image: -10, months: -1 }, { when: 'overpromised', variant: 'exposed' }),
          pick('signal', 'readAndServe', 'trip', { trust: 15, image: 5, months: -1 }),
          pick('signal', 'tutorCard', 'tutorCard', { risk: 100 }),
          pick('signal', 'pushInside', 'trip', { trust: -15, risk: 20, months: -1 }),
          pick('signal', 'missSignal', 'trip', { months: -2 }),
        ],
      },
    },
    trip: {
      always: tenderAnnounced,
      on: {
        'learner.choose': [
          pick('trip', 'formalStudyTour', 'contrast', { trust: 5, image: 8, months: -1 }),
          pick('trip', 'payConsultantTrip', 'tripConsultant', { risk: 100 }),
          pick('trip', 'resortForLeaders', 'tripLeaders', { risk: 100 }),
          pick('trip', 'materialsOnly', 'contrast', { image: 3, months: -1 }),
        ],
      },
    },
    contrast: {
      always: tenderAnnounced,
      on: {
        'learner.choose': [
          pick('contrast', 'honestTiers', 'close', { trust: 4, image: 6, months: -1 }, { when: 'lacksBusinessKnowledge', variant: 'shallow' }),
          pick('contrast', 'honestTiers', 'close', { trust: 8, image: 15, months: -1 }),
          pick('contrast', 'decoy', 'close', { trust: -15, image: -10, months: -1 }),
          pick('contrast', 'singleOption', 'close', { image: 2, months: -1 }),
          pick('contrast', 'smearRival', 'close', { trust: -10, image: -10, risk: 10, months: -1 }),
        ],
      },
    },
    close: {
      always: tenderAnnounced,
      on: {
        'learner.choose': [
          pick('close', 'openTender', 'assess', { trust: 10, image: 5, months: -1 }),
          // A pilot is only worth proposing once the customer sees you as competent.
          pick('close', 'pilotFirst', 'assess', { trust: 8, image: 8, months: -1 }, { when: 'isCredible' }),
          pick('close', 'tailorSpecs', 'assess', { trust: -20, image: -10, risk: 20, months: -1 }),
          pick('close', 'waitAndSee', 'assess', { months: -1 }),
        ],
      },
    },
    assess: {
      always: [
        { guard: 'isFlagged', target: 'flagged' },
        { guard: 'isWin', target: 'trustedPartner' },
        { guard: 'isPartial', target: 'respectedVendor' },
        { target: 'notTrusted' },
      ],
    },
    trustedPartner: { type: 'final' },
    respectedVendor: { type: 'final' },
    notTrusted: { type: 'final' },
    flagged: { type: 'final' },
    privateBanquet: { type: 'final' },
    tutorCard: { type: 'final' },
    tripConsultant: { type: 'final' },
    tripLeaders: { type: 'final' },
  },
});
