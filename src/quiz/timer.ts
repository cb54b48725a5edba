/** The exam countdown, as pure arithmetic over the attempt's start time. */

/** Whole seconds left (never negative); the clock runs on even through a reload. */
export function remainingSeconds(startedAt: string, minutes: number, now: Date): number {
  const end = Date.parse(startedAt) + minutes * 60_000;
  if (Number.isNaN(end)) return 0;
  return Math.max(0, Math.ceil((end - now.getTime()) / 1000));
}

/** "59:07", or "1:02:03" for an hour or more. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Spoken warnings: when the remaining time first drops to one of these (seconds). */
export const WARN_AT = [10 * 60, 5 * 60, 60];

export function warningFor(prevSeconds: number, seconds: number): number | undefined {
  return WARN_AT.find((w) => prevSeconds > w && seconds <= w);
}
