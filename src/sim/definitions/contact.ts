/**
 * 接触 simulator definition: the pure view of a contact-machine snapshot. A factory over the script: the page
 * hands the script to the island as props, so the bundle carries only logic.
 */
import { describeDecisionGame, type DecisionGameView } from '../engine/decisionGame';
import {
  contactConditions,
  contactEndingKinds,
  contactMachine,
  contactMeterSpecs,
  contactScore,
  type ContactContext,
  type ContactEndingId,
  type ContactStepId,
} from '../machines/contactMachine';
import type { SimScript } from '../machines/contactScript';
import type { SimulatorDefinition } from '../types';

export function createContactDefinition(script: SimScript<ContactStepId, ContactEndingId>): SimulatorDefinition<typeof contactMachine> {
  const view: DecisionGameView<ContactContext> = {
    script,
    endingKinds: contactEndingKinds,
    meterSpecs: contactMeterSpecs,
    score: contactScore,
    sceneOf: (stepId, context) => (stepId === 'meeting' && contactConditions.misreadAsTechnical(context) ? 'sun' : undefined),
  };
  return {
    id: 'contact',
    title: script.title,
    tagline: script.tagline,
    chapter: 3,
    machine: contactMachine,
    script,
    describe: (snapshot) => describeDecisionGame(snapshot, view),
  };
}
