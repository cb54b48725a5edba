/** What the feedback panel shows after a question is submitted, computed without React. */
import { matchingRightChoices, normalizeAnswer } from './answers';
import type { Question, QuestionResult } from './types';

type Of<T extends Question['type']> = Extract<Question, { type: T }>;

export type VerdictKind = 'correct' | 'partly' | 'wrong' | 'unanswered';

export function verdict(r: QuestionResult): { kind: VerdictKind; label: string } {
  if (!r.answered) return { kind: 'unanswered', label: '未作答' };
  if (r.isCorrect) return { kind: 'correct', label: '回答正确' };
  if (r.isPartlyCorrect) return { kind: 'partly', label: '部分正确' };
  return { kind: 'wrong', label: '回答错误' };
}

export interface OptionFeedback {
  id: string;
  text: string;
  picked: boolean;
  correct: boolean;
  feedback: string;
  /** Feedback is shown for options the learner picked and for right ones they missed. */
  show: boolean;
}

export function choiceFeedback(q: Of<'single'> | Of<'multiple'>, answer: unknown, order: readonly string[]): OptionFeedback[] {
  const a = normalizeAnswer(q, answer);
  const picked = new Set(a === undefined ? [] : typeof a === 'string' ? [a] : (a as string[]));
  const right = new Set(q.type === 'single' ? [q.answer] : q.answer);
  const byId = new Map(q.options.map((o) => [o.id, o]));
  return order.map((id) => {
    const o = byId.get(id)!;
    return { id, text: o.text, picked: picked.has(id), correct: right.has(id), feedback: o.feedback, show: picked.has(id) || right.has(id) };
  });
}

export function trueFalseFeedback(q: Of<'truefalse'>, answer: unknown): { picked: boolean | undefined; correct: boolean; text: string } {
  const picked = typeof answer === 'boolean' ? answer : undefined;
  // The feedback written for the learner's choice; for no choice, the one for the right answer.
  const key = String(picked ?? q.answer) as 'true' | 'false';
  return { picked, correct: q.answer, text: q.feedback[key] };
}

export interface OrderingFeedback {
  id: string;
  text: string;
  feedback: string;
  /** 1-based position the item belongs in. */
  correctPosition: number;
  /** 1-based position the learner gave it (0 when there is no answer). */
  givenPosition: number;
  inPlace: boolean;
}

/** Items in the right order, each with where the learner put it. */
export function orderingFeedback(q: Of<'ordering'>, answer: unknown): OrderingFeedback[] {
  const a = normalizeAnswer(q, answer) as string[] | undefined;
  return q.items.map((item, i) => {
    const given = a ? a.indexOf(item.id) + 1 : 0;
    return { id: item.id, text: item.text, feedback: item.feedback, correctPosition: i + 1, givenPosition: given, inPlace: given === i + 1 };
  });
}

export interface MatchingFeedback {
  id: string;
  left: string;
  right: string;
  /** Text the learner picked, if any. */
  picked: string | undefined;
  correct: boolean;
  feedback: string;
}

export function matchingFeedback(q: Of<'matching'>, answer: unknown): MatchingFeedback[] {
  const a = (normalizeAnswer(q, answer) ?? {}) as Record<string, string>;
  const text = new Map(matchingRightChoices(q).map((c) => [c.id, c.text]));
  return q.pairs.map((p) => {
    const picked = a[p.id] === undefined ? undefined : text.get(a[p.id]!);
    return { id: p.id, left: p.left, right: p.right, picked, correct: picked === p.right, feedback: p.feedback };
  });
}

export const TYPE_LABEL: Record<Question['type'], string> = {
  single: '单选题',
  multiple: '多选题',
  truefalse: '判断题',
  ordering: '排序题',
  matching: '匹配题',
};

/** How to answer, under the prompt. */
export const TYPE_HINT: Record<Question['type'], string> = {
  single: '选出一个最合适的答案。',
  multiple: '选出所有正确的选项（不止一项）。',
  truefalse: '判断这句话是否正确。',
  ordering: '用“上移”“下移”按钮把各项排成正确的先后顺序。',
  matching: '为左侧每一项选出对应的内容。',
};
