/**
 * Every simulator with its script, in syllabus order. Build-time pages and tests import this. A simulator
 * page's island never does: it gets the script as props and loads only its own definition (`loaders.ts`),
 * to stay inside the JS budget.
 */
import { createBiddingDefinition } from './definitions/bidding';
import { createContactDefinition } from './definitions/contact';
import { createObjectionDefinition } from './definitions/objection';
import { createSigningDefinition } from './definitions/signing';
import { createTrustDefinition } from './definitions/trust';
import { biddingScript } from './machines/biddingScript';
import { contactScript } from './machines/contactScript';
import { objectionScript } from './machines/objectionScript';
import { signingScript } from './machines/signingScript';
import { trustScript } from './machines/trustScript';
import type { SimulatorDefinition } from './types';

export const contact = createContactDefinition(contactScript);
export const trust = createTrustDefinition(trustScript);
export const bidding = createBiddingDefinition(biddingScript);
export const objection = createObjectionDefinition(objectionScript);
export const signing = createSigningDefinition(signingScript);

export const simulators: SimulatorDefinition[] = [contact, trust, bidding, objection, signing];

export function simulatorById(id: string): SimulatorDefinition | undefined {
  return simulators.find((s) => s.id === id);
}
