/**
 * One dynamic import per simulator: a simulator page ships React, XState, the shell and only its own machine
 * and view logic. The script (all the text) is not bundled: the page passes it to the island as props.
 * Keep the ids in step with registry.ts.
 */
import type { SimulatorDefinition, SimulatorId } from './types';

/** Builds a definition from the script the page serialised; the script was built from the typed source. */
type Factory = (script: never) => SimulatorDefinition;
type Loader = () => Promise<Factory>;

export const simulatorFactories: Record<SimulatorId, Loader> = {
  contact: () => import('./definitions/contact').then((m) => m.createContactDefinition as Factory),
  trust: () => import('./definitions/trust').then((m) => m.createTrustDefinition as Factory),
  bidding: () => import('./definitions/bidding').then((m) => m.createBiddingDefinition as Factory),
  objection: () => import('./definitions/objection').then((m) => m.createObjectionDefinition as Factory),
  signing: () => import('./definitions/signing').then((m) => m.createSigningDefinition as Factory),
};

export async function loadSimulator(id: string, script: unknown): Promise<SimulatorDefinition> {
  const load = (simulatorFactories as Record<string, Loader | undefined>)[id];
  if (!load) throw new Error(`unknown simulator "${id}"`);
  if (script === null || typeof script !== 'object') throw new Error(`simulator "${id}" has no script`);
  const create = await load();
  return create(script as never);
}
