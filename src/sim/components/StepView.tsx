/**
 * One decision point: who speaks, the situation, the choices. Number keys 1–9 pick a choice when
 * `keyboard` is on (off in the classroom, where the room's vote chooses).
 */
import { useEffect, useRef, useState, type Ref } from 'react';
import type { Step } from '../types';
import { Paragraphs } from './Paragraphs';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Number keys 1–9 choose. One listener for the life of the game view, reading the latest choices through a
 * ref: a key pressed right after a move (or a restart) never falls into a gap between two listeners.
 * Returns true once the listener is attached.
 */
export function useChoiceKeys(choices: Step['choices'], onChoose: (choiceId: string) => void, keyboard = true): boolean {
  const latest = useRef({ choices, onChoose });
  latest.current = { choices, onChoose };
  const [keysReady, setKeysReady] = useState(false);
  useEffect(() => {
    if (!keyboard) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.repeat || isTyping(e.target)) return;
      const n = Number(e.key);
      const choice = Number.isInteger(n) && n >= 1 ? latest.current.choices[n - 1] : undefined;
      if (!choice) return;
      e.preventDefault();
      latest.current.onChoose(choice.id);
    };
    document.addEventListener('keydown', onKey);
    setKeysReady(true);
    return () => {
      document.removeEventListener('keydown', onKey);
      setKeysReady(false);
    };
  }, [keyboard]);
  return keysReady;
}

export function StepView({
  step,
  stepNumber,
  onChoose,
  keyboard = true,
  keysReady = false,
  headingRef,
}: {
  step: Step;
  stepNumber: number;
  onChoose(choiceId: string): void;
  /** Show the number-key hints (the parent owns the listener: `useChoiceKeys`). */
  keyboard?: boolean;
  keysReady?: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const shortcuts = keyboard && step.choices.length <= 9;
  return (
    <article className="sim-scene" aria-labelledby="sim-step-heading" data-keys={keysReady ? 'ready' : undefined}>
      <h2 id="sim-step-heading" className="sim-scene__heading" tabIndex={-1} ref={headingRef}>
        <span className="sim-scene__number">第 {stepNumber} 步</span>
        <span className="visually-hidden">：</span>
        <span className="sim-scene__speaker">{step.speaker}</span>
      </h2>
      <div className="sim-scene__prompt">
        <Paragraphs text={step.prompt} />
      </div>
      <p className="sim-scene__ask" id="sim-choices-hint">
        你怎么做？{shortcuts ? <span className="sim-scene__keys">（可按数字键 1–{step.choices.length} 选择）</span> : null}
      </p>
      <ol className="sim-choices" aria-describedby="sim-choices-hint">
        {step.choices.map((c, i) => (
          <li key={c.id}>
            <button
              type="button"
              className="sim-choice"
              data-choice={c.id}
              onClick={() => onChoose(c.id)}
              aria-keyshortcuts={shortcuts ? String(i + 1) : undefined}
            >
              <span className="sim-choice__key" aria-hidden="true">
                {i + 1}
              </span>
              <span className="sim-choice__label">{c.label}</span>
            </button>
          </li>
        ))}
      </ol>
    </article>
  );
}
