/** Matching: one <select> per left item, each right text offered once. */
import { matchingFeedback } from './feedback';
import { matchingChoiceOrder, matchingLeftOrder } from './present';
import type { Question } from './types';

type Matching = Extract<Question, { type: 'matching' }>;

interface Props {
  q: Matching;
  idPrefix: string;
  seed: number;
  answer: unknown;
  submitted: boolean;
  onAnswer(value: unknown): void;
}

export function MatchingInput({ q, idPrefix, seed, answer, submitted, onAnswer }: Props) {
  const picks = (typeof answer === 'object' && answer !== null && !Array.isArray(answer) ? answer : {}) as Record<string, string>;
  const choices = matchingChoiceOrder(seed, q);
  const rows = new Map(matchingFeedback(q, answer).map((r) => [r.id, r]));
  const set = (left: string, right: string) => {
    const next = { ...picks };
    if (right) next[left] = right;
    else delete next[left];
    onAnswer(Object.keys(next).length ? next : undefined);
  };
  return (
    <ul className="quiz-match">
      {matchingLeftOrder(seed, q).map((pid) => {
        const r = rows.get(pid)!;
        const selectId = `${idPrefix}-${pid}`;
        return (
          <li key={pid} className={`quiz-match__row${submitted ? (r.correct ? ' is-correct' : ' is-wrong') : ''}`}>
            <label className="quiz-match__left" htmlFor={selectId}>
              {r.left}
            </label>
            <select id={selectId} className="quiz-match__select" value={picks[pid] ?? ''} onChange={(e) => set(pid, e.currentTarget.value)}>
              <option value="">请选择…</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.text}
                </option>
              ))}
            </select>
            {submitted && (
              <p className="quiz-option__feedback">
                {r.correct ? (
                  <span className="quiz-mark quiz-mark--good">✓ 配对正确</span>
                ) : (
                  <>
                    <span className="quiz-mark quiz-mark--bad">✗ {r.picked ? '配错了' : '没有选'}</span> 应为“{r.right}”。
                  </>
                )}{' '}
                {r.feedback}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
