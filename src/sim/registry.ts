/**
 * Every simulator, in syllabus order. Build-time pages and tests import this; a simulator page's island
 * loads only its own definition through `loaders.ts`, to stay inside the JS budget.
 */
import contact from './definitions/contact';
import trust from './definitions/trust';
import bidding from './definitions/bidding';
import objection from './definitions/objection';
import signing from './definitions/signing';
import type { SimulatorDefinition } from './types';

export const simulators: SimulatorDefinition[] = [contact, trust, bidding, objection, signing];

export function simulatorById(id: string): SimulatorDefinition | undefined {
  return simulators.find((s) => s.id === id);
}
