/** Ordering with 上移/下移 buttons: keyboard and screen-reader usable, never drag-only. */
import { useEffect, useRef } from 'react';
import { orderingFeedback } from './feedback';
import { moveItem } from './present';
import type { Question } from './types';

type Ordering = Extract<Question, { type: 'ordering' }>;

interface Props {
  q: Ordering;
  /** Current order (item ids). */
  order: string[];
  submitted: boolean;
  onAnswer(order: string[]): void;
  announce(message: string): void;
}

export function OrderingInput({ q, order, submitted, onAnswer, announce }: Props) {
  const text = new Map(q.items.map((i) => [i.id, i.text]));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // After a move, keep the focus on the moved item (React may re-insert its node, which drops focus).
  const pendingFocus = useRef<{ id: string; dir: 'up' | 'down' } | null>(null);

  useEffect(() => {
    const p = pendingFocus.current;
    if (!p) return;
    pendingFocus.current = null;
    const same = buttons.current.get(`${p.id}:${p.dir}`);
    const other = buttons.current.get(`${p.id}:${p.dir === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  });

  const move = (index: number, step: -1 | 1) => {
    const id = order[index]!;
    const next = moveItem(order, index, step);
    pendingFocus.current = { id, dir: step < 0 ? 'up' : 'down' };
    onAnswer(next);
    announce(`“${text.get(id)}”已移到第 ${index + step + 1} 位，共 ${order.length} 项。`);
  };

  if (submitted) {
    const rows = orderingFeedback(q, order);
    return (
      <>
        <p className="quiz-sub">你的排列：</p>
        <ol className="quiz-order quiz-order--done">
          {order.map((id, i) => {
            const r = rows.find((x) => x.id === id)!;
            return (
              <li key={id} className={`quiz-order__item ${r.inPlace ? 'is-correct' : 'is-wrong'}`}>
                <span className="quiz-order__pos" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="quiz-order__text">{r.text}</span>
                <span className={`quiz-mark ${r.inPlace ? 'quiz-mark--good' : 'quiz-mark--bad'}`}>
                  {r.inPlace ? '✓ 位置正确' : `✗ 应在第 ${r.correctPosition} 位`}
                </span>
              </li>
            );
          })}
        </ol>
        <p className="quiz-sub">正确顺序：</p>
        <ol className="quiz-order-key">
          {rows.map((r) => (
            <li key={r.id}>
              <strong>{r.text}</strong> — {r.feedback}
            </li>
          ))}
        </ol>
      </>
    );
  }

  return (
    <ol className="quiz-order">
      {order.map((id, i) => (
        <li key={id} className="quiz-order__item" data-item-id={id}>
          <span className="quiz-order__pos" aria-hidden="true">
            {i + 1}
          </span>
          <span className="quiz-order__text">{text.get(id)}</span>
          <span className="quiz-order__buttons">
            <button
              type="button"
              className="quiz-small-button"
              ref={(el) => void (el ? buttons.current.set(`${id}:up`, el) : buttons.current.delete(`${id}:up`))}
              disabled={i === 0}
              aria-label={`上移：${text.get(id)}`}
              onClick={() => move(i, -1)}
            >
              ↑ 上移
            </button>
            <button
              type="button"
              className="quiz-small-button"
              ref={(el) => void (el ? buttons.current.set(`${id}:down`, el) : buttons.current.delete(`${id}:down`))}
              disabled={i === order.length - 1}
              aria-label={`下移：${text.get(id)}`}
              onClick={() => move(i, 1)}
            >
              ↓ 下移
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
