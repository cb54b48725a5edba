/**
 * Scripted and seeded-random play of any simulator, for tests and benchmarks. Pure: no React, no browser,
 * no Math.random (a seeded generator makes every failing walk reproducible from its seed).
 */
import { initialTransition, transition } from 'xstate';
import type { OutcomeKind, SimulatorDefinition, Step } from '../types';
import { canChoose, chooseEvent, replayActor, startActor } from './replay';
import { mulberry32 } from '../../course/random';

/** The step reached by a path of choice ids (throws if a choice is not offered). */
export function playPath(def: SimulatorDefinition, path: readonly string[]): Step {
  const actor = replayActor(def, path);
  const step = def.describe(actor.getSnapshot());
  actor.stop();
  return step;
}

/** The seeded PRNG of the random walks (mulberry32). */
export const seededRandom = mulberry32;

export interface Walk {
  path: string[];
  steps: Step[];
  /** The final step; it has an outcome when the walk reached an ending. */
  last: Step;
  ended: boolean;
}

/**
 * Plays random offered choices until an ending or `maxSteps` choices. Every step is checked by the caller
 * (`onStep`), so an invariant failure names the seed and the path that led there.
 */
export function randomWalk(def: SimulatorDefinition, seed: number, maxSteps = 40, onStep?: (step: Step, path: string[]) => void): Walk {
  const rand = seededRandom(seed);
  const actor = startActor(def);
  const path: string[] = [];
  const steps: Step[] = [];
  try {
    for (;;) {
      const snapshot = actor.getSnapshot();
      const step = def.describe(snapshot);
      steps.push(step);
      onStep?.(step, [...path]);
      if (step.outcome || step.choices.length === 0 || path.length >= maxSteps) {
        return { path, steps, last: step, ended: Boolean(step.outcome) };
      }
      const choice = step.choices[Math.floor(rand() * step.choices.length)]!;
      if (!canChoose(snapshot, choice.id)) throw new Error(`${def.id}: offered choice "${choice.id}" is refused by the machine at ${step.stepId}`);
      actor.send(chooseEvent(choice.id));
      path.push(choice.id);
    }
  } finally {
    actor.stop();
  }
}

/** A snapshot's identity for search: state and context, minus the decision history (which only records). */
export function stateKey(snapshot: { value: unknown; context: unknown }): string {
  const { decisions: _history, ...rest } = (snapshot.context ?? {}) as Record<string, unknown>;
  return JSON.stringify([snapshot.value, rest]);
}

/**
 * Depth-first search of the choice graph (pure `transition`, states merged by `stateKey`) until a path to
 * each wanted ending kind is found or `maxStates` states were seen. Finds endings random walks rarely hit.
 */
export function searchEndings(
  def: SimulatorDefinition,
  wanted: readonly OutcomeKind[],
  maxStates = 250_000,
): Map<OutcomeKind, string[]> {
  const found = new Map<OutcomeKind, string[]>();
  const seen = new Set<string>();
  const [initial] = initialTransition(def.machine);
  const stack: { snapshot: typeof initial; path: string[] }[] = [{ snapshot: initial, path: [] }];
  while (stack.length > 0 && seen.size < maxStates && wanted.some((k) => !found.has(k))) {
    const { snapshot, path } = stack.pop()!;
    const key = stateKey(snapshot);
    if (seen.has(key)) continue;
    seen.add(key);
    const step = def.describe(snapshot);
    if (step.outcome) {
      if (!found.has(step.outcome.kind)) found.set(step.outcome.kind, path);
      continue;
    }
    for (const choice of step.choices) {
      const [next] = transition(def.machine, snapshot, chooseEvent(choice.id));
      stack.push({ snapshot: next, path: [...path, choice.id] });
    }
  }
  return found;
}
