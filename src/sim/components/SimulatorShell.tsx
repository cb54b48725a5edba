/**
 * The self-study game of a simulator page. Each page hydrates a small island (components/islands/) that
 * imports its own simulator's logic and passes its factory here as `create`; the page passes the script
 * (all the text) as props. Waits for stored progress, resumes a saved game, saves after every move and records
 * the result at an ending.
 */
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { progressStore } from '../../progress';
import { useProgressHydrated } from '../../progress/react';
import { PROGRESS_VERSION } from '../../progress/types';
import type { SessionChange } from '../engine/session';
import type { SimulatorDefinition, SimulatorFactory, Step } from '../types';
import { SimulatorView } from './SimulatorView';
import { useSimulatorSession } from './useSimulatorSession';

/** What a simulator page gives its island. */
export interface SimulatorIslandProps {
  simId: string;
  /** The simulator's script, serialised by the page (text travels as props, not in the bundle). */
  script: unknown;
  /** The first step, computed at build time. */
  preview?: Step;
}

const noop = () => {};

/**
 * `preview` is the first step: the page shows the scene at once (fast first paint, no layout jump) and the
 * buttons come alive when stored progress is loaded. Preview and live game are one component tree, so going
 * live patches the DOM in place (the first step reads the same) instead of rebuilding it during load.
 */
export default function SimulatorShell({ simId, script, preview, create }: SimulatorIslandProps & { create: SimulatorFactory }) {
  const hydrated = useProgressHydrated();
  const def = useMemo(() => {
    try {
      return create(script as never);
    } catch (error) {
      console.error(`simulator "${simId}" could not be built from its script`, error);
      return null;
    }
  }, [create, script, simId]);

  if (!def) return <p className="sim__notice sim__notice--error" role="alert">演练没能加载。请刷新页面再试。</p>;
  // The build-time HTML and the first client render are the same placeholder: no hydration mismatch.
  if (!preview && !hydrated) {
    return (
      <div className="sim sim--loading" aria-busy="true">
        <p>正在载入演练……</p>
      </div>
    );
  }
  return <SelfStudyGame simId={simId} def={hydrated ? def : null} preview={preview} />;
}

function storedGame(simId: string) {
  const entry = progressStore.getState().simulators[simId];
  if (!entry || entry.snapshot === undefined) return undefined;
  if (entry.snapshotVersion !== PROGRESS_VERSION) return undefined;
  return { snapshot: entry.snapshot, path: entry.path ?? [] };
}

/**
 * Store writes wait for an idle moment (the choice must render within a frame; persisting serialises the
 * whole progress), and are flushed at once when the page is hidden or left, so a reload never loses a move.
 */
function useDeferredWrites() {
  const queue = useRef<Array<() => void>>([]);
  const scheduled = useRef(false);
  const flush = useCallback(() => {
    scheduled.current = false;
    const ops = queue.current.splice(0);
    ops.forEach((op) => op());
  }, []);
  const defer = useCallback(
    (op: () => void) => {
      queue.current.push(op);
      if (scheduled.current) return;
      scheduled.current = true;
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(flush, { timeout: 300 });
      else window.setTimeout(flush, 100);
    },
    [flush],
  );
  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);
  return defer;
}

/**
 * The game, or until `def` is there (simulator and stored progress loaded) the inert build-time preview.
 * Memoised: the shell's loading states change nothing here until `def` arrives, so the preview renders once.
 */
const SelfStudyGame = memo(function SelfStudyGame({ simId, def, preview }: { simId: string; def: SimulatorDefinition | null; preview?: Step }) {
  // Read once: the game owns its state from here; the store only receives what it saves.
  const resume = useMemo(() => (def ? storedGame(simId) : undefined), [def, simId]);
  const recorded = useRef(false);
  const defer = useDeferredWrites();

  const onChange = useCallback(
    ({ reason, state, persisted }: SessionChange) => {
      const outcome = state.step.outcome;
      if (outcome) {
        const record = reason === 'choose' && !recorded.current;
        recorded.current = true;
        defer(() => {
          const store = progressStore.getState();
          if (record) store.recordSimulatorResult(simId, { outcome: outcome.kind, score: outcome.score });
          store.clearSimulatorSnapshot(simId);
        });
        return;
      }
      recorded.current = false;
      const path = state.path;
      defer(() => {
        const store = progressStore.getState();
        if (path.length === 0) store.clearSimulatorSnapshot(simId);
        else store.saveSimulatorSnapshot(simId, persisted, path);
      });
    },
    [simId, defer],
  );

  const session = useSimulatorSession(def, { resume, onChange });
  const origin = session?.origin;
  useEffect(() => {
    // A stored game that could not be restored must not come back on the next visit.
    if (origin === 'resume-failed') progressStore.getState().clearSimulatorSnapshot(simId);
  }, [origin, simId]);

  if (!session) {
    const state = { step: preview!, path: [], timeline: [], announcement: '', origin: 'new' as const, moves: 0 };
    return (
      <div inert aria-busy="true" data-sim-preview>
        <SimulatorView state={state} onChoose={noop} onBack={noop} onRestart={noop} keyboard={false} />
      </div>
    );
  }
  const notice =
    session.origin === 'resume-failed'
      ? '上次保存的进度无法恢复（可能来自旧版本），已重新开始。'
      : session.origin === 'resumed' && session.moves === 0
        ? `已恢复上次的进度：第 ${session.path.length + 1} 步。`
        : undefined;
  return (
    <div>
      <SimulatorView state={session} onChoose={session.choose} onBack={session.back} onRestart={session.restart} notice={notice} />
    </div>
  );
});
