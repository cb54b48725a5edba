/** One question: case vignette, the fieldset with its inputs, the submit button and, once submitted, the feedback. */
import { useEffect, useRef, type Ref } from 'react';
import { ChoiceInput, TrueFalseInput } from './ChoiceInput';
import { MatchingInput } from './MatchingInput';
import { OrderingInput } from './OrderingInput';
import { TYPE_HINT, TYPE_LABEL, verdict } from './feedback';
import { formatNumber } from './result';
import { scoreQuestion } from './scoring';
import type { Question } from './types';

export interface SectionHref {
  label: string;
  href: string;
}

interface Props {
  q: Question;
  number: number;
  seed: number;
  /** The answer as it stands (an untouched ordering question: the order shown). */
  answer: unknown;
  submitted: boolean;
  partialCredit: boolean;
  section?: SectionHref;
  /** Shown above the submit button, e.g. when it was pressed without an answer. */
  warning?: string;
  onAnswer(value: unknown): void;
  onSubmit(): void;
  announce(message: string): void;
  /** The island focuses this heading when the learner pages to the question. */
  headingRef?: Ref<HTMLHeadingElement>;
}

export function QuestionCard(props: Props) {
  const { q, number, seed, answer, submitted, partialCredit, section, warning, onAnswer, onSubmit, announce, headingRef } = props;
  const base = `quiz-${q.id}`;
  const feedbackRef = useRef<HTMLDivElement>(null);
  const wasSubmitted = useRef(submitted);

  // Focus the feedback only right after this question was submitted, not when a stored attempt is shown.
  useEffect(() => {
    if (submitted && !wasSubmitted.current) feedbackRef.current?.focus();
    wasSubmitted.current = submitted;
  }, [submitted]);

  const result = submitted ? scoreQuestion(q, answer, partialCredit) : undefined;
  const v = result && verdict(result);

  return (
    <section className="quiz-q" aria-labelledby={`${base}-title`} data-question-id={q.id}>
      <h2 className="quiz-q__title" id={`${base}-title`} tabIndex={-1} ref={headingRef}>
        第 {number} 题
        <span className="quiz-q__meta">
          {q.vignette ? '案例题 · ' : ''}
          {TYPE_LABEL[q.type]} · {q.points} 分
        </span>
      </h2>
      {q.vignette && (
        <div className="quiz-vignette">
          <p className="quiz-vignette__label">案例</p>
          <p>{q.vignette}</p>
        </div>
      )}
      <fieldset className="quiz-q__fieldset" disabled={submitted} aria-describedby={`${base}-hint`}>
        <legend className="quiz-q__prompt">{q.prompt}</legend>
        <p className="quiz-q__hint" id={`${base}-hint`}>
          {TYPE_HINT[q.type]}
        </p>
        {(q.type === 'single' || q.type === 'multiple') && (
          <ChoiceInput q={q} name={base} seed={seed} answer={answer} submitted={submitted} onAnswer={onAnswer} />
        )}
        {q.type === 'truefalse' && <TrueFalseInput q={q} name={base} seed={seed} answer={answer} submitted={submitted} onAnswer={onAnswer} />}
        {q.type === 'ordering' && <OrderingInput q={q} order={answer as string[]} submitted={submitted} onAnswer={onAnswer} announce={announce} />}
        {q.type === 'matching' && <MatchingInput q={q} idPrefix={base} seed={seed} answer={answer} submitted={submitted} onAnswer={onAnswer} />}
      </fieldset>
      {!submitted && warning && <p className="quiz-q__warning">{warning}</p>}
      {!submitted && (
        <p className="quiz-q__actions">
          <button type="button" className="button" onClick={onSubmit}>
            提交答案
          </button>
        </p>
      )}
      {result && v && (
        <div className={`quiz-feedback quiz-feedback--${v.kind}`} tabIndex={-1} ref={feedbackRef} aria-labelledby={`${base}-verdict`}>
          <p className="quiz-feedback__verdict" id={`${base}-verdict`}>
            {v.label}
            <span className="quiz-feedback__score">
              得 {formatNumber(result.score)} / {result.maxScore} 分
            </span>
          </p>
          <p>
            <strong>解析：</strong>
            {q.explanation}
          </p>
          {q.law && (
            <p>
              <strong>依据：</strong>
              {q.law}
            </p>
          )}
          {section && (
            <p>
              <a href={section.href}>复习课文 {section.label} →</a>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
