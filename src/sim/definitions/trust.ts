/** 信任 simulator definition: the pure view of a trust-machine snapshot. */
import { describeDecisionGame, type DecisionGameView } from '../engine/decisionGame';
import {
  trustEndingKinds,
  trustMachine,
  trustMeterSpecs,
  trustScore,
  trustStepIds,
  type TrustContext,
} from '../machines/trustMachine';
import { trustScript } from '../machines/trustScript';
import type { SimulatorDefinition } from '../types';

const trustView: DecisionGameView<TrustContext> = {
  script: trustScript,
  endingKinds: trustEndingKinds,
  meterSpecs: trustMeterSpecs,
  score: trustScore,
  // When the months ran out before the last decision, say why the game ended early.
  summaryPrefix: (endingId, context) =>
    trustEndingKinds[endingId as keyof typeof trustEndingKinds] !== 'compliance' &&
    context.meters.months <= 0 &&
    context.decisions.length < trustStepIds.length
      ? '集团按计划发布了一期招标公告，你的信任工作还没做完，时间就用完了。'
      : undefined,
};

const trust: SimulatorDefinition<typeof trustMachine> = {
  id: 'trust',
  title: trustScript.title,
  tagline: trustScript.tagline,
  chapter: 4,
  machine: trustMachine,
  describe: (snapshot) => describeDecisionGame(snapshot, trustView),
};

export default trust;
