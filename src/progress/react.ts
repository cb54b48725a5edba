/** React bindings: islands render the build-time (empty) state first, then the stored one. */
import { startTransition, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { hydrateProgress, isHydrated, progressStore, type ProgressState } from './index';

export function useProgress<T>(selector: (s: ProgressState) => T): T {
  return useStore(progressStore, selector);
}

/** false during the first render (matching the server HTML), true once stored progress is loaded. */
export function useProgressHydrated(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    // A transition: the re-render with stored progress is time-sliced, so it never blocks input for long.
    void hydrateProgress().then(() => alive && startTransition(() => setReady(isHydrated())));
    return () => {
      alive = false;
    };
  }, []);
  return ready;
}
