/** The result screen: score, pass or fail, what to review (with lesson links), best score, retry. */
import type { Ref } from 'react';
import { verdict } from './feedback';
import type { SectionHref } from './QuestionCard';
import { formatNumber, formatPercent } from './result';
import { RULE_TEXT, RULE_TEXT_NO_PARTIAL } from './scoring';
import type { Question, QuizResult } from './types';

interface Props {
  result: QuizResult;
  byId: ReadonlyMap<string, Question>;
  sections: Record<string, SectionHref>;
  partialCredit: boolean;
  isExam: boolean;
  bestPercent: number;
  attemptsUsed: number;
  attemptsLeft: number;
  /** The attempt ended because the exam time ran out. */
  timedOut: boolean;
  onRetry(): void;
  lesson?: { href: string; label: string };
  headingRef?: Ref<HTMLHeadingElement>;
}

export function ResultView(p: Props) {
  const { result } = p;
  const review = result.questions.filter((r) => !r.isCorrect);
  const noun = p.isExam ? '考试' : '测验';
  return (
    <section className="quiz-result" aria-labelledby="quiz-result-title">
      <h2 id="quiz-result-title" className="quiz-result__title" tabIndex={-1} ref={p.headingRef}>
        {noun}结果
      </h2>
      {p.timedOut && <p className="notice">考试时间已到，系统已按当前作答自动交卷。</p>}
      <div className={`quiz-result__summary ${result.passed ? 'is-pass' : 'is-fail'}`}>
        <p className="quiz-result__percent">{formatPercent(result.percent)}</p>
        <div>
          <p className="quiz-result__status">{result.passed ? '通过' : '未通过'}</p>
          <p className="quiz-result__detail">
            得分 {formatNumber(result.score)} / {result.maxScore} 分 · 及格线 {formatPercent(result.passPercent)}
          </p>
        </div>
      </div>
      <dl className="quiz-result__stats">
        <div>
          <dt>最好成绩</dt>
          <dd data-testid="best-percent">{formatPercent(Math.max(p.bestPercent, result.percent))}</dd>
        </div>
        <div>
          <dt>已作答</dt>
          <dd>{p.attemptsUsed} 次</dd>
        </div>
        <div>
          <dt>剩余机会</dt>
          <dd>{p.attemptsLeft === Infinity ? '不限' : `${p.attemptsLeft} 次`}</dd>
        </div>
      </dl>

      <h3>{review.length ? `需要复习的题目（${review.length}）` : '全部答对'}</h3>
      {review.length === 0 ? (
        <p>每道题都答对了，没有需要复习的内容。</p>
      ) : (
        <ol className="quiz-review">
          {review.map((r) => {
            const q = p.byId.get(r.questionId)!;
            const section = p.sections[q.section];
            const v = verdict(r);
            return (
              <li key={r.questionId} className={`quiz-review__item quiz-review__item--${v.kind}`}>
                <p className="quiz-review__prompt">
                  {q.vignette && <span className="badge">案例</span>} {q.prompt}
                </p>
                <p className="quiz-review__meta">
                  <span className={`quiz-mark quiz-mark--${v.kind === 'partly' ? 'missed' : 'bad'}`}>{v.label}</span> 得 {formatNumber(r.score)} / {r.maxScore} 分
                  {section && (
                    <>
                      {' · '}
                      <a href={section.href}>复习 {section.label}</a>
                    </>
                  )}
                </p>
                <details className="quiz-review__why">
                  <summary>看解析</summary>
                  {q.vignette && <p className="quiz-review__case">案例：{q.vignette}</p>}
                  <p>{q.explanation}</p>
                  {q.law && <p>依据：{q.law}</p>}
                </details>
              </li>
            );
          })}
        </ol>
      )}

      <details className="quiz-rules">
        <summary>计分规则</summary>
        {p.partialCredit ? (
          <ul>
            {RULE_TEXT.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        ) : (
          <p>{RULE_TEXT_NO_PARTIAL}</p>
        )}
        <p>总分按各题得分相加，百分比向下取一位小数；达到及格线即为通过。最好成绩会一直保留。</p>
      </details>

      <div className="quiz-actions">
        {p.attemptsLeft > 0 ? (
          <button type="button" className="button" onClick={p.onRetry}>
            再试一次
          </button>
        ) : (
          <p className="muted">作答机会已经用完。</p>
        )}
        {p.lesson && (
          <a className="button button--ghost" href={p.lesson.href}>
            {p.lesson.label}
          </a>
        )}
      </div>
      {p.attemptsLeft > 0 && <p className="muted quiz-actions__note">再试一次会换一批题目（题库足够时不重复上次的题）。</p>}
    </section>
  );
}
