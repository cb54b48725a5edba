/**
 * 质疑、异议和投诉 (chapter 7): the learner's company lost a bid and must decide whether and how to use
 * its remedies. The case facts decide the regime (招标投标 vs 政府采购) and so the clocks; every text is in
 * objectionScript.ts, every date rule in objectionClock.ts, judging and effects in objectionRules.ts; this
 * file only routes between steps. Deterministic: "today" lives in context.
 */
import { assign, setup } from 'xstate';
import {
  applyChoiceTo,
  closingEnding,
  isLateComplaint,
  isLateFiling,
  judge,
  offeredChoices,
  STEPS,
  UPHOLD_EVIDENCE,
  type ChoiceId,
  type EndingId,
  type ObjectionContext,
  type ObjectionEvent,
  type StepId,
  initialContext,
} from './objectionRules';
import { complaintHandling, replyDue } from './objectionClock';

export * from './objectionRules';

const choose = (step: StepId, id: ChoiceId) => ({ type: 'chose', params: { step, id } }) as const;
const decide = (step: StepId) =>
  [{ type: 'recordDecision', params: { step } }, { type: 'applyChoice', params: { step } }] as const;
const endWith = (ending: EndingId) => ({ type: 'endWith', params: { ending } }) as const;

export const objectionMachine = setup({
  types: {
    context: {} as ObjectionContext,
    events: {} as ObjectionEvent,
  },
  guards: {
    chose: ({ context, event }, params: { step: StepId; id: ChoiceId }) =>
      event.choiceId === params.id && offeredChoices(params.step, context).includes(params.id),
    isPastDeadline: ({ context }) => context.filedOn !== null && isLateFiling(context, context.filedOn),
    hasEvidence: ({ context }) => context.grounds === 'solid' && context.meters.evidence >= UPHOLD_EVIDENCE,
    isPastComplaintDeadline: ({ context }) => context.complaintOn !== null && isLateComplaint(context, context.complaintOn),
    isWrongBody: ({ context }) => context.complaintBody === 'wrong',
    lacksEvidence: ({ context }) => context.complaintWithoutEvidence || context.grounds === 'none' || context.grounds === 'unknown',
    hasSolidGrounds: ({ context }) => context.grounds === 'solid',
  },
  actions: {
    recordDecision: assign({
      decisions: ({ context, event }, params: { step: StepId }) => {
        if (params.step === 'pickCase') return context.decisions;
        const choiceId = event.choiceId as ChoiceId;
        return [...context.decisions, { stepId: params.step, choiceId, on: context.today, ...judge(params.step, choiceId, context) }];
      },
    }),
    applyChoice: assign(({ context, event }, params: { step: StepId }) =>
      applyChoiceTo(context, params.step, event.choiceId as ChoiceId),
    ),
    receiveReply: assign(({ context }, params: { upheld: boolean }) => {
      const on = replyDue(context.caseId ?? 'works', context.filedOn ?? context.today);
      return { today: on, replyOn: on, resultChanged: params.upheld ? ('reply' as const) : null };
    }),
    decideComplaint: assign(({ context }, params: { upheld: boolean }) => ({
      today: complaintHandling(context.caseId ?? 'works', context.complaintOn ?? context.today).decideBy,
      resultChanged: params.upheld ? ('complaint' as const) : null,
    })),
    endWith: assign({ ending: (_, params: { ending: EndingId }) => params.ending }),
    closeGame: assign({ ending: ({ context }) => closingEnding(context) }),
  },
}).createMachine({
  id: 'objection',
  context: initialContext,
  initial: 'pickCase',
  states: {
    pickCase: {
      on: {
        'learner.choose': [
          { guard: choose('pickCase', 'caseWorks'), target: 'publicity', actions: decide('pickCase') },
          { guard: choose('pickCase', 'caseGov'), target: 'publicity', actions: decide('pickCase') },
        ],
      },
    },
    publicity: {
      on: { 'learner.choose': STEPS.publicity.map((id) => ({ guard: choose('publicity', id), target: 'analysis', actions: decide('publicity') })) },
    },
    analysis: {
      on: { 'learner.choose': STEPS.analysis.map((id) => ({ guard: choose('analysis', id), target: 'grounds', actions: decide('analysis') })) },
    },
    grounds: {
      on: {
        'learner.choose': [
          { guard: choose('grounds', 'contactExpert'), target: 'ended', actions: [...decide('grounds'), endWith('expertContact')] },
          { guard: choose('grounds', 'bribeAgent'), target: 'ended', actions: [...decide('grounds'), endWith('bribeAgent')] },
          ...(['verify', 'rumour', 'noGrounds'] as const).map((id) => ({ guard: choose('grounds', id), target: 'remedy', actions: decide('grounds') })),
        ],
      },
    },
    remedy: {
      on: {
        'learner.choose': [
          { guard: choose('remedy', 'objection'), target: 'timing', actions: decide('remedy') },
          { guard: choose('remedy', 'challenge'), target: 'timing', actions: decide('remedy') },
          { guard: choose('remedy', 'complainDirect'), target: 'ended', actions: [...decide('remedy'), endWith('rejectedNoPrior')] },
          { guard: choose('remedy', 'accept'), target: 'followUp', actions: decide('remedy') },
        ],
      },
    },
    timing: {
      on: {
        'learner.choose': [
          ...(['fileToday', 'fileLastDay', 'fileMiscount'] as const).map((id) => ({ guard: choose('timing', id), target: 'filing', actions: decide('timing') })),
          { guard: choose('timing', 'giveUp'), target: 'followUp', actions: decide('timing') },
        ],
      },
    },
    /** Transient: the buyer checks the date, then replies on the last day of its reply period. */
    filing: {
      always: [
        { guard: 'isPastDeadline', target: 'ended', actions: endWith('challengeLate') },
        { guard: 'hasEvidence', target: 'replyUpheld', actions: { type: 'receiveReply', params: { upheld: true } } },
        { target: 'replyRejected', actions: { type: 'receiveReply', params: { upheld: false } } },
      ],
    },
    replyUpheld: {
      on: { 'learner.choose': STEPS.replyUpheld.map((id) => ({ guard: choose('replyUpheld', id), target: 'followUp', actions: decide('replyUpheld') })) },
    },
    replyRejected: {
      on: {
        'learner.choose': [
          { guard: choose('replyRejected', 'prepareComplaint'), target: 'complaint', actions: decide('replyRejected') },
          { guard: choose('replyRejected', 'acceptReply'), target: 'followUp', actions: decide('replyRejected') },
          { guard: choose('replyRejected', 'threaten'), target: 'ended', actions: [...decide('replyRejected'), endWith('threat')] },
          { guard: choose('replyRejected', 'waitLong'), target: 'replyRejected', reenter: true, actions: decide('replyRejected') },
        ],
      },
    },
    complaint: {
      on: {
        'learner.choose': [
          { guard: choose('complaint', 'fabricate'), target: 'ended', actions: [...decide('complaint'), endWith('fabricatedEvidence')] },
          { guard: choose('complaint', 'bribeOfficial'), target: 'ended', actions: [...decide('complaint'), endWith('bribeOfficial')] },
          ...(['rightBody', 'wrongBody', 'noEvidence'] as const).map((id) => ({ guard: choose('complaint', id), target: 'complaintReview', actions: decide('complaint') })),
        ],
      },
    },
    /** Transient: the supervising body decides on acceptance, then on the merits. */
    complaintReview: {
      always: [
        { guard: 'isPastComplaintDeadline', target: 'ended', actions: endWith('complaintLate') },
        { guard: 'isWrongBody', target: 'ended', actions: endWith('rejectedWrongBody') },
        { guard: 'lacksEvidence', target: 'ended', actions: endWith('rejectedNoEvidence') },
        { guard: 'hasSolidGrounds', target: 'followUp', actions: { type: 'decideComplaint', params: { upheld: true } } },
        { target: 'followUp', actions: { type: 'decideComplaint', params: { upheld: false } } },
      ],
    },
    followUp: {
      on: { 'learner.choose': STEPS.followUp.map((id) => ({ guard: choose('followUp', id), target: 'closing', actions: decide('followUp') })) },
    },
    closing: { always: { target: 'ended', actions: 'closeGame' } },
    ended: { type: 'final' },
  },
});

export type ObjectionMachine = typeof objectionMachine;
