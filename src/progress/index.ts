/**
 * The page-wide store instance, its one-time hydration and tab sync. Vanilla (no React) so that
 * lesson pages without islands can use it inside their JS budget.
 */
import { createProgressStore } from './store';
import { PROGRESS_STORAGE_KEY } from './types';

const browserStorage = () => (typeof window === 'undefined' ? undefined : window.localStorage);

export const progressStore = createProgressStore(browserStorage);

let hydration: Promise<void> | null = null;

/** Reads stored progress once per page and keeps this tab in sync with the others. */
export function hydrateProgress(): Promise<void> {
  if (typeof window === 'undefined') return Promise.resolve();
  if (!hydration) {
    hydration = Promise.resolve(progressStore.persist.rehydrate());
    window.addEventListener('storage', (e) => {
      if (e.key === PROGRESS_STORAGE_KEY) void progressStore.persist.rehydrate();
    });
  }
  return hydration;
}

export const isHydrated = () => progressStore.persist.hasHydrated();
export type { ProgressState } from './store';
