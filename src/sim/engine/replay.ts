/**
 * Driving any simulator through its definition alone: start, replay a path of choice ids (step back =
 * replay the path minus its last choice; machines are deterministic, so this is exact), rebuild the
 * timeline of a resumed game. Pure of React and of the browser.
 */
import { createActor, type Actor, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import type { ChooseEvent, SimulatorDefinition, Step } from '../types';

export const chooseEvent = (choiceId: string): ChooseEvent => ({ type: 'learner.choose', choiceId });

export type SimActor = Actor<AnyStateMachine>;

export class ReplayError extends Error {
  constructor(
    message: string,
    /** How many choices of the path were accepted before the failing one. */
    readonly acceptedCount: number,
  ) {
    super(message);
    this.name = 'ReplayError';
  }
}

/** True when the machine takes this choice from this snapshot (same guards as sending it). */
export function canChoose(snapshot: SnapshotFrom<AnyStateMachine>, choiceId: string): boolean {
  return snapshot.status === 'active' && snapshot.can(chooseEvent(choiceId));
}

/** A started actor, from a persisted snapshot when one is given (throws if the snapshot is unusable). */
export function startActor(def: SimulatorDefinition, persisted?: unknown): SimActor {
  const actor = persisted === undefined ? createActor(def.machine) : createActor(def.machine, { snapshot: persisted as never });
  // XState turns a snapshot it cannot restore into an "error" status and rethrows it later, unhandled;
  // observing errors here and throwing now lets the caller fall back to a new game.
  const quiet = actor.subscribe({ error: () => {} });
  actor.start();
  const snapshot = actor.getSnapshot();
  if (snapshot.status === 'error') {
    actor.stop();
    throw snapshot.error instanceof Error ? snapshot.error : new Error(`${def.id}: stored snapshot cannot be restored`);
  }
  quiet.unsubscribe();
  return actor;
}

/** A started actor at the state reached by `path` from the initial state. */
export function replayActor(def: SimulatorDefinition, path: readonly string[]): SimActor {
  const actor = startActor(def);
  path.forEach((id, i) => {
    const snapshot = actor.getSnapshot();
    if (!canChoose(snapshot, id)) {
      actor.stop();
      throw new ReplayError(`${def.id}: choice "${id}" is not offered at step ${i + 1} (${String(snapshot.value)})`, i);
    }
    actor.send(chooseEvent(id));
  });
  return actor;
}

/** The snapshot reached by `path`, and its persisted form. */
export function replay(def: SimulatorDefinition, path: readonly string[]) {
  const actor = replayActor(def, path);
  const snapshot = actor.getSnapshot();
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return { snapshot, persisted };
}

export interface TimelineEntry {
  stepId: string;
  choiceId: string;
  /** The label the learner clicked, as it read at that step. */
  label: string;
}

/** Each decision of a path with the label it had when taken (for a resumed game's timeline). */
export function timelineOf(def: SimulatorDefinition, path: readonly string[]): TimelineEntry[] {
  const actor = startActor(def);
  const entries: TimelineEntry[] = [];
  try {
    path.forEach((id, i) => {
      const snapshot = actor.getSnapshot();
      if (!canChoose(snapshot, id)) throw new ReplayError(`${def.id}: choice "${id}" is not offered at step ${i + 1}`, i);
      const step: Step = def.describe(snapshot);
      entries.push({ stepId: step.stepId, choiceId: id, label: step.choices.find((c) => c.id === id)?.label ?? id });
      actor.send(chooseEvent(id));
    });
  } finally {
    actor.stop();
  }
  return entries;
}

export interface MeterChange {
  id: string;
  label: string;
  delta: number;
  value: number;
  unit?: string;
}

/** Meters that moved between two steps, for the screen-reader announcement. */
export function meterChanges(before: Step['meters'], after: Step['meters']): MeterChange[] {
  const prev = new Map(before.map((m) => [m.id, m.value]));
  return after
    .filter((m) => prev.has(m.id) && prev.get(m.id) !== m.value)
    .map((m) => ({ id: m.id, label: m.label, delta: m.value - prev.get(m.id)!, value: m.value, unit: m.unit }));
}

/** "信任度 +10，当前 60；合规风险 -5，当前 10" */
export function announceChanges(changes: MeterChange[]): string {
  return changes
    .map((c) => `${c.label} ${c.delta > 0 ? '+' : ''}${c.delta}${c.unit ?? ''}，当前 ${c.value}${c.unit ?? ''}`)
    .join('；');
}
