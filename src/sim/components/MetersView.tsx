/** Meters as text first (label, value, range), with a bar beside for the eye. */
import { memo } from 'react';
import type { Meter } from '../types';

function level(m: Meter): 'good' | 'warn' | 'bad' {
  const share = (m.value - m.min) / Math.max(1, m.max - m.min);
  const goodness = m.higherIsWorse ? 1 - share : share;
  return goodness >= 0.6 ? 'good' : goodness >= 0.35 ? 'warn' : 'bad';
}

export const MetersView = memo(function MetersView({ meters }: { meters: Meter[] }) {
  if (meters.length === 0) return null;
  return (
    <section className="sim-panel sim-meters" aria-labelledby="sim-meters-title">
      <h3 id="sim-meters-title" className="sim-panel__title">局面</h3>
      <ul>
        {meters.map((m) => {
          const pct = Math.round(((m.value - m.min) / Math.max(1, m.max - m.min)) * 100);
          return (
            <li key={m.id} className={`sim-meter sim-meter--${level(m)}`}>
              <span className="sim-meter__label">{m.label}</span>
              <span className="sim-meter__value">
                {m.value}
                {m.unit ?? ''}
                <span className="visually-hidden">（范围 {m.min}–{m.max}{m.higherIsWorse ? '，越低越好' : ''}）</span>
              </span>
              <span className="sim-meter__track" aria-hidden="true">
                <span className="sim-meter__fill" style={{ width: `${pct}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
