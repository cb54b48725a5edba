/** Single choice, multiple choice and true/false as real radio buttons and checkboxes. */
import { choiceFeedback, trueFalseFeedback } from './feedback';
import { optionOrder } from './present';
import type { Question } from './types';

type Choice = Extract<Question, { type: 'single' | 'multiple' }>;
type TrueFalse = Extract<Question, { type: 'truefalse' }>;

interface Props<Q> {
  q: Q;
  name: string;
  seed: number;
  answer: unknown;
  submitted: boolean;
  onAnswer(value: unknown): void;
}

function Mark({ picked, correct }: { picked: boolean; correct: boolean }) {
  if (correct && picked) return <span className="quiz-mark quiz-mark--good">✓ 选对了</span>;
  if (correct) return <span className="quiz-mark quiz-mark--missed">✓ 正确答案</span>;
  return <span className="quiz-mark quiz-mark--bad">✗ 你的选择</span>;
}

export function ChoiceInput({ q, name, seed, answer, submitted, onAnswer }: Props<Choice>) {
  const rows = choiceFeedback(q, answer, optionOrder(seed, q));
  const multiple = q.type === 'multiple';
  const toggle = (id: string, on: boolean) => {
    const picked = rows.filter((r) => r.picked).map((r) => r.id);
    const next = on ? [...picked, id] : picked.filter((x) => x !== id);
    onAnswer(next.length ? next : undefined);
  };
  return (
    <ul className="quiz-options">
      {rows.map((r) => (
        <li key={r.id} className={optionClass(submitted, r.picked, r.correct)}>
          <label className="quiz-option__label">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={r.id}
              checked={r.picked}
              onChange={(e) => (multiple ? toggle(r.id, e.currentTarget.checked) : onAnswer(r.id))}
            />
            <span>{r.text}</span>
          </label>
          {submitted && r.show && (
            <p className="quiz-option__feedback">
              <Mark picked={r.picked} correct={r.correct} /> {r.feedback}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

export function TrueFalseInput({ q, name, answer, submitted, onAnswer }: Props<TrueFalse>) {
  const fb = trueFalseFeedback(q, answer);
  const choices = [
    { value: true, label: '正确' },
    { value: false, label: '错误' },
  ];
  return (
    <ul className="quiz-options quiz-options--tf">
      {choices.map((c) => {
        const picked = fb.picked === c.value;
        const correct = fb.correct === c.value;
        return (
          <li key={c.label} className={optionClass(submitted, picked, correct)}>
            <label className="quiz-option__label">
              <input type="radio" name={name} value={String(c.value)} checked={picked} onChange={() => onAnswer(c.value)} />
              <span>{c.label}</span>
            </label>
            {submitted && (picked || (fb.picked === undefined && correct)) && (
              <p className="quiz-option__feedback">
                <Mark picked={picked} correct={correct} /> {fb.text}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function optionClass(submitted: boolean, picked: boolean, correct: boolean): string {
  const c = ['quiz-option'];
  if (picked) c.push('is-picked');
  if (submitted && correct) c.push('is-correct');
  if (submitted && picked && !correct) c.push('is-wrong');
  return c.join(' ');
}
