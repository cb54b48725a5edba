/**
 * Presentational: renders a session's state, any simulator. The self-study shell passes the learner's
 * handlers; the classroom mode can pass its own (keyboard off, choose from the room's vote).
 */
import { useEffect, useRef } from 'react';
import type { SessionState } from '../engine/session';
import { CalendarView } from './CalendarView';
import { DebriefView } from './DebriefView';
import { MetersView } from './MetersView';
import { StepView, useChoiceKeys } from './StepView';
import { TimelineView } from './TimelineView';
import '../../styles/simulator.css';

export interface SimulatorViewProps {
  state: SessionState;
  onChoose(choiceId: string): void;
  onBack(): void;
  onRestart(): void;
  keyboard?: boolean;
  /** A line above the game (resume notice). */
  notice?: string;
}

export function SimulatorView({ state, onChoose, onBack, onRestart, keyboard = true, notice }: SimulatorViewProps) {
  const { step, path, timeline, announcement, moves } = state;
  const heading = useRef<HTMLHeadingElement>(null);
  const keysReady = useChoiceKeys(step.outcome ? [] : step.choices, onChoose, keyboard);
  // Focus follows the game (new step or debrief), but never on first render: that would steal the page.
  const seenMoves = useRef(moves);
  useEffect(() => {
    if (seenMoves.current === moves) return;
    seenMoves.current = moves;
    heading.current?.focus();
  }, [moves]);

  return (
    <div className="sim" data-step-id={step.stepId} data-outcome={step.outcome?.kind}>
      {notice ? (
        <p className="sim__notice" role="status">
          {notice}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div className="sim__layout">
        <div className="sim__main">
          {step.outcome ? (
            <DebriefView outcome={step.outcome} headingRef={heading} />
          ) : (
            <StepView
              step={step}
              stepNumber={path.length + 1}
              onChoose={onChoose}
              keyboard={keyboard}
              keysReady={keysReady}
              headingRef={heading}
            />
          )}
          <div className="sim__controls">
            <button type="button" className="button button--ghost" onClick={onBack} disabled={path.length === 0}>
              上一步
            </button>
            <button type="button" className="button button--ghost" onClick={onRestart} disabled={path.length === 0}>
              {step.outcome ? '再玩一次' : '重新开始'}
            </button>
          </div>
        </div>
        <aside className="sim__side" aria-label="局面、日历与已做的选择">
          <MetersView meters={step.meters} />
          {step.calendar && step.calendar.length > 0 ? <CalendarView marks={step.calendar} /> : null}
          <TimelineView timeline={timeline} />
        </aside>
      </div>
    </div>
  );
}
