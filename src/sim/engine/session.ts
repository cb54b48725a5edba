/**
 * One game of one simulator, outside React: choose / back / restart, the path and timeline, the meter
 * announcement, resume from a persisted snapshot. The self-study shell and the classroom vote panel both
 * drive a game through this; `onChange` is where the caller persists (store, LMS, presenter sync).
 */
import type { SimulatorDefinition, Step } from '../types';
import {
  announceChanges,
  canChoose,
  chooseEvent,
  meterChanges,
  replayActor,
  startActor,
  timelineOf,
  type SimActor,
  type TimelineEntry,
} from './replay';

export interface SessionState {
  step: Step;
  /** Choice ids taken from the start, in order. */
  path: string[];
  timeline: TimelineEntry[];
  /** What the last move changed, for a live region ("信任度 +10，当前 60"). Empty when nothing moved. */
  announcement: string;
  /** 'resumed' when a stored game was restored, 'resume-failed' when it could not be and a new game began. */
  origin: 'new' | 'resumed' | 'resume-failed';
  /** Increases with every move: lets a view move focus only when the step really changed. */
  moves: number;
}

export interface SessionChange {
  reason: 'choose' | 'back' | 'restart';
  state: SessionState;
  /** `actor.getPersistedSnapshot()` of the new state: JSON-safe, restorable with `resume`. */
  persisted: unknown;
}

export interface SessionOptions {
  resume?: { snapshot: unknown; path: readonly string[] };
  onChange?: (change: SessionChange) => void;
}

export interface SimulatorSession {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Plays a choice; false (and nothing changes) when the current step does not offer it. */
  choose(choiceId: string): boolean;
  /** Replays the path minus its last choice. */
  back(): void;
  restart(): void;
}

function restore(def: SimulatorDefinition, resume: NonNullable<SessionOptions['resume']>) {
  const actor = startActor(def, resume.snapshot);
  const step = def.describe(actor.getSnapshot());
  let path = [...resume.path];
  let timeline: TimelineEntry[];
  try {
    timeline = timelineOf(def, path);
  } catch {
    // The snapshot is good but its path is not: keep playing, without a way back past this point.
    path = [];
    timeline = [];
  }
  return { actor, step, path, timeline };
}

export function createSimulatorSession(def: SimulatorDefinition, options: SessionOptions = {}): SimulatorSession {
  let actor: SimActor;
  let state: SessionState;
  const listeners = new Set<() => void>();

  const begin = (): SessionState => {
    actor = startActor(def);
    return { step: def.describe(actor.getSnapshot()), path: [], timeline: [], announcement: '', origin: 'new', moves: 0 };
  };

  if (options.resume) {
    try {
      const r = restore(def, options.resume);
      actor = r.actor;
      state = { step: r.step, path: r.path, timeline: r.timeline, announcement: '', origin: 'resumed', moves: 0 };
    } catch {
      state = { ...begin(), origin: 'resume-failed' };
    }
  } else {
    state = begin();
  }

  const commit = (next: SessionState, reason: SessionChange['reason']) => {
    state = next;
    options.onChange?.({ reason, state, persisted: actor.getPersistedSnapshot() });
    listeners.forEach((l) => l());
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    choose(choiceId) {
      const before = state.step;
      if (before.outcome || !canChoose(actor.getSnapshot(), choiceId)) return false;
      const label = before.choices.find((c) => c.id === choiceId)?.label ?? choiceId;
      actor.send(chooseEvent(choiceId));
      const step = def.describe(actor.getSnapshot());
      commit(
        {
          step,
          path: [...state.path, choiceId],
          timeline: [...state.timeline, { stepId: before.stepId, choiceId, label }],
          announcement: announceChanges(meterChanges(before.meters, step.meters)),
          origin: state.origin,
          moves: state.moves + 1,
        },
        'choose',
      );
      return true;
    },
    back() {
      if (state.path.length === 0) return;
      const before = state.step;
      const path = state.path.slice(0, -1);
      const previous = actor;
      actor = replayActor(def, path);
      previous.stop();
      const step = def.describe(actor.getSnapshot());
      commit(
        {
          step,
          path,
          timeline: state.timeline.slice(0, -1),
          announcement: announceChanges(meterChanges(before.meters, step.meters)),
          origin: state.origin,
          moves: state.moves + 1,
        },
        'back',
      );
    },
    restart() {
      const previous = actor;
      const fresh = begin();
      previous.stop();
      commit({ ...fresh, origin: state.origin === 'resume-failed' ? 'new' : fresh.origin, moves: state.moves + 1 }, 'restart');
    },
  };
}
