/**
 * Classroom timers as pure arithmetic over wall-clock milliseconds. A running timer stores when it
 * started, not a ticking counter, so the presenter and the audience window (same laptop, same clock)
 * show the same figure from one synced state, and a reload loses nothing.
 */

export interface TimerState {
  /** Planned length in ms: the countdown's length, or the planned session time of an elapsed clock. */
  durationMs: number;
  /** Time already run before `startedAt` (pauses bank it here). */
  bankedMs: number;
  /** Epoch ms when the current run began; null while paused or not yet started. */
  startedAt: number | null;
}

export const MINUTE = 60_000;
export const MAX_TIMER_MINUTES = 600;

export function newTimer(minutes: number): TimerState {
  return { durationMs: clampMinutes(minutes) * MINUTE, bankedMs: 0, startedAt: null };
}

export function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return 1;
  return Math.min(MAX_TIMER_MINUTES, Math.max(1, Math.round(minutes)));
}

export const isRunning = (t: TimerState): boolean => t.startedAt !== null;

/** Never started, or reset. */
export const isPristine = (t: TimerState): boolean => t.startedAt === null && t.bankedMs === 0;

export function elapsedMs(t: TimerState, now: number): number {
  // A clock that went backwards (laptop time corrected) must not make the figure jump back below zero.
  const running = t.startedAt === null ? 0 : Math.max(0, now - t.startedAt);
  return t.bankedMs + running;
}

export function remainingMs(t: TimerState, now: number): number {
  return Math.max(0, t.durationMs - elapsedMs(t, now));
}

/** The countdown has reached zero (or the session clock has passed its plan). */
export function isEnded(t: TimerState, now: number): boolean {
  return elapsedMs(t, now) >= t.durationMs;
}

/** How far past the planned time, ms (0 while within it). */
export function overrunMs(t: TimerState, now: number): number {
  return Math.max(0, elapsedMs(t, now) - t.durationMs);
}

export function start(t: TimerState, now: number): TimerState {
  return t.startedAt === null ? { ...t, startedAt: now } : t;
}

export function pause(t: TimerState, now: number): TimerState {
  return t.startedAt === null ? t : { ...t, bankedMs: elapsedMs(t, now), startedAt: null };
}

export function toggle(t: TimerState, now: number): TimerState {
  return isRunning(t) ? pause(t, now) : start(t, now);
}

export function reset(t: TimerState): TimerState {
  return { ...t, bankedMs: 0, startedAt: null };
}

/** A new planned length; the time already run is kept. */
export function setMinutes(t: TimerState, minutes: number): TimerState {
  return { ...t, durationMs: clampMinutes(minutes) * MINUTE };
}

/** "+1 分钟" / "−1 分钟" on a countdown: moves its length, never below one minute. */
export function adjustMinutes(t: TimerState, delta: number): TimerState {
  return setMinutes(t, t.durationMs / MINUTE + delta);
}

/**
 * "mm:ss" (minutes may pass 59: "125:03"). Countdowns round up, so "00:00" appears only when time is
 * really up; elapsed clocks round down.
 */
export function formatClock(ms: number, round: 'up' | 'down' = 'down'): string {
  const safe = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  const seconds = round === 'up' ? Math.ceil(safe / 1000) : Math.floor(safe / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What a countdown shows now. */
export function countdownText(t: TimerState, now: number): string {
  return formatClock(remainingMs(t, now), 'up');
}

/** Spoken form for screen readers, e.g. "剩余 4 分 05 秒". */
export function spokenClock(ms: number, round: 'up' | 'down' = 'down'): string {
  const [m, s] = formatClock(ms, round).split(':');
  return `${Number(m)} 分 ${s} 秒`;
}

/** Validates a timer read back from storage or a message; null when it is not one. */
export function parseTimer(value: unknown): TimerState | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (!num(v.durationMs) || !num(v.bankedMs)) return null;
  if (v.startedAt !== null && !num(v.startedAt)) return null;
  return { durationMs: v.durationMs as number, bankedMs: v.bankedMs as number, startedAt: v.startedAt as number | null };
}
