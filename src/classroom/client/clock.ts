/** Renders a timer into an element, on a steady tick, for pages without React. */
import { countdownText, elapsedMs, formatClock, isEnded, isRunning, overrunMs, spokenClock, type TimerState } from '../timer';

export type ClockMode = 'elapsed' | 'countdown';

export interface ClockText {
  text: string;
  spoken: string;
  ended: boolean;
  running: boolean;
}

export function clockText(t: TimerState, mode: ClockMode, now: number): ClockText {
  const ended = isEnded(t, now);
  const running = isRunning(t);
  if (mode === 'countdown') {
    const text = countdownText(t, now);
    return { text, spoken: ended ? '时间到' : `剩余 ${spokenClock(t.durationMs - elapsedMs(t, now), 'up')}`, ended, running };
  }
  const over = overrunMs(t, now);
  return {
    text: formatClock(elapsedMs(t, now)),
    spoken: over > 0 ? `已超出计划 ${spokenClock(over)}` : `已用 ${spokenClock(elapsedMs(t, now))}`,
    ended,
    running,
  };
}

/** Calls `render` now and every quarter second; returns a stopper. */
export function tick(render: (now: number) => void): () => void {
  render(Date.now());
  const id = window.setInterval(() => render(Date.now()), 250);
  return () => window.clearInterval(id);
}
