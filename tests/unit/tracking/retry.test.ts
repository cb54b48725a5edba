import { describe, expect, it } from 'vitest';
import { backoffDelay, createCommitter, type Clock } from '../../../src/tracking/retry';

/** A hand-driven clock: advance() runs due timers in order. */
function fakeClock() {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock & { advance(ms: number): Promise<void>; pending(): number[] } = {
    now: () => now,
    setTimeout: (fn, ms) => { timers.set(++seq, { at: now + ms, fn }); return seq; },
    clearTimeout: (h) => void timers.delete(h as number),
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        for (let i = 0; i < 10; i++) await Promise.resolve(); // let the async send settle
      }
      now = end;
    },
    pending: () => [...timers.values()].map((t) => t.at - now),
  };
  return clock;
}

describe('commit scheduling', () => {
  it('backs off exponentially with a ceiling', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 40].map((n) => backoffDelay(n))).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('turns a burst of changes into one commit after a quiet spell', async () => {
    const clock = fakeClock();
    const sent: number[] = [];
    const c = createCommitter({ clock, send: () => (sent.push(clock.now()), true), debounceMs: 1500, maxWaitMs: 10_000 });
    c.request();
    await clock.advance(1000);
    c.request();
    await clock.advance(1000);
    c.request();
    expect(sent).toEqual([]);
    await clock.advance(1500);
    expect(sent).toEqual([3500]);
    await clock.advance(60_000);
    expect(sent).toEqual([3500]);
  });

  it('commits at least every maxWait while changes keep coming', async () => {
    const clock = fakeClock();
    const sent: number[] = [];
    const c = createCommitter({ clock, send: () => (sent.push(clock.now()), true), debounceMs: 1500, maxWaitMs: 5000 });
    for (let t = 0; t < 12_000; t += 500) { c.request(); await clock.advance(500); }
    expect(sent[0]).toBe(5000);
    expect(sent.length).toBeGreaterThanOrEqual(2);
  });

  it('retries a refused, rejected or throwing commit with growing delays, then settles', async () => {
    const clock = fakeClock();
    const at: number[] = [];
    const outcomes: (() => boolean | Promise<boolean>)[] = [() => false, () => { throw new Error('LMS gone'); }, () => Promise.reject(new Error('x')), () => true];
    const c = createCommitter({ clock, send: () => { at.push(clock.now()); return outcomes[at.length - 1]!(); }, debounceMs: 1000, backoffMs: 1000 });
    c.request();
    await clock.advance(100_000);
    expect(at).toEqual([1000, 2000, 4000, 8000]); // +1 s, +2 s, +4 s
    expect(c.failures).toBe(0);
    expect(c.dirty).toBe(false);
  });

  it('a change during backoff rides on the pending retry instead of resetting it', async () => {
    const clock = fakeClock();
    let ok = false;
    const at: number[] = [];
    const c = createCommitter({ clock, send: () => (at.push(clock.now()), ok), debounceMs: 1000, backoffMs: 4000 });
    c.request();
    await clock.advance(1000);
    expect(at).toEqual([1000]);
    await clock.advance(1000);
    c.request(); // must not pull the retry forward to a 1 s debounce
    ok = true;
    await clock.advance(10_000);
    expect(at).toEqual([1000, 5000]);
  });

  it('flush commits at once; stop silences everything', async () => {
    const clock = fakeClock();
    let n = 0;
    const c = createCommitter({ clock, send: () => (n++, false) });
    expect(await c.flush()).toBe(false);
    expect(n).toBe(1);
    c.stop();
    c.request();
    await clock.advance(1_000_000);
    expect(n).toBe(1);
    expect(clock.pending()).toEqual([]);
  });
});
