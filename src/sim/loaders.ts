/**
 * One dynamic import per simulator, for islands that can show any simulator (the classroom's vote panel).
 * The script (all the text) is not bundled: the page passes it to the island as props. (A self-study page
 * hydrates its own simulator's island instead: components/islands/.) Keep the ids in step with registry.ts.
 */
import type { SimulatorDefinition, SimulatorFactory as Factory, SimulatorId } from './types';

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
