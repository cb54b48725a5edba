/**
 * Quiz answers as LMS interactions. The store keeps each quiz's last finished attempt (question ids and
 * answers); the package ships an answer key (lms-data.json, written by scripts/package-lms.mjs from the
 * banks) so the result can be judged here without loading the quiz engine. Pure.
 */
import type { InteractionRecord, InteractionType } from './types';

/** One question of the answer key, compact because the whole key is fetched at launch. */
export interface KeyQuestion {
  /** Question type as in the banks. */
  t: 'single' | 'multiple' | 'truefalse' | 'ordering' | 'matching';
  /** Prompt, shortened: the interaction's description. */
  p: string;
  /** Points (weighting). */
  w: number;
  /** single: option id; multiple: option ids; truefalse: boolean; ordering: item ids in the right order. */
  a?: string | string[] | boolean;
  /**
   * matching: pair id → the canonical id of its right text (the first pair with that text). The keys are
   * the lefts, and the same map turns an answer (any pair id naming a right text) into its canonical id.
   */
  m?: Record<string, string>;
}
export type AnswerKey = Record<string, KeyQuestion>;

/** The part of a stored quiz result this needs. */
export interface QuizAttemptView {
  attempts: number;
  lastQuestionIds: string[];
  lastAnswers: Record<string, unknown>;
  lastAt?: string;
}

const TYPES: Record<KeyQuestion['t'], InteractionType> = { single: 'choice', multiple: 'choice', truefalse: 'true-false', ordering: 'sequencing', matching: 'matching' };
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const sameSet = (a: string[], b: string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length;

/** The learner's response and the correct one, in interaction shape; null when the answer does not fit the question. */
function judge(q: KeyQuestion, raw: unknown): Pick<InteractionRecord, 'response' | 'correct' | 'result'> | null {
  switch (q.t) {
    case 'single': {
      if (typeof raw !== 'string') return null;
      return { response: [raw], correct: [String(q.a)], result: raw === q.a ? 'correct' : 'incorrect' };
    }
    case 'multiple': {
      if (!isStrings(raw) || !isStrings(q.a)) return null;
      const picked = [...new Set(raw)];
      return { response: picked, correct: q.a, result: sameSet(picked, q.a) ? 'correct' : 'incorrect' };
    }
    case 'truefalse':
      if (typeof raw !== 'boolean') return null;
      return { response: raw, correct: q.a === true, result: raw === q.a ? 'correct' : 'incorrect' };
    case 'ordering': {
      const order = q.a;
      if (!isStrings(raw) || !isStrings(order)) return null;
      const ok = raw.length === order.length && raw.every((id, i) => id === order[i]);
      return { response: raw, correct: order, result: ok ? 'correct' : 'incorrect' };
    }
    case 'matching': {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !q.m) return null;
      const picks = raw as Record<string, unknown>;
      const lefts = Object.keys(q.m);
      const response = lefts
        .filter((l) => typeof picks[l] === 'string')
        .map((l): [string, string] => [l, q.m![picks[l] as string] ?? (picks[l] as string)]);
      const ok = response.length === lefts.length && response.every(([l, r]) => q.m![l] === r);
      return { response, correct: lefts.map((l): [string, string] => [l, q.m![l]!]), result: ok ? 'correct' : 'incorrect' };
    }
  }
}

/** Interactions for a quiz's last finished attempt ("<quiz>-a<n>-<question>"); unknown questions are skipped. */
export function attemptInteractions(quizId: string, quiz: QuizAttemptView, key: AnswerKey): InteractionRecord[] {
  const out: InteractionRecord[] = [];
  for (const qid of quiz.lastQuestionIds) {
    const q = key[qid];
    const raw = quiz.lastAnswers[qid];
    if (!q || raw === undefined) continue;
    const j = judge(q, raw);
    if (!j) continue;
    out.push({
      id: `${quizId}-a${quiz.attempts}-${qid}`,
      type: TYPES[q.t],
      ...j,
      description: q.p.slice(0, 250),
      weighting: q.w,
      at: quiz.lastAt ?? new Date().toISOString(),
    });
  }
  return out;
}

/** SCORM 1.2 response text: "a,b", "t"/"f", "l1.r1,l2.r2". */
export function scorm12Response(r: InteractionRecord['response']): string {
  if (typeof r === 'boolean') return r ? 't' : 'f';
  return (r as (string | [string, string])[]).map((x) => (Array.isArray(x) ? `${x[0]}.${x[1]}` : x)).join(',');
}

/** SCORM 2004 characterstring: "a[,]b", "true"/"false", "l1[.]r1[,]l2[.]r2". */
export function scorm2004Response(r: InteractionRecord['response']): string {
  if (typeof r === 'boolean') return r ? 'true' : 'false';
  return (r as (string | [string, string])[]).map((x) => (Array.isArray(x) ? `${x[0]}[.]${x[1]}` : x)).join('[,]');
}
