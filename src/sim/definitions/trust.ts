/**
 * 信任 simulator definition: the pure view of a trust-machine snapshot. A factory over the script: the page
 * hands the script to the island as props, so the bundle carries only logic.
 */
import { describeDecisionGame, type DecisionGameView } from '../engine/decisionGame';
import {
  trustEndingKinds,
  trustMachine,
  trustMeterSpecs,
  trustScore,
  trustStepIds,
  type TrustContext,
} from '../machines/trustMachine';
import type { TrustScript } from '../machines/trustScript';
import type { SimulatorDefinition } from '../types';

export function createTrustDefinition(script: TrustScript): SimulatorDefinition<typeof trustMachine> {
  const view: DecisionGameView<TrustContext> = {
    script,
    endingKinds: trustEndingKinds,
    meterSpecs: trustMeterSpecs,
    score: trustScore,
    // When the months ran out before the last decision, say why the game ended early.
    summaryPrefix: (endingId, context) =>
      trustEndingKinds[endingId as keyof typeof trustEndingKinds] !== 'compliance' &&
      context.meters.months <= 0 &&
      context.decisions.length < trustStepIds.length
        ? script.monthsRanOut
        : undefined,
  };
  return {
    id: 'trust',
    title: script.title,
    tagline: script.tagline,
    chapter: 4,
    machine: trustMachine,
    script,
    describe: (snapshot) => describeDecisionGame(snapshot, view),
  };
}
