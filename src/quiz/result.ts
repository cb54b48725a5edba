/** A whole attempt's result against the pass mark. */
import { scoreQuestion } from './scoring';
import type { Question, QuizResult } from './types';

export interface ResultOptions {
  passPercent: number;
  partialCredit: boolean;
}

export function quizResult(questions: readonly Question[], answers: Record<string, unknown>, opts: ResultOptions): QuizResult {
  const results = questions.map((q) => scoreQuestion(q, answers[q.id], opts.partialCredit));
  const score = Math.round(results.reduce((s, r) => s + r.score, 0) * 1000) / 1000;
  const maxScore = results.reduce((s, r) => s + r.maxScore, 0);
  const exact = maxScore > 0 ? (score / maxScore) * 100 : 0;
  return {
    score,
    maxScore,
    // Rounded down: a 79.96% must not read "80%" next to "未通过".
    percent: Math.floor(exact * 10 + 1e-6) / 10,
    passed: maxScore > 0 && exact + 1e-6 >= opts.passPercent,
    passPercent: opts.passPercent,
    questions: results,
  };
}

/** "7.5", "8" — at most two decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export const formatPercent = (p: number) => `${formatNumber(p)}%`;
