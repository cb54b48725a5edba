/**
 * The quiz island: intro → attempt (paged or single page) → result, for a module quiz and for the final
 * exam. Every change of the attempt is saved as the draft, so a reload mid-quiz keeps the answers.
 * Stored state is shown only after hydration, so the build-time HTML always matches the first render.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { progressStore } from '../progress';
import { useProgress, useProgressHydrated } from '../progress/react';
import { normalizeAnswer } from './answers';
import { currentAnswer, finishAttempt, goTo, isSubmitted, restoreAttempt, setAnswer, startAttempt, submitQuestion, unansweredIds } from './attempt';
import { Countdown } from './Countdown';
import { attemptsLeft, plannedCount } from './draw';
import { verdict } from './feedback';
import { QuestionCard, type SectionHref } from './QuestionCard';
import { QuestionNav } from './QuestionNav';
import { newSeed } from './random';
import { formatNumber, formatPercent, quizResult } from './result';
import { ResultView } from './ResultView';
import { scoreQuestion } from './scoring';
import { remainingSeconds } from './timer';
import type { Attempt, DrawGroup, Question, QuizResult } from './types';

export interface QuizProps {
  /** Key in the progress store: the bank id, or "final-exam". */
  quizId: string;
  kind?: 'quiz' | 'exam';
  /** Every question an attempt may draw from. */
  questions: Question[];
  /** How an attempt draws: one group for a bank, one per chapter for the exam. */
  groups: DrawGroup[];
  passPercent: number;
  /** 0 = unlimited. */
  attempts: number;
  layout: 'paged' | 'single';
  partialCredit: boolean;
  /** Visible countdown in minutes; 0 or absent for none. */
  timerMinutes?: number;
  /** Lesson links by syllabus item, already resolved against the site base. */
  sections: Record<string, SectionHref>;
  /** Link under the result, e.g. back to the chapter. */
  lesson?: { href: string; label: string };
}

export default function Quiz(props: QuizProps) {
  const { quizId, questions, groups, passPercent, attempts, layout, partialCredit, sections, lesson } = props;
  const isExam = props.kind === 'exam';
  const timerMinutes = props.timerMinutes ?? 0;
  const noun = isExam ? '考试' : '测验';
  const opts = { passPercent, partialCredit };
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const count = plannedCount(groups);

  const hydrated = useProgressHydrated();
  const stored = useProgress((s) => s.quizzes[quizId]);
  const [attempt, setAttemptState] = useState<Attempt | null>(null);
  const [finished, setFinished] = useState<{ result: QuizResult; timedOut: boolean } | null>(null);
  const [message, setMessage] = useState('');
  const [warnFor, setWarnFor] = useState<string | null>(null);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const attemptRef = useRef<Attempt | null>(null);
  const restored = useRef(false);
  const focusNext = useRef<'question' | 'result' | null>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const announce = useCallback((text: string) => {
    // The zero-width space makes a repeated message count as new for screen readers.
    setMessage((prev) => (prev === text ? text + '\u200b' : text));
  }, []);

  const update = (next: Attempt | null) => {
    attemptRef.current = next;
    setAttemptState(next);
    progressStore.getState().saveQuizDraft(quizId, next ?? undefined);
  };

  const finish = (a: Attempt, timedOut: boolean) => {
    const { result, answers } = finishAttempt(a, byId, opts);
    progressStore.getState().recordQuizAttempt(quizId, { percent: result.percent, passed: result.passed, questionIds: a.questionIds, answers });
    attemptRef.current = null;
    setAttemptState(null);
    setConfirmFinish(false);
    setFinished({ result, timedOut });
    focusNext.current = 'result';
    announce(`${noun}结束：得分 ${formatPercent(result.percent)}，${result.passed ? '通过' : '未通过'}。`);
  };

  // Once stored progress is loaded: resume the draft, or show the last result.
  useEffect(() => {
    if (!hydrated || restored.current) return;
    restored.current = true;
    const s = progressStore.getState().quizzes[quizId];
    const draft = s?.draft ? restoreAttempt(s.draft, byId) : null;
    if (draft) {
      if (timerMinutes > 0 && remainingSeconds(draft.startedAt, timerMinutes, new Date()) <= 0) return finish(draft, true);
      attemptRef.current = draft;
      setAttemptState(draft);
      return;
    }
    if (s?.draft) progressStore.getState().saveQuizDraft(quizId, undefined); // the bank changed under it
    if (s && s.attempts > 0 && s.lastQuestionIds.length > 0 && s.lastQuestionIds.every((id) => byId.has(id))) {
      const last = s.lastQuestionIds.map((id) => byId.get(id)!);
      setFinished({ result: quizResult(last, s.lastAnswers, opts), timedOut: false });
    }
  }, [hydrated]); // once: the bank props never change on a page

  useEffect(() => {
    if (focusNext.current === 'question') questionHeading.current?.focus();
    if (focusNext.current === 'result') resultHeading.current?.focus();
    focusNext.current = null;
  });

  const used = hydrated ? (stored?.attempts ?? 0) : 0;
  const left = attemptsLeft(attempts, used);

  const start = () => {
    const avoid = progressStore.getState().quizzes[quizId]?.lastQuestionIds ?? [];
    update(startAttempt(groups, newSeed(Math.random), avoid, new Date()));
    setFinished(null);
    setWarnFor(null);
    focusNext.current = 'question';
    announce(`${noun}开始，共 ${count} 题。`);
  };

  const answer = (id: string, value: unknown) => {
    const a = attemptRef.current;
    if (!a) return;
    setWarnFor(null);
    setConfirmFinish(false);
    update(setAnswer(a, id, value));
  };

  const submit = (q: Question, number: number) => {
    const a = attemptRef.current;
    if (!a) return;
    if (normalizeAnswer(q, currentAnswer(a, q)) === undefined) {
      setWarnFor(q.id);
      announce('请先作答，再提交。');
      return;
    }
    const next = submitQuestion(a, q);
    update(next);
    const r = scoreQuestion(q, next.answers[q.id], partialCredit);
    announce(`第 ${number} 题${verdict(r).label}，得 ${formatNumber(r.score)} / ${r.maxScore} 分。解析见下方。`);
  };

  const page = (index: number) => {
    const a = attemptRef.current;
    if (!a) return;
    update(goTo(a, index));
    setConfirmFinish(false);
    focusNext.current = 'question';
  };

  const requestFinish = () => {
    const a = attemptRef.current;
    if (!a) return;
    if (!confirmFinish && unansweredIds(a, byId).length > 0) {
      setConfirmFinish(true);
      return;
    }
    finish(a, false);
  };

  const live = (
    <p className="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );

  if (attempt) {
    const ids = attempt.questionIds;
    const n = ids.length;
    const card = (id: string, i: number, withRef: boolean) => {
      const q = byId.get(id)!;
      return (
        <QuestionCard
          key={id}
          q={q}
          number={i + 1}
          seed={attempt.seed}
          answer={currentAnswer(attempt, q)}
          submitted={isSubmitted(attempt, id)}
          partialCredit={partialCredit}
          section={sections[q.section]}
          warning={warnFor === id ? '请先作答，再提交。' : undefined}
          onAnswer={(v) => answer(id, v)}
          onSubmit={() => submit(q, i + 1)}
          announce={announce}
          headingRef={withRef ? questionHeading : undefined}
        />
      );
    };
    const missing = unansweredIds(attempt, byId).map((id) => ids.indexOf(id) + 1);
    const finishLabel = isExam ? '交卷' : '完成，查看结果';
    return (
      <div className={`quiz quiz--${layout}`}>
        <div className="quiz-status">
          <p className="quiz-status__pos">{layout === 'paged' ? `第 ${attempt.index + 1} / ${n} 题` : `共 ${n} 题`}</p>
          <progress
            className="quiz-status__bar"
            max={n}
            value={layout === 'paged' ? attempt.index + 1 : attempt.submitted.length}
            aria-label={layout === 'paged' ? '答题进度' : '已提交的题目'}
          />
          {timerMinutes > 0 && <Countdown startedAt={attempt.startedAt} minutes={timerMinutes} announce={announce} onExpire={() => attemptRef.current && finish(attemptRef.current, true)} />}
        </div>
        {layout === 'paged' ? (
          <>
            {n > 1 && <QuestionNav attempt={attempt} byId={byId} onGo={page} />}
            {card(ids[attempt.index]!, attempt.index, true)}
          </>
        ) : (
          ids.map((id, i) => card(id, i, i === 0))
        )}
        {confirmFinish && (
          <div className="notice quiz-confirm" role="alert">
            <p>
              还有 {missing.length} 题没有作答（第 {missing.join('、')} 题），交卷后这些题记 0 分。
            </p>
            <div className="quiz-actions">
              <button type="button" className="button" onClick={requestFinish}>
                仍然交卷
              </button>
              <button type="button" className="button button--ghost" onClick={() => (layout === 'paged' ? page(missing[0]! - 1) : setConfirmFinish(false))}>
                返回作答
              </button>
            </div>
          </div>
        )}
        <div className="quiz-nav">
          {layout === 'paged' && (
            <button type="button" className="button button--ghost" disabled={attempt.index === 0} onClick={() => page(attempt.index - 1)}>
              上一题
            </button>
          )}
          {layout === 'paged' && attempt.index < n - 1 ? (
            <button type="button" className={isSubmitted(attempt, ids[attempt.index]!) ? 'button' : 'button button--ghost'} onClick={() => page(attempt.index + 1)}>
              下一题
            </button>
          ) : (
            !confirmFinish && (
              <button type="button" className="button" onClick={requestFinish}>
                {finishLabel}
              </button>
            )
          )}
        </div>
        {live}
      </div>
    );
  }

  if (finished) {
    return (
      <div className="quiz">
        <ResultView
          result={finished.result}
          byId={byId}
          sections={sections}
          partialCredit={partialCredit}
          isExam={isExam}
          bestPercent={stored?.bestPercent ?? 0}
          attemptsUsed={used}
          attemptsLeft={left}
          timedOut={finished.timedOut}
          onRetry={start}
          lesson={lesson}
          headingRef={resultHeading}
        />
        {live}
      </div>
    );
  }

  return (
    <div className="quiz">
      <section className="quiz-intro" aria-label={`${noun}说明`}>
        <ul className="quiz-facts">
          <li>每次 {count} 题，{isExam ? '按各章学时从全部题库中抽取' : `从本章 ${questions.length} 道题中随机抽取`}</li>
          <li>及格线 {formatPercent(passPercent)}</li>
          <li>作答次数：{attempts > 0 ? `共 ${attempts} 次` : '不限'}</li>
          {timerMinutes > 0 && <li>限时 {timerMinutes} 分钟，时间到自动交卷</li>}
          <li>{partialCredit ? '多选、排序、匹配题答对一部分也能得部分分' : '每题完全答对才得分'}</li>
        </ul>
        {hydrated && stored && stored.attempts > 0 && (
          <p className="quiz-intro__best">
            最好成绩 {formatPercent(stored.bestPercent)}
            {stored.passed ? '（已通过）' : ''}，已作答 {stored.attempts} 次。
          </p>
        )}
        {left > 0 ? (
          <button type="button" className="button" disabled={!hydrated} onClick={start}>
            {hydrated && used > 0 ? '再试一次' : isExam ? '开始考试' : '开始答题'}
          </button>
        ) : (
          <p className="muted">作答机会已经用完。</p>
        )}
      </section>
      {live}
    </div>
  );
}
