/** The decisions taken so far, in order. */
import { memo } from 'react';
import type { TimelineEntry } from '../engine/replay';

export const TimelineView = memo(function TimelineView({ timeline }: { timeline: TimelineEntry[] }) {
  return (
    <section className="sim-panel sim-timeline" aria-labelledby="sim-timeline-title">
      <h3 id="sim-timeline-title" className="sim-panel__title">你的选择</h3>
      {timeline.length === 0 ? (
        <p className="sim-timeline__empty">还没有做出选择。</p>
      ) : (
        <ol>
          {timeline.map((t, i) => (
            <li key={`${i}-${t.choiceId}`}>{t.label}</li>
          ))}
        </ol>
      )}
    </section>
  );
});
