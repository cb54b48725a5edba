/** React bindings: islands render the build-time (empty) state first, then the stored one. */
import { useEffect, useState } from 'react';
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
    void hydrateProgress().then(() => alive && setReady(isHydrated()));
    return () => {
      alive = false;
    };
  }, []);
  return ready;
}
