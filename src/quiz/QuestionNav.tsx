/** Numbered buttons to jump between questions of a paged attempt, showing which are answered. */
import { normalizeAnswer } from './answers';
import { isSubmitted } from './attempt';
import type { Attempt, Question } from './types';

interface Props {
  attempt: Attempt;
  byId: ReadonlyMap<string, Question>;
  onGo(index: number): void;
}

export function QuestionNav({ attempt, byId, onGo }: Props) {
  return (
    <nav className="quiz-qnav" aria-label="题目导航">
      <ol>
        {attempt.questionIds.map((id, i) => {
          const q = byId.get(id)!;
          // An untouched ordering question has no stored answer yet: it counts as not answered here.
          const state = isSubmitted(attempt, id) ? 'done' : normalizeAnswer(q, attempt.answers[id]) !== undefined ? 'answered' : 'open';
          const label = { done: '已提交', answered: '已作答，未提交', open: '未作答' }[state];
          return (
            <li key={id}>
              <button
                type="button"
                className={`quiz-qnav__button quiz-qnav__button--${state}`}
                aria-current={i === attempt.index ? 'step' : undefined}
                aria-label={`第 ${i + 1} 题，${label}`}
                onClick={() => onGo(i)}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
