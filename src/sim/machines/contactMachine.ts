/**
 * 接触 (chapters 1–3): first contact with a key account, 某市城投集团 and its 智慧园区一期 project.
 * The machine knows ids only; every line the learner reads lives in contactScript.ts.
 * Consequences that depend on earlier choices are guarded transitions on `context.flags`:
 * the more specific guarded transition is listed first, the plain one is the fallback.
 */
import { and, assign, setup } from 'xstate';
import { applyDeltas, clamp, type MeterSpec } from '../engine/meters';
import type { ChooseEvent, OutcomeKind } from '../types';

export const contactMeterSpecs = {
  warmth: { label: '关系温度', min: 0, max: 100 },
  needs: { label: '需求把握', min: 0, max: 100 },
  risk: { label: '合规风险', min: 0, max: 100, higherIsWorse: true },
  weeks: { label: '剩余周数', min: 0, max: 12, unit: '周' },
} satisfies Record<string, MeterSpec>;
export type ContactMeterId = keyof typeof contactMeterSpecs;
export type ContactMeters = Record<ContactMeterId, number>;

export const contactStepIds = [
  'chain', 'attitudes', 'team', 'entry', 'channel', 'meeting', 'followup', 'stakeholders',
] as const;
export type ContactStepId = (typeof contactStepIds)[number];

export const contactEndingKinds = {
  inTheCircle: 'win',
  oneOfMany: 'partial',
  doorClosed: 'loss',
  windowClosed: 'loss',
  flagged: 'loss',
  giftViaRelative: 'compliance',
  cashCards: 'compliance',
  kickback: 'compliance',
} as const satisfies Record<string, OutcomeKind>;
export type ContactEndingId = keyof typeof contactEndingKinds;

export interface ContactFlags {
  chain: 'accurate' | 'techOnly' | 'topOnly' | 'userOnly' | null;
  attitude: 'mapped' | 'bypassSun' | 'avoidDiscipline' | 'userChampion' | null;
  team: 'core5' | 'solo' | 'crowd' | 'noExec' | null;
  channel: 'publicProfile' | 'stalk' | 'noPrep' | null;
  meeting: 'listenConfirm' | 'execPeer' | 'pitchDeck' | 'priceFirst' | null;
}

export interface DecisionRecord {
  stepId: string;
  choiceId: string;
  /** Which consequence applied when the effect depends on earlier choices (a key of the script's variants). */
  variant?: string;
}

export interface ContactContext {
  meters: ContactMeters;
  flags: ContactFlags;
  decisions: DecisionRecord[];
}

export const initialContactContext = (): ContactContext => ({
  meters: { warmth: 20, needs: 10, risk: 0, weeks: 12 },
  flags: { chain: null, attitude: null, team: null, channel: null, meeting: null },
  decisions: [],
});

/** Thresholds of the assessment after the last decision. */
export const contactThresholds = { winWarmth: 60, winNeeds: 60, winRiskBelow: 30, partialWarmth: 35, partialNeeds: 35, flaggedRisk: 50 };
const T = contactThresholds;

const hasArchitect = (c: ContactContext) => c.flags.team === 'core5' || c.flags.team === 'crowd' || c.flags.team === 'noExec';

/** Pure predicates over the context; the guards below are these, so tests can probe their boundaries. */
export const contactConditions = {
  readChainAccurately: (c: ContactContext) => c.flags.chain === 'accurate',
  misreadAsTechnical: (c: ContactContext) => c.flags.chain === 'techOnly',
  wentOverHead: (c: ContactContext) => c.flags.chain === 'topOnly',
  hasArchitect,
  lacksArchitect: (c: ContactContext) => !hasArchitect(c),
  hasExec: (c: ContactContext) => c.flags.team === 'core5' || c.flags.team === 'crowd',
  alienatedSun: (c: ContactContext) => c.flags.attitude === 'bypassSun',
  preparedChannel: (c: ContactContext) => c.flags.channel === 'publicProfile',
  needsConfirmed: (c: ContactContext) => c.flags.meeting === 'listenConfirm' || c.flags.meeting === 'execPeer',
  isOutOfTime: (c: ContactContext) => c.meters.weeks <= 0,
  isFlagged: (c: ContactContext) => c.meters.risk >= T.flaggedRisk,
  isWin: (c: ContactContext) =>
    c.meters.warmth >= T.winWarmth && c.meters.needs >= T.winNeeds && c.meters.risk < T.winRiskBelow,
  isPartial: (c: ContactContext) => c.meters.warmth >= T.partialWarmth && c.meters.needs >= T.partialNeeds,
};
type ConditionName = keyof typeof contactConditions;

/** Score bands keep the number consistent with the ending's kind. */
const bands: Record<OutcomeKind, [number, number]> = { win: [75, 100], partial: [45, 74], loss: [10, 44], compliance: [0, 0] };
export function contactScore(c: ContactContext, kind: OutcomeKind): number {
  const raw = 0.4 * c.meters.warmth + 0.4 * c.meters.needs + 0.2 * (100 - c.meters.risk);
  return clamp(Math.round(raw), ...bands[kind]);
}

type Deltas = Partial<ContactMeters>;
export interface ContactDecideParams {
  stepId: ContactStepId;
  choiceId: string;
  variant?: string;
  deltas: Deltas;
  set?: Partial<ContactFlags>;
}

type Target = ContactStepId | ContactEndingId | 'assess';
const chose = (choiceId: string) => ({ type: 'chose' as const, params: { choiceId } });

/**
 * One guarded transition: the learner picked `choiceId` (and, if given, `when` holds).
 * Weeks are part of `deltas` because every step costs time.
 */
function pick(stepId: ContactStepId, choiceId: string, target: Target, deltas: Deltas,
  opts: { when?: ConditionName | ConditionName[]; variant?: string; set?: Partial<ContactFlags> } = {}) {
  const params: ContactDecideParams = { stepId, choiceId, deltas, variant: opts.variant, set: opts.set };
  return {
    guard: opts.when ? and([chose(choiceId), ...([] as ConditionName[]).concat(opts.when)]) : chose(choiceId),
    target,
    actions: [{ type: 'decide' as const, params }],
  };
}

const guardOf = (f: (c: ContactContext) => boolean) => ({ context }: { context: ContactContext }) => f(context);
const timeCheck = { guard: 'isOutOfTime' as const, target: 'windowClosed' as const };

export const contactMachine = setup({
  types: {
    context: {} as ContactContext,
    events: {} as ChooseEvent,
  },
  guards: {
    chose: ({ event }, params: { choiceId: string }) => event.choiceId === params.choiceId,
    readChainAccurately: guardOf(contactConditions.readChainAccurately),
    misreadAsTechnical: guardOf(contactConditions.misreadAsTechnical),
    wentOverHead: guardOf(contactConditions.wentOverHead),
    hasArchitect: guardOf(contactConditions.hasArchitect),
    lacksArchitect: guardOf(contactConditions.lacksArchitect),
    hasExec: guardOf(contactConditions.hasExec),
    alienatedSun: guardOf(contactConditions.alienatedSun),
    preparedChannel: guardOf(contactConditions.preparedChannel),
    needsConfirmed: guardOf(contactConditions.needsConfirmed),
    isOutOfTime: guardOf(contactConditions.isOutOfTime),
    isFlagged: guardOf(contactConditions.isFlagged),
    isWin: guardOf(contactConditions.isWin),
    isPartial: guardOf(contactConditions.isPartial),
  },
  actions: {
    decide: assign(({ context }, p: ContactDecideParams) => ({
      meters: applyDeltas(context.meters, p.deltas, contactMeterSpecs),
      flags: { ...context.flags, ...p.set },
      decisions: [
        ...context.decisions,
        p.variant ? { stepId: p.stepId, choiceId: p.choiceId, variant: p.variant } : { stepId: p.stepId, choiceId: p.choiceId },
      ],
    })),
  },
}).createMachine({
  id: 'contact',
  context: initialContactContext,
  initial: 'chain',
  states: {
    chain: {
      on: {
        'learner.choose': [
          pick('chain', 'accurate', 'attitudes', { needs: 10, weeks: -1 }, { set: { chain: 'accurate' } }),
          pick('chain', 'techOnly', 'attitudes', { weeks: -1 }, { set: { chain: 'techOnly' } }),
          pick('chain', 'topOnly', 'attitudes', { weeks: -1 }, { set: { chain: 'topOnly' } }),
          pick('chain', 'userOnly', 'attitudes', { needs: 5, weeks: -1 }, { set: { chain: 'userOnly' } }),
        ],
      },
    },
    attitudes: {
      always: timeCheck,
      on: {
        'learner.choose': [
          pick('attitudes', 'mapped', 'team', { needs: 5, warmth: 5, weeks: -1 }, { set: { attitude: 'mapped' } }),
          pick('attitudes', 'bypassSun', 'team', { weeks: -1 }, { set: { attitude: 'bypassSun' } }),
          pick('attitudes', 'avoidDiscipline', 'team', { risk: 15, weeks: -1 }, { set: { attitude: 'avoidDiscipline' } }),
          pick('attitudes', 'userChampion', 'team', { warmth: 5, needs: 5, weeks: -1 }, { set: { attitude: 'userChampion' } }),
        ],
      },
    },
    team: {
      always: timeCheck,
      on: {
        'learner.choose': [
          pick('team', 'core5', 'entry', { warmth: 5, weeks: -1 }, { set: { team: 'core5' } }),
          pick('team', 'solo', 'entry', { weeks: 0 }, { set: { team: 'solo' } }),
          pick('team', 'crowd', 'entry', { risk: 5, weeks: -2 }, { set: { team: 'crowd' } }),
          pick('team', 'noExec', 'entry', { weeks: -1 }, { set: { team: 'noExec' } }),
        ],
      },
    },
    entry: {
      always: timeCheck,
      on: {
        'learner.choose': [
          pick('entry', 'techExchange', 'channel', { warmth: 2, needs: 3, weeks: -3 }, { when: 'lacksArchitect', variant: 'noArchitect' }),
          pick('entry', 'techExchange', 'channel', { warmth: 3, needs: 6, weeks: -2 }, { when: 'alienatedSun', variant: 'sunCold' }),
          pick('entry', 'techExchange', 'channel', { warmth: 10, needs: 12, weeks: -2 }),
          pick('entry', 'forum', 'channel', { warmth: 6, needs: 4, weeks: -1 }),
          pick('entry', 'referral', 'channel', { warmth: 15, needs: 5, weeks: -1 }, { when: 'readChainAccurately', variant: 'toLiu' }),
          pick('entry', 'referral', 'channel', { warmth: 6, needs: 4, weeks: -1 }, { when: 'misreadAsTechnical', variant: 'toSun' }),
          pick('entry', 'referral', 'channel', { warmth: 2, weeks: -1 }, { when: 'wentOverHead', variant: 'toZhou' }),
          pick('entry', 'referral', 'channel', { warmth: 5, needs: 6, weeks: -1 }, { variant: 'toWu' }),
          pick('entry', 'formalVisit', 'channel', { warmth: 6, needs: 4, weeks: -2 }),
          pick('entry', 'coldDoor', 'channel', { warmth: -10, weeks: -1 }),
        ],
      },
    },
    channel: {
      always: timeCheck,
      on: {
        'learner.choose': [
          pick('channel', 'publicProfile', 'meeting', { warmth: 5, needs: 5, weeks: -1 }, { set: { channel: 'publicProfile' } }),
          pick('channel', 'familyRoute', 'giftViaRelative', { risk: 100 }),
          pick('channel', 'stalk', 'meeting', { warmth: -5, risk: 15, weeks: -2 }, { set: { channel: 'stalk' } }),
          pick('channel', 'noPrep', 'meeting', {}, { set: { channel: 'noPrep' } }),
        ],
      },
    },
    meeting: {
      always: timeCheck,
      on: {
        'learner.choose': [
          pick('meeting', 'listenConfirm', 'followup', { warmth: 8, needs: 8, weeks: -1 }, { when: 'misreadAsTechnical', variant: 'sun', set: { meeting: 'listenConfirm' } }),
          pick('meeting', 'listenConfirm', 'followup', { warmth: 15, needs: 22, weeks: -1 }, { when: 'preparedChannel', variant: 'prepared', set: { meeting: 'listenConfirm' } }),
          pick('meeting', 'listenConfirm', 'followup', { warmth: 10, needs: 15, weeks: -1 }, { set: { meeting: 'listenConfirm' } }),
          // Only a team with a senior manager can offer a peer-level meeting: the choice is absent otherwise.
          pick('meeting', 'execPeer', 'followup', { warmth: 2, needs: 3, weeks: -1 }, { when: ['hasExec', 'misreadAsTechnical'], variant: 'sun', set: { meeting: 'execPeer' } }),
          pick('meeting', 'execPeer', 'followup', { warmth: 18, needs: 12, weeks: -1 }, { when: 'hasExec', set: { meeting: 'execPeer' } }),
          pick('meeting', 'pitchDeck', 'followup', { warmth: -5, weeks: -1 }, { set: { meeting: 'pitchDeck' } }),
          pick('meeting', 'priceFirst', 'followup', { warmth: -8, weeks: -1 }, { set: { meeting: 'priceFirst' } }),
          pick('meeting', 'kickback', 'kickback', { risk: 100 }),
        ],
      },
    },
    followup: {
      always: timeCheck,
      on: {
        'learner.choose': [
          pick('followup', 'minutes', 'stakeholders', { warmth: 10, needs: 10, weeks: -1 }, { when: 'needsConfirmed' }),
          pick('followup', 'minutes', 'stakeholders', { warmth: 3, needs: 3, weeks: -1 }, { variant: 'thin' }),
          pick('followup', 'siteVisit', 'stakeholders', { warmth: 10, needs: 8, weeks: -2 }),
          pick('followup', 'shoppingCards', 'cashCards', { risk: 100 }),
          pick('followup', 'wait', 'stakeholders', { warmth: -5, weeks: -3 }),
        ],
      },
    },
    stakeholders: {
      always: timeCheck,
      on: {
        'learner.choose': [
          pick('stakeholders', 'tailored', 'assess', { warmth: 5, needs: 5, weeks: -1 }, { when: 'misreadAsTechnical', variant: 'misread' }),
          pick('stakeholders', 'tailored', 'assess', { warmth: -5, needs: 10, weeks: -1 }, { when: 'wentOverHead', variant: 'overHead' }),
          pick('stakeholders', 'tailored', 'assess', { warmth: 5, needs: 5, weeks: -1 }, { when: 'lacksArchitect', variant: 'noArchitect' }),
          pick('stakeholders', 'tailored', 'assess', { warmth: 10, needs: 15, weeks: -1 }),
          pick('stakeholders', 'onlyLiu', 'assess', { warmth: -5, weeks: -1 }),
          pick('stakeholders', 'leakAsk', 'assess', { warmth: -10, risk: 25, weeks: -1 }),
        ],
      },
    },
    assess: {
      always: [
        { guard: 'isFlagged', target: 'flagged' },
        { guard: 'isWin', target: 'inTheCircle' },
        { guard: 'isPartial', target: 'oneOfMany' },
        { target: 'doorClosed' },
      ],
    },
    inTheCircle: { type: 'final' },
    oneOfMany: { type: 'final' },
    doorClosed: { type: 'final' },
    windowClosed: { type: 'final' },
    flagged: { type: 'final' },
    giftViaRelative: { type: 'final' },
    cashCards: { type: 'final' },
    kickback: { type: 'final' },
  },
});
