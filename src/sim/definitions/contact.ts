/** 接触 simulator definition: the pure view of a contact-machine snapshot. */
import { describeDecisionGame, type DecisionGameView } from '../engine/decisionGame';
import {
  contactConditions,
  contactEndingKinds,
  contactMachine,
  contactMeterSpecs,
  contactScore,
  type ContactContext,
} from '../machines/contactMachine';
import { contactScript } from '../machines/contactScript';
import type { SimulatorDefinition } from '../types';

const contactView: DecisionGameView<ContactContext> = {
  script: contactScript,
  endingKinds: contactEndingKinds,
  meterSpecs: contactMeterSpecs,
  score: contactScore,
  sceneOf: (stepId, context) => (stepId === 'meeting' && contactConditions.misreadAsTechnical(context) ? 'sun' : undefined),
};

const contact: SimulatorDefinition<typeof contactMachine> = {
  id: 'contact',
  title: contactScript.title,
  tagline: contactScript.tagline,
  chapter: 3,
  machine: contactMachine,
  describe: (snapshot) => describeDecisionGame(snapshot, contactView),
};

export default contact;
