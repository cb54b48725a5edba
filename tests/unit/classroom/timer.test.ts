import { describe, expect, it } from 'vitest';
import {
  adjustMinutes,
  countdownText,
  elapsedMs,
  formatClock,
  isEnded,
  isPristine,
  isRunning,
  MINUTE,
  newTimer,
  overrunMs,
  parseTimer,
  pause,
  remainingMs,
  reset,
  setMinutes,
  spokenClock,
  start,
  toggle,
} from '../../../src/classroom/timer';

const T0 = Date.UTC(2026, 5, 16, 1, 30);

describe('countdown arithmetic', () => {
  it('counts down from its minutes while running and stops at zero', () => {
    const t = start(newTimer(5), T0);
    expect(isRunning(t)).toBe(true);
    expect(remainingMs(t, T0)).toBe(5 * MINUTE);
    expect(remainingMs(t, T0 + 90_000)).toBe(3.5 * MINUTE);
    expect(isEnded(t, T0 + 5 * MINUTE - 1)).toBe(false);
    expect(isEnded(t, T0 + 5 * MINUTE)).toBe(true);
    expect(remainingMs(t, T0 + 9 * MINUTE)).toBe(0);
    expect(overrunMs(t, T0 + 9 * MINUTE)).toBe(4 * MINUTE);
  });

  it('banks time across a pause and resumes from there', () => {
    let t = start(newTimer(10), T0);
    t = pause(t, T0 + 2 * MINUTE);
    expect(isRunning(t)).toBe(false);
    // Time passing while paused does not count.
    expect(elapsedMs(t, T0 + 60 * MINUTE)).toBe(2 * MINUTE);
    t = start(t, T0 + 60 * MINUTE);
    expect(elapsedMs(t, T0 + 61 * MINUTE)).toBe(3 * MINUTE);
    expect(toggle(t, T0 + 61 * MINUTE).startedAt).toBeNull();
    expect(toggle(newTimer(1), T0).startedAt).toBe(T0);
  });

  it('start on a running timer and pause on a stopped one change nothing', () => {
    const running = start(newTimer(3), T0);
    expect(start(running, T0 + 5000)).toBe(running);
    const stopped = newTimer(3);
    expect(pause(stopped, T0)).toBe(stopped);
  });

  it('reset keeps the length, forgets the time run', () => {
    const t = reset(pause(start(newTimer(7), T0), T0 + 65_000));
    expect(isPristine(t)).toBe(true);
    expect(t.durationMs).toBe(7 * MINUTE);
  });

  it('adjusting never goes below one minute nor above ten hours, and keeps the time run', () => {
    const t = pause(start(newTimer(2), T0), T0 + 30_000);
    expect(adjustMinutes(t, -5).durationMs).toBe(MINUTE);
    expect(adjustMinutes(t, 3).durationMs).toBe(5 * MINUTE);
    expect(adjustMinutes(t, 3).bankedMs).toBe(30_000);
    expect(setMinutes(t, 10_000).durationMs).toBe(600 * MINUTE);
    expect(setMinutes(t, Number.NaN).durationMs).toBe(MINUTE);
    expect(newTimer(2.6).durationMs).toBe(3 * MINUTE);
  });

  it('a clock set back while running never shows negative time', () => {
    const t = start(newTimer(5), T0);
    expect(elapsedMs(t, T0 - 10_000)).toBe(0);
    expect(remainingMs(t, T0 - 10_000)).toBe(5 * MINUTE);
  });
});

describe('mm:ss', () => {
  it('pads minutes and seconds, and lets minutes pass 59', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65_000)).toBe('01:05');
    expect(formatClock(125 * MINUTE + 3000)).toBe('125:03');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(Number.NaN)).toBe('00:00');
  });

  it('rounds a countdown up, so 00:00 shows only when time is up', () => {
    const t = start(newTimer(1), T0);
    expect(countdownText(t, T0)).toBe('01:00');
    expect(countdownText(t, T0 + 1)).toBe('01:00');
    expect(countdownText(t, T0 + 59_001)).toBe('00:01');
    expect(countdownText(t, T0 + 60_000)).toBe('00:00');
    expect(formatClock(59_001)).toBe('00:59');
  });

  it('speaks the time for screen readers', () => {
    expect(spokenClock(245_000)).toBe('4 分 05 秒');
  });
});

describe('parseTimer', () => {
  it('accepts a timer and rejects anything else', () => {
    const t = start(newTimer(4), T0);
    expect(parseTimer(JSON.parse(JSON.stringify(t)))).toEqual(t);
    expect(parseTimer({ durationMs: 1, bankedMs: -1, startedAt: null })).toBeNull();
    expect(parseTimer({ durationMs: 1, bankedMs: 0, startedAt: 'now' })).toBeNull();
    expect(parseTimer(null)).toBeNull();
    expect(parseTimer('x')).toBeNull();
  });
});
