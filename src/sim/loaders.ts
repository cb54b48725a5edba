/**
 * One dynamic import per simulator: a simulator page ships React, XState, the shell and only its own
 * machine and script (the registry would bundle all five). Keep the ids in step with registry.ts.
 */
import type { SimulatorDefinition, SimulatorId } from './types';

type Loader = () => Promise<SimulatorDefinition>;

export const simulatorLoaders: Record<SimulatorId, Loader> = {
  contact: () => import('./definitions/contact').then((m) => m.default as SimulatorDefinition),
  trust: () => import('./definitions/trust').then((m) => m.default as SimulatorDefinition),
  bidding: () => import('./definitions/bidding').then((m) => m.default as SimulatorDefinition),
  objection: () => import('./definitions/objection').then((m) => m.default as SimulatorDefinition),
  signing: () => import('./definitions/signing').then((m) => m.default as SimulatorDefinition),
};

export function loadSimulator(id: string): Promise<SimulatorDefinition> {
  const load = (simulatorLoaders as Record<string, Loader | undefined>)[id];
  return load ? load() : Promise.reject(new Error(`unknown simulator "${id}"`));
}
