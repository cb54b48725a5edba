/**
 * 投标 (chapters 5–6): from pre-tender preparation to bid opening on a 依法必须招标 works project under
 * 招标投标法 — every clock counts calendar days (日). The countdown from the issue of the tender documents
 * to the bid deadline drives the game: each task costs days and people, and late starts are punished by
 * guards on the remaining days. The machine knows ids only; every line is in biddingScript.ts.
 * Deterministic: "today" lives in context, so a persisted snapshot resumes identically.
 */
import { and, assign, setup } from 'xstate';
import { addDays, daysBetween } from '../../course/calendar';
import { applyDeltas, clamp, type MeterSpec } from '../engine/meters';
import type { ChooseEvent, DebriefItem, OutcomeKind } from '../types';

export const BID_DATES = {
  /** The week before the tender: 5.1 preparation. */
  prepStart: '2026-06-29',
  partnerTalk: '2026-07-01',
  /** 招标文件开始发出 (Monday). */
  issued: '2026-07-06',
  /** 补遗: the 最高投标限价 is lowered; only a team that watches the platform sees it. */
  addendum: '2026-07-10',
  /** "等刘总回来开会": the late start. */
  bossBack: '2026-07-16',
  /** Our CA key's certificate expires before the opening: decryption at the opening would fail. */
  caExpiry: '2026-07-20',
  /** 投标截止 = 开标, 9:30. 21 days after issue (招标投标法第24条: at least 20日). */
  deadline: '2026-07-27',
} as const;
/** 实施条例第22条: an 异议 to the tender documents must be raised 10日 before the bid deadline. */
export const LAST_OBJECTION_DAY = addDays(BID_DATES.deadline, -10);
/** 实施条例第22条: the 招标人 replies within 3日 of receiving it. */
export const OBJECTION_REPLY_DAYS = 3;
/** 招标投标法第24条. */
export const MIN_TENDER_DAYS = 20;
/** 最高投标限价 in 万元: as first published, and after the 补遗. */
export const PRICE_CAP = { original: 1320, revised: 1280 } as const;

export const BID_CHOICES = {
  prepTech: ['wait', 'align', 'tailor'],
  prepPartner: ['oral', 'rig', 'plan'],
  team: ['formNow', 'soloStart', 'waitBoss'],
  analysis: ['scoringOnly', 'thorough', 'copyOld'],
  objection: ['phone', 'accept', 'formal'],
  qualification: ['fullCheck', 'borrowPm', 'qualOnly'],
  cost: ['flatCut', 'crossCheck', 'nearCap'],
  technical: ['everything', 'template', 'tailored'],
  review: ['full', 'crossOnly', 'skip'],
  packaging: ['rushed', 'careful', 'courier'],
  upload: ['lastMinute', 'noTest', 'earlyTest'],
  opening: ['laterLetter', 'objectOnSite', 'followExpert'],
  presentation: ['promise', 'bribe', 'formal'],
} as const;
export type BidStepId = keyof typeof BID_CHOICES;
export type BidChoiceId<S extends BidStepId = BidStepId> = (typeof BID_CHOICES)[S][number];
export const BID_STEPS = Object.keys(BID_CHOICES) as BidStepId[];

export const BID_ENDING_KINDS = {
  won: 'win',
  second: 'partial',
  third: 'loss',
  rejected: 'loss',
  late: 'loss',
  collusionTenderee: 'compliance',
  collusionBidders: 'compliance',
  privateContact: 'compliance',
  bribery: 'compliance',
} as const satisfies Record<string, OutcomeKind>;
export type BidEndingId = keyof typeof BID_ENDING_KINDS;

export type BidMeterId = 'effort' | 'technical' | 'business' | 'price' | 'risk';
/** `daysLeft` is derived from `today`; it runs from the issue of the tender documents to the deadline. */
export const DAYS_LEFT_BOUNDS: MeterSpec = { label: 'daysLeft', min: 0, max: daysBetween(BID_DATES.issued, BID_DATES.deadline) };
/** Bounds only; labels and units are in the script. */
export const BID_METER_BOUNDS: Record<BidMeterId, MeterSpec> = {
  effort: { label: 'effort', min: 0, max: 150, higherIsWorse: true },
  technical: { label: 'technical', min: 0, max: 40 },
  business: { label: 'business', min: 0, max: 20 },
  price: { label: 'price', min: 0, max: 40 },
  risk: { label: 'risk', min: 0, max: 100, higherIsWorse: true },
};

export const BID_FLAGS = [
  'prepared', 'partnerDeal', 'thin', 'watchAddenda', 'missedStar', 'objectionAccepted', 'caChecked', 'pmConflict',
  'overCap', 'listError', 'typo', 'reviewed', 'fullReview', 'unsigned', 'decryptFail', 'deliveredLate',
  'uploadFailed',
] as const;
export type BidFlag = (typeof BID_FLAGS)[number];
type Flags = Record<BidFlag, boolean>;
type Deltas = Partial<Record<BidMeterId, number>>;
export type Verdict = DebriefItem['verdict'];

/** What a choice does. Days are calendar days of work; effort is person-days (days × team size + extra). */
interface Effect {
  verdict: Verdict;
  days?: number;
  /** Jump the clock to this date (waiting, not working: costs no effort). */
  until?: string;
  effort?: number;
  staff?: number;
  /** Absolute meter values (e.g. the price score a pricing strategy yields), applied before `deltas`. */
  set?: Deltas;
  deltas?: Deltas;
  flags?: Partial<Flags>;
  /** Adjustments that depend on earlier choices, read from the flags before this choice. */
  mods?: { when?: BidFlag; unless?: BidFlag; days?: number; deltas?: Deltas }[];
  raisesObjection?: true;
}

/** Every consequence, keyed `step.choice` or `step.choice.variant`; the script has a text for each key. */
export const BID_EFFECTS = {
  'prepTech.align': { verdict: 'good', until: BID_DATES.partnerTalk, effort: 6, deltas: { technical: 2, risk: -5 }, flags: { prepared: true } },
  'prepTech.wait': { verdict: 'bad', until: BID_DATES.partnerTalk, deltas: { risk: 5 } },
  'prepTech.tailor': { verdict: 'violation' },
  'prepPartner.plan': { verdict: 'good', until: BID_DATES.issued, effort: 4, deltas: { business: 1 }, flags: { partnerDeal: true } },
  'prepPartner.oral': { verdict: 'ok', until: BID_DATES.issued, effort: 1, deltas: { risk: 5 } },
  'prepPartner.rig': { verdict: 'violation' },
  'team.formNow': { verdict: 'good', days: 1, staff: 4 },
  'team.soloStart': { verdict: 'bad', days: 1, staff: 2, flags: { thin: true }, deltas: { risk: 5 } },
  'team.waitBoss': { verdict: 'bad', until: BID_DATES.bossBack, staff: 4, effort: 2, deltas: { risk: 10 } },
  'analysis.thorough': { verdict: 'good', days: 2, mods: [{ when: 'thin', days: 1 }], flags: { watchAddenda: true }, deltas: { risk: -10 } },
  'analysis.scoringOnly': { verdict: 'ok', days: 1, mods: [{ when: 'thin', days: 1 }], flags: { missedStar: true }, deltas: { risk: 10 } },
  'analysis.copyOld': { verdict: 'bad', days: 1, flags: { missedStar: true }, deltas: { risk: 20, technical: -2 } },
  'objection.formal.inTime': { verdict: 'good', effort: 1, raisesObjection: true, flags: { objectionAccepted: true }, deltas: { business: 4 } },
  'objection.formal.late': { verdict: 'bad', effort: 1 },
  'objection.phone': { verdict: 'bad' },
  'objection.accept': { verdict: 'ok' },
  'qualification.fullCheck': { verdict: 'good', days: 2, mods: [{ when: 'thin', days: 1 }], flags: { caChecked: true }, deltas: { business: 3, risk: -5 } },
  'qualification.fullCheck.fetchAuth': {
    verdict: 'good', days: 3, mods: [{ when: 'thin', days: 1 }], flags: { caChecked: true }, deltas: { business: 4, risk: -5 },
  },
  'qualification.qualOnly': { verdict: 'ok', days: 1, deltas: { risk: 5 } },
  'qualification.qualOnly.noAuth': { verdict: 'bad', days: 1, deltas: { business: -2, risk: 5 } },
  'qualification.borrowPm': { verdict: 'bad', days: 1, flags: { pmConflict: true }, deltas: { business: 3, risk: 30 } },
  'cost.crossCheck': { verdict: 'good', days: 2, set: { price: 36 }, mods: [{ when: 'thin', days: 1 }, { when: 'partnerDeal', deltas: { price: 1 } }], deltas: { risk: -5 } },
  'cost.flatCut': { verdict: 'bad', days: 1, set: { price: 34 }, flags: { listError: true }, deltas: { risk: 10 } },
  'cost.nearCap.safe': { verdict: 'bad', days: 1, set: { price: 28 } },
  'cost.nearCap.over': { verdict: 'bad', days: 1, set: { price: 28 }, flags: { overCap: true }, deltas: { risk: 30 } },
  'technical.tailored': {
    verdict: 'good', days: 3, deltas: { technical: 6 },
    mods: [{ when: 'thin', days: 1, deltas: { technical: -3 } }, { when: 'prepared', deltas: { technical: 1 } }],
  },
  'technical.template': { verdict: 'bad', days: 1, flags: { typo: true }, deltas: { technical: 2, risk: 10 } },
  'technical.everything': { verdict: 'ok', days: 4, mods: [{ when: 'thin', days: 1 }], deltas: { technical: 4 } },
  'review.full': {
    verdict: 'good', days: 3, effort: 4, mods: [{ when: 'thin', days: 1 }], deltas: { technical: 2, risk: -20 },
    flags: { missedStar: false, overCap: false, listError: false, typo: false, reviewed: true, fullReview: true },
  },
  'review.crossOnly': { verdict: 'ok', days: 1, mods: [{ when: 'thin', days: 1 }], deltas: { risk: -10 }, flags: { missedStar: false, typo: false, reviewed: true } },
  'review.skip': { verdict: 'bad', deltas: { risk: 10 } },
  'packaging.careful': { verdict: 'good', days: 1 },
  'packaging.careful.late': { verdict: 'bad', days: 1, flags: { deliveredLate: true } },
  'packaging.rushed': { verdict: 'ok', deltas: { risk: 5 } },
  'packaging.rushed.unsigned': { verdict: 'bad', flags: { unsigned: true }, deltas: { risk: 30 } },
  'packaging.rushed.late': { verdict: 'bad', flags: { deliveredLate: true } },
  'packaging.courier': { verdict: 'ok', days: 1, deltas: { risk: 5 } },
  'packaging.courier.late': { verdict: 'bad', days: 1, flags: { deliveredLate: true } },
  'upload.earlyTest': { verdict: 'good' },
  'upload.earlyTest.renewed': { verdict: 'ok', days: 1, flags: { caChecked: true } },
  'upload.earlyTest.tooLate': { verdict: 'bad', flags: { uploadFailed: true } },
  'upload.noTest': { verdict: 'ok', deltas: { risk: 5 } },
  'upload.noTest.decryptFail': { verdict: 'bad', flags: { decryptFail: true }, deltas: { risk: 30 } },
  'upload.lastMinute': { verdict: 'bad', deltas: { risk: 10 } },
  'upload.lastMinute.failed': { verdict: 'bad', flags: { uploadFailed: true } },
  'opening.objectOnSite': { verdict: 'good', deltas: { risk: -5 } },
  'opening.laterLetter': { verdict: 'bad', deltas: { risk: 10 } },
  'opening.followExpert': { verdict: 'violation' },
  'presentation.formal': { verdict: 'good', deltas: { technical: 1 }, mods: [{ when: 'fullReview', deltas: { technical: 1 } }] },
  'presentation.promise': { verdict: 'bad', deltas: { technical: -3 } },
  'presentation.bribe': { verdict: 'violation' },
} as const satisfies Record<string, Effect>;
export type BidFxKey = keyof typeof BID_EFFECTS;

export interface BidDecision {
  stepId: BidStepId;
  choiceId: string;
  fx: BidFxKey;
  verdict: Verdict;
  /** The simulated date the decision was taken. */
  on: string;
}

export interface BidContext {
  today: string;
  staff: number;
  meters: Record<BidMeterId, number>;
  flags: Flags;
  /** The day our written 异议 reached the 招标人 (reply due 3日 later). */
  objectionOn: string | null;
  decisions: BidDecision[];
}

const NO_FLAGS = Object.fromEntries(BID_FLAGS.map((f) => [f, false])) as Flags;

export const initialBidContext = (): BidContext => ({
  today: BID_DATES.prepStart,
  staff: 2,
  meters: { effort: 0, technical: 26, business: 12, price: 30, risk: 30 },
  flags: { ...NO_FLAGS },
  objectionOn: null,
  decisions: [],
});

/** Calendar days from today to the bid deadline; the full period before the documents are issued. */
export function bidDaysLeft(c: Pick<BidContext, 'today'>): number {
  const from = c.today < BID_DATES.issued ? BID_DATES.issued : c.today;
  return daysBetween(from, BID_DATES.deadline);
}

/** The two competitors' scores (技术/商务/报价) are fixed facts of the case. */
export const COMPETITORS = {
  jia: { technical: 34.5, business: 20, price: 37 },
  yi: { technical: 31.5, business: 18, price: 36 },
} as const;
const total = (s: { technical: number; business: number; price: number }) => s.technical + s.business + s.price;

/** Our scores as the 评标委员会 sees them: errors nobody caught cost points here. */
export function ourBidScores(c: BidContext) {
  const technical = c.meters.technical - (c.flags.typo ? 2 : 0);
  const business = c.meters.business;
  const price = c.meters.price - (c.flags.listError ? 3 : 0);
  return { technical, business, price, total: technical + business + price };
}

export type RejectionReason = 'pmConflict' | 'overCap' | 'missedStar' | 'unsigned' | 'decryptFail';
/** The first substantive defect the 评标委员会 finds, in the order they check. */
export function rejectionReason(c: BidContext): RejectionReason | null {
  const order: RejectionReason[] = ['decryptFail', 'unsigned', 'missedStar', 'overCap', 'pmConflict'];
  return order.find((r) => c.flags[r]) ?? null;
}
export type LateReason = 'paper' | 'upload' | 'unfinished';
export const lateReason = (c: BidContext): LateReason =>
  c.flags.deliveredLate ? 'paper' : c.flags.uploadFailed ? 'upload' : 'unfinished';

/** Score bands keep the number consistent with the ending's kind; the share of good decisions places it inside. */
const SCORE_BANDS: Record<OutcomeKind, [number, number]> = { win: [80, 100], partial: [55, 79], loss: [10, 45], compliance: [0, 0] };
export function bidGameScore(c: BidContext, ending: BidEndingId): number {
  const [lo, hi] = SCORE_BANDS[BID_ENDING_KINDS[ending]];
  const good = c.decisions.filter((d) => d.verdict === 'good').length / Math.max(1, c.decisions.length);
  return Math.round(lo + (hi - lo) * good);
}

/** Pure predicates; the named guards are these, so tests can probe their boundaries. */
export const bidConditions = {
  isPastDeadline: (c: BidContext) => c.today > BID_DATES.deadline,
  isObjectionWindowOpen: (c: BidContext) => c.today <= LAST_OBJECTION_DAY,
  hasOneDayLeft: (c: BidContext) => bidDaysLeft(c) >= 1,
  hasTwoDaysLeft: (c: BidContext) => bidDaysLeft(c) >= 2,
  hasPartnerAuthorisation: (c: BidContext) => c.flags.partnerDeal,
  watchesAddenda: (c: BidContext) => c.flags.watchAddenda,
  isCaKeyChecked: (c: BidContext) => c.flags.caChecked,
  wasReviewed: (c: BidContext) => c.flags.reviewed,
  missedDelivery: (c: BidContext) => c.flags.deliveredLate || c.flags.uploadFailed,
  cannotDecrypt: (c: BidContext) => c.flags.decryptFail,
  isRejected: (c: BidContext) => rejectionReason(c) !== null,
  beatsBoth: (c: BidContext) => ourBidScores(c).total > Math.max(total(COMPETITORS.jia), total(COMPETITORS.yi)),
  beatsRunnerUp: (c: BidContext) => ourBidScores(c).total > Math.min(total(COMPETITORS.jia), total(COMPETITORS.yi)),
};
type ConditionName = keyof typeof bidConditions;
const guardOf = (f: (c: BidContext) => boolean) => ({ context }: { context: BidContext }) => f(context);

export interface TakeParams {
  stepId: BidStepId;
  choiceId: string;
  fx: BidFxKey;
}

/** Applies one consequence: clock, effort, meters, flags, and the decision record. */
export function applyBidEffect(c: BidContext, p: TakeParams): BidContext {
  const fx: Effect | undefined = BID_EFFECTS[p.fx];
  if (!fx) throw new Error(`unknown bidding effect ${p.fx}`);
  let days = fx.days ?? 0;
  let deltas: Deltas = { ...fx.deltas };
  for (const m of fx.mods ?? []) {
    if ((m.when && !c.flags[m.when]) || (m.unless && c.flags[m.unless])) continue;
    days += m.days ?? 0;
    for (const [k, v] of Object.entries(m.deltas ?? {}) as [BidMeterId, number][]) deltas = { ...deltas, [k]: (deltas[k] ?? 0) + v };
  }
  const staff = fx.staff ?? c.staff;
  let today = addDays(c.today, days);
  if (fx.until && fx.until > today) today = fx.until;
  let meters = { ...c.meters };
  for (const [k, v] of Object.entries(fx.set ?? {}) as [BidMeterId, number][]) {
    meters[k] = clamp(v, BID_METER_BOUNDS[k].min, BID_METER_BOUNDS[k].max);
  }
  meters = applyDeltas(meters, { ...deltas, effort: (deltas.effort ?? 0) + days * staff + (fx.effort ?? 0) }, BID_METER_BOUNDS);
  return {
    today,
    staff,
    meters,
    flags: { ...c.flags, ...fx.flags },
    objectionOn: fx.raisesObjection ? c.today : c.objectionOn,
    decisions: [...c.decisions, { stepId: p.stepId, choiceId: p.choiceId, fx: p.fx, verdict: fx.verdict, on: c.today }],
  };
}

type Target = BidStepId | BidEndingId | 'evaluation' | 'result';
const chose = (choiceId: string) => ({ type: 'chose' as const, params: { choiceId } });

/** One guarded transition: the learner picked `choiceId` (and, if given, every `when` holds). */
function pick<S extends BidStepId>(
  stepId: S, choiceId: BidChoiceId<S>, target: Target, opts: { variant?: string; when?: ConditionName | ConditionName[] } = {},
) {
  const fx = (opts.variant ? `${stepId}.${choiceId}.${opts.variant}` : `${stepId}.${choiceId}`) as BidFxKey;
  return {
    guard: opts.when ? and([chose(choiceId), ...([] as ConditionName[]).concat(opts.when)]) : chose(choiceId),
    target,
    actions: [{ type: 'take' as const, params: { stepId, choiceId, fx } satisfies TakeParams }],
  };
}
/** A step whose choices all lead to `target` (unless overridden) with one consequence each. */
function simple<S extends BidStepId>(stepId: S, target: Target, overrides: Partial<Record<BidChoiceId<S>, Target>> = {}) {
  const choices = BID_CHOICES[stepId] as readonly BidChoiceId<S>[];
  return choices.map((choiceId) => pick(stepId, choiceId, overrides[choiceId] ?? target));
}
const timeCheck = { guard: 'isPastDeadline' as const, target: 'late' as const };

export const biddingMachine = setup({
  types: { context: {} as BidContext, events: {} as ChooseEvent },
  guards: {
    chose: ({ event }, params: { choiceId: string }) => event.choiceId === params.choiceId,
    isPastDeadline: guardOf(bidConditions.isPastDeadline),
    isObjectionWindowOpen: guardOf(bidConditions.isObjectionWindowOpen),
    hasOneDayLeft: guardOf(bidConditions.hasOneDayLeft),
    hasTwoDaysLeft: guardOf(bidConditions.hasTwoDaysLeft),
    hasPartnerAuthorisation: guardOf(bidConditions.hasPartnerAuthorisation),
    watchesAddenda: guardOf(bidConditions.watchesAddenda),
    isCaKeyChecked: guardOf(bidConditions.isCaKeyChecked),
    wasReviewed: guardOf(bidConditions.wasReviewed),
    missedDelivery: guardOf(bidConditions.missedDelivery),
    cannotDecrypt: guardOf(bidConditions.cannotDecrypt),
    isRejected: guardOf(bidConditions.isRejected),
    beatsBoth: guardOf(bidConditions.beatsBoth),
    beatsRunnerUp: guardOf(bidConditions.beatsRunnerUp),
  },
  actions: {
    take: assign(({ context }, params: TakeParams) => applyBidEffect(context, params)),
    /** The opening happens at the deadline, whatever day the upload was done. */
    openBids: assign({ today: () => BID_DATES.deadline }),
  },
}).createMachine({
  id: 'bidding',
  context: initialBidContext,
  initial: 'prepTech',
  states: {
    prepTech: { on: { 'learner.choose': simple('prepTech', 'prepPartner', { tailor: 'collusionTenderee' }) } },
    prepPartner: { on: { 'learner.choose': simple('prepPartner', 'team', { rig: 'collusionBidders' }) } },
    team: { on: { 'learner.choose': simple('team', 'analysis') } },
    analysis: { always: timeCheck, on: { 'learner.choose': simple('analysis', 'objection') } },
    objection: {
      always: timeCheck,
      on: {
        'learner.choose': [
          pick('objection', 'formal', 'qualification', { variant: 'inTime', when: 'isObjectionWindowOpen' }),
          pick('objection', 'formal', 'qualification', { variant: 'late' }),
          pick('objection', 'phone', 'qualification'),
          pick('objection', 'accept', 'qualification'),
        ],
      },
    },
    qualification: {
      always: timeCheck,
      on: {
        'learner.choose': [
          pick('qualification', 'fullCheck', 'cost', { when: 'hasPartnerAuthorisation' }),
          pick('qualification', 'fullCheck', 'cost', { variant: 'fetchAuth' }),
          pick('qualification', 'qualOnly', 'cost', { when: 'hasPartnerAuthorisation' }),
          pick('qualification', 'qualOnly', 'cost', { variant: 'noAuth' }),
          pick('qualification', 'borrowPm', 'cost'),
        ],
      },
    },
    cost: {
      always: timeCheck,
      on: {
        'learner.choose': [
          pick('cost', 'crossCheck', 'technical'),
          pick('cost', 'flatCut', 'technical'),
          pick('cost', 'nearCap', 'technical', { variant: 'safe', when: 'watchesAddenda' }),
          pick('cost', 'nearCap', 'technical', { variant: 'over' }),
        ],
      },
    },
    technical: { always: timeCheck, on: { 'learner.choose': simple('technical', 'review') } },
    review: { always: timeCheck, on: { 'learner.choose': simple('review', 'packaging') } },
    packaging: {
      always: timeCheck,
      on: {
        // Printing and checking take a day; a courier needs one more in transit; nobody prints on the deadline morning.
        'learner.choose': [
          pick('packaging', 'careful', 'upload', { when: 'hasOneDayLeft' }),
          pick('packaging', 'careful', 'upload', { variant: 'late' }),
          pick('packaging', 'rushed', 'upload', { when: ['hasOneDayLeft', 'wasReviewed'] }),
          pick('packaging', 'rushed', 'upload', { variant: 'unsigned', when: 'hasOneDayLeft' }),
          pick('packaging', 'rushed', 'upload', { variant: 'late' }),
          pick('packaging', 'courier', 'upload', { when: 'hasTwoDaysLeft' }),
          pick('packaging', 'courier', 'upload', { variant: 'late' }),
        ],
      },
    },
    upload: {
      always: [{ guard: 'missedDelivery', target: 'late' }, timeCheck],
      on: {
        // An unchecked CA key has expired: found in time only by an early test with a day left to renew it.
        'learner.choose': [
          pick('upload', 'earlyTest', 'opening', { when: 'isCaKeyChecked' }),
          pick('upload', 'earlyTest', 'opening', { variant: 'renewed', when: 'hasOneDayLeft' }),
          pick('upload', 'earlyTest', 'opening', { variant: 'tooLate' }),
          pick('upload', 'noTest', 'opening', { when: 'isCaKeyChecked' }),
          pick('upload', 'noTest', 'opening', { variant: 'decryptFail' }),
          pick('upload', 'lastMinute', 'opening', { when: 'isCaKeyChecked' }),
          pick('upload', 'lastMinute', 'opening', { variant: 'failed' }),
        ],
      },
    },
    opening: {
      entry: 'openBids',
      // A file that cannot be decrypted is never opened; every other defect surfaces at the evaluation.
      always: [
        { guard: 'missedDelivery', target: 'late' },
        { guard: 'cannotDecrypt', target: 'rejected' },
      ],
      on: { 'learner.choose': simple('opening', 'evaluation', { followExpert: 'privateContact' }) },
    },
    evaluation: { always: [{ guard: 'isRejected', target: 'rejected' }, { target: 'presentation' }] },
    presentation: { on: { 'learner.choose': simple('presentation', 'result', { bribe: 'bribery' }) } },
    result: {
      always: [
        { guard: 'beatsBoth', target: 'won' },
        { guard: 'beatsRunnerUp', target: 'second' },
        { target: 'third' },
      ],
    },
    won: { type: 'final' },
    second: { type: 'final' },
    third: { type: 'final' },
    rejected: { type: 'final' },
    late: { type: 'final' },
    collusionTenderee: { type: 'final' },
    collusionBidders: { type: 'final' },
    privateContact: { type: 'final' },
    bribery: { type: 'final' },
  },
});
