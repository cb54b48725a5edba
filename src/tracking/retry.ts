/**
 * When to commit: a burst of changes becomes one commit (debounce, with a ceiling so constant activity
 * still commits), and a refused or failed commit is tried again with exponential backoff. The clock is
 * injected so tests drive it by hand. The learner never waits on any of this.
 */

export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const realClock: Clock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export interface CommitterOptions {
  /** Sends the current state; resolves true when the LMS accepted it. May throw or reject: counted as a failure. */
  send(): Promise<boolean> | boolean;
  clock?: Clock;
  /** Quiet time after the last change before committing. */
  debounceMs?: number;
  /** A change older than this is committed even while changes keep coming. */
  maxWaitMs?: number;
  /** First retry delay; doubles per failure up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

/** Delay before retry number `failures` (1-based): backoff, 2×, 4×… capped. */
export function backoffDelay(failures: number, base = 1000, cap = 60_000): number {
  return Math.min(cap, base * 2 ** Math.max(0, Math.min(30, failures - 1)));
}

export interface Committer {
  /** Something changed: commit soon. */
  request(): void;
  /** Commit now (e.g. before leaving); resolves with the result. */
  flush(): Promise<boolean>;
  /** Stops all timers (the session ended). */
  stop(): void;
  readonly failures: number;
  readonly dirty: boolean;
}

export function createCommitter(o: CommitterOptions): Committer {
  const clock = o.clock ?? realClock;
  const debounceMs = o.debounceMs ?? 1500;
  const maxWaitMs = o.maxWaitMs ?? 10_000;
  let timer: unknown = null;
  let retrying = false;
  let dirty = false;
  let firstChangeAt: number | null = null;
  let failures = 0;
  let sending: Promise<boolean> | null = null;
  let stopped = false;

  const clear = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
  const schedule = (ms: number, isRetry: boolean) => {
    clear();
    retrying = isRetry;
    timer = clock.setTimeout(() => {
      timer = null;
      retrying = false;
      void run();
    }, ms);
  };

  async function attempt(): Promise<boolean> {
    try {
      return (await o.send()) === true;
    } catch {
      return false;
    }
  }

  async function run(): Promise<boolean> {
    if (stopped) return false;
    if (sending) {
      // A commit is under way: it may have missed the latest change, so go again after it.
      await sending;
      if (!dirty || stopped) return failures === 0;
    }
    dirty = false;
    firstChangeAt = null;
    sending = attempt();
    const ok = await sending;
    sending = null;
    if (stopped) return ok;
    if (ok) {
      failures = 0;
      if (dirty) schedule(debounceMs, false);
    } else {
      failures += 1;
      dirty = true;
      schedule(backoffDelay(failures, o.backoffMs ?? 1000, o.maxBackoffMs ?? 60_000), true);
    }
    return ok;
  }

  return {
    request() {
      if (stopped) return;
      dirty = true;
      if (retrying) return; // the pending retry will carry this change
      const now = clock.now();
      firstChangeAt ??= now;
      const wait = Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - now));
      schedule(wait, false);
    },
    flush() {
      clear();
      retrying = false;
      dirty = true;
      return run();
    },
    stop() {
      stopped = true;
      clear();
    },
    get failures() {
      return failures;
    },
    get dirty() {
      return dirty;
    },
  };
}
