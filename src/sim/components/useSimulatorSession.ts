/**
 * The controller hook: one game of `def`, as React state. Any chooser can drive it — the learner's
 * buttons and number keys, or the classroom's vote tally calling `choose(majorityId)`.
 */
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import {
  createSimulatorSession,
  type SessionChange,
  type SessionOptions,
  type SessionState,
  type SimulatorSession,
} from '../engine/session';
import type { SimulatorDefinition } from '../types';

type HookOptions = { resume?: SessionOptions['resume']; onChange?: (change: SessionChange) => void };

export interface SimulatorSessionApi extends SessionState {
  choose(choiceId: string): boolean;
  back(): void;
  restart(): void;
  canGoBack: boolean;
}

const noSubscribe = () => () => {};
const noState = () => null;

/**
 * With `def` null (the self-study shell before its simulator has loaded) there is no game yet and the hook
 * returns null; the game starts once `def` arrives, in the same component, so the view is patched in place
 * rather than remounted.
 */
export function useSimulatorSession(def: SimulatorDefinition, options?: HookOptions): SimulatorSessionApi;
export function useSimulatorSession(def: SimulatorDefinition | null, options?: HookOptions): SimulatorSessionApi | null;
export function useSimulatorSession(def: SimulatorDefinition | null, options: HookOptions = {}): SimulatorSessionApi | null {
  // The latest callback, so a re-rendered parent never replays a stale one.
  const onChange = useRef(options.onChange);
  useEffect(() => {
    onChange.current = options.onChange;
  });
  // Lazily created once, when the definition is first there (a definition never changes for a mounted game).
  const sessionRef = useRef<SimulatorSession | null>(null);
  if (def && sessionRef.current === null) {
    sessionRef.current = createSimulatorSession(def, { resume: options.resume, onChange: (c) => onChange.current?.(c) });
  }
  const session = sessionRef.current;
  const state = useSyncExternalStore(session?.subscribe ?? noSubscribe, session?.getState ?? noState, session?.getState ?? noState);
  const choose = useCallback((id: string) => session?.choose(id) ?? false, [session]);
  const back = useCallback(() => session?.back(), [session]);
  const restart = useCallback(() => session?.restart(), [session]);
  if (!state) return null;
  return { ...state, choose, back, restart, canGoBack: state.path.length > 0 };
}
