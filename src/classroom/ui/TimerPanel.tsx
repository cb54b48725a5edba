/** The countdown a trainer runs a group discussion with: start/pause, reset, ±1 minute, length, projection. */
import { useId } from 'react';
import type { PresenterEvent } from '../sync';
import { clockText } from '../client/clock';
import { isPristine, isRunning, MINUTE, type TimerState } from '../timer';

/** Start or pause; the first start also puts the countdown on the projector. */
export function toggleCountdown(timer: TimerState, shown: boolean, dispatch: (e: PresenterEvent) => void): void {
  if (isPristine(timer) && !shown) dispatch({ type: 'timer.show', shown: true });
  dispatch({ type: 'timer.toggle', now: Date.now() });
}

export function TimerPanel({
  timer,
  shown,
  now,
  dispatch,
  title = '讨论倒计时',
}: {
  timer: TimerState;
  shown: boolean;
  now: number;
  dispatch(e: PresenterEvent): void;
  title?: string;
}) {
  const id = useId();
  const c = clockText(timer, 'countdown', now);
  const running = isRunning(timer);
  const minutes = Math.round(timer.durationMs / MINUTE);
  const state = c.ended ? '时间到' : running ? '进行中' : isPristine(timer) ? '未开始' : '已暂停';
  return (
    <section className="panel panel--timer" aria-labelledby={`${id}-t`} data-timer-panel data-ended={c.ended}>
      <h2 id={`${id}-t`} className="panel__title">
        {title}
      </h2>
      <p className="countdown">
        <span className="countdown__time" data-countdown aria-hidden="true">
          {c.text}
        </span>
        <span className="countdown__state" data-countdown-state>
          {state}
        </span>
      </p>
      <p className="visually-hidden" aria-live="polite">
        {c.ended ? '时间到' : ''}
      </p>
      <div className="timer-controls">
        <button className="button" type="button" onClick={() => toggleCountdown(timer, shown, dispatch)} aria-keyshortcuts="T">
          {running ? '暂停 (T)' : isPristine(timer) ? '开始 (T)' : c.ended ? '继续计时 (T)' : '继续 (T)'}
        </button>
        <button className="button button--ghost" type="button" onClick={() => dispatch({ type: 'timer.reset' })} disabled={isPristine(timer)}>
          归零
        </button>
        <button className="button button--ghost" type="button" onClick={() => dispatch({ type: 'timer.adjust', minutes: -1 })} disabled={minutes <= 1}>
          −1 分钟
        </button>
        <button className="button button--ghost" type="button" onClick={() => dispatch({ type: 'timer.adjust', minutes: 1 })}>
          +1 分钟
        </button>
      </div>
      <div className="timer-settings">
        <label className="field-inline">
          时长（分钟）
          <input
            type="number"
            min={1}
            max={600}
            inputMode="numeric"
            value={minutes}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isFinite(n) && n >= 1) dispatch({ type: 'timer.setMinutes', minutes: n });
            }}
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={shown} onChange={(e) => dispatch({ type: 'timer.show', shown: e.target.checked })} /> 在投影上显示倒计时
        </label>
      </div>
    </section>
  );
}
