/**
 * The controller hook: one game of `def`, as React state. Any chooser can drive it — the learner's
 * buttons and number keys, or the classroom's vote tally calling `choose(majorityId)`.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createSimulatorSession, type SessionChange, type SessionOptions, type SessionState } from '../engine/session';
import type { SimulatorDefinition } from '../types';

export interface SimulatorSessionApi extends SessionState {
  choose(choiceId: string): boolean;
  back(): void;
  restart(): void;
  canGoBack: boolean;
}

export function useSimulatorSession(
  def: SimulatorDefinition,
  options: { resume?: SessionOptions['resume']; onChange?: (change: SessionChange) => void } = {},
): SimulatorSessionApi {
  // The latest callback, so a re-rendered parent never replays a stale one.
  const onChange = useRef(options.onChange);
  useEffect(() => {
    onChange.current = options.onChange;
  });
  const [session] = useState(() =>
    createSimulatorSession(def, { resume: options.resume, onChange: (c) => onChange.current?.(c) }),
  );
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  const choose = useCallback((id: string) => session.choose(id), [session]);
  const back = useCallback(() => session.back(), [session]);
  const restart = useCallback(() => session.restart(), [session]);
  return { ...state, choose, back, restart, canGoBack: state.path.length > 0 };
}
