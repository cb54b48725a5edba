/**
 * A persist storage that never throws: unreadable JSON or a storage that refuses (private mode,
 * quota) is reported through `onCorrupt` and treated as empty, so the page carries on.
 */
import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';

export function safeJsonStorage<S>(
  getStorage: () => StateStorage | undefined,
  onCorrupt: (reason: string) => void,
): PersistStorage<S> {
  const storage = () => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  return {
    getItem(name) {
      let text: string | null | undefined;
      try {
        text = storage()?.getItem(name) as string | null | undefined;
      } catch {
        onCorrupt('unreadable');
        return null;
      }
      if (text == null) return null;
      try {
        const parsed = JSON.parse(text) as unknown;
        if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) {
          onCorrupt('shape');
          return null;
        }
        const value = parsed as StorageValue<S>;
        return { state: value.state, version: typeof value.version === 'number' ? value.version : 0 };
      } catch {
        onCorrupt('json');
        return null;
      }
    },
    setItem(name, value) {
      try {
        storage()?.setItem(name, JSON.stringify(value));
      } catch {
        // Quota or private mode: progress stays in memory for this visit; nothing to block on.
      }
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        /* see setItem */
      }
    },
  };
}

/** A Map-backed storage for tests and for environments without localStorage. */
export function memoryStorage(initial: Record<string, string> = {}): StateStorage & { dump(): Record<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    dump: () => Object.fromEntries(map),
  };
}
