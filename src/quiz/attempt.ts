/**
 * One attempt as plain data: start, answer, submit, page, restore after a reload, finish.
 * Every function returns a new Attempt, so the island can store each step as the draft.
 */
import { normalizeAnswer } from './answers';
import { drawFromGroups } from './draw';
import { initialOrder } from './present';
import { quizResult, type ResultOptions } from './result';
import type { Attempt, DrawGroup, Question, QuizResult } from './types';

export function startAttempt(groups: readonly DrawGroup[], seed: number, avoid: readonly string[], now: Date): Attempt {
  return { seed, questionIds: drawFromGroups(groups, seed, avoid), answers: {}, submitted: [], index: 0, startedAt: now.toISOString() };
}

/** The answer as it stands: an untouched ordering question counts in the order it is shown in. */
export function currentAnswer(a: Attempt, q: Question): unknown {
  const given = a.answers[q.id];
  if (given === undefined && q.type === 'ordering') return initialOrder(a.seed, q);
  return given;
}

export const isSubmitted = (a: Attempt, id: string) => a.submitted.includes(id);

export function setAnswer(a: Attempt, id: string, value: unknown): Attempt {
  if (isSubmitted(a, id) || !a.questionIds.includes(id)) return a;
  const answers = { ...a.answers };
  if (value === undefined) delete answers[id];
  else answers[id] = value;
  return { ...a, answers };
}

/** Locks the question; the shown order of an untouched ordering question becomes its answer. */
export function submitQuestion(a: Attempt, q: Question): Attempt {
  if (isSubmitted(a, q.id) || !a.questionIds.includes(q.id)) return a;
  const value = currentAnswer(a, q);
  const answers = value === undefined ? a.answers : { ...a.answers, [q.id]: value };
  return { ...a, answers, submitted: [...a.submitted, q.id] };
}

export function goTo(a: Attempt, index: number): Attempt {
  return { ...a, index: Math.max(0, Math.min(index, a.questionIds.length - 1)) };
}

/** Questions that have no usable answer yet. */
export function unansweredIds(a: Attempt, byId: ReadonlyMap<string, Question>): string[] {
  return a.questionIds.filter((id) => {
    const q = byId.get(id);
    return !q || normalizeAnswer(q, currentAnswer(a, q)) === undefined;
  });
}

/**
 * A stored draft, if it still fits the bank: every question must still exist (a changed bank drops the
 * draft), answers that no longer fit their question are dropped one by one.
 */
export function restoreAttempt(draft: unknown, byId: ReadonlyMap<string, Question>): Attempt | null {
  if (typeof draft !== 'object' || draft === null) return null;
  const d = draft as Partial<Attempt>;
  if (!Array.isArray(d.questionIds) || d.questionIds.length === 0 || typeof d.seed !== 'number' || typeof d.startedAt !== 'string') return null;
  const ids = d.questionIds;
  if (new Set(ids).size !== ids.length || !ids.every((id) => typeof id === 'string' && byId.has(id))) return null;
  const answers: Record<string, unknown> = {};
  const raw = typeof d.answers === 'object' && d.answers !== null ? (d.answers as Record<string, unknown>) : {};
  for (const id of ids) {
    const a = normalizeAnswer(byId.get(id)!, raw[id]);
    if (a !== undefined) answers[id] = a;
  }
  const submitted = Array.isArray(d.submitted) ? d.submitted.filter((id) => ids.includes(id) && answers[id] !== undefined) : [];
  const index = Number.isInteger(d.index) ? Math.max(0, Math.min(d.index!, ids.length - 1)) : 0;
  return { seed: d.seed, questionIds: ids.slice(), answers, submitted: [...new Set(submitted)], index, startedAt: d.startedAt };
}

export interface FinishedAttempt {
  result: QuizResult;
  /** The answers to store: what was shown counts (ordering), invalid ones dropped. */
  answers: Record<string, unknown>;
}

export function finishAttempt(a: Attempt, byId: ReadonlyMap<string, Question>, opts: ResultOptions): FinishedAttempt {
  const questions = a.questionIds.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined);
  const answers: Record<string, unknown> = {};
  for (const q of questions) {
    const value = normalizeAnswer(q, currentAnswer(a, q));
    if (value !== undefined) answers[q.id] = value;
  }
  return { result: quizResult(questions, answers, opts), answers };
}
