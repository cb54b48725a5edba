/**
 * Scoring, in Adapt's vocabulary (score / maxScore / isCorrect / isPartlyCorrect).
 *
 * Partial credit rule — applied only when the bank sets `partialCredit: true`:
 * - multiple choice: points × max(0, (correct options picked − wrong options picked) / number of correct options),
 *   so ticking every box earns nothing;
 * - ordering: points × share of items in the right position;
 * - matching: points × share of pairs matched right;
 * - single choice and true/false: all or nothing.
 * Without partial credit every type is all or nothing. The result screen states the same rule (RULE_TEXT).
 */
import { matchingRightChoices, normalizeAnswer } from './answers';
import type { Question, QuestionResult } from './types';

export const RULE_TEXT = [
  '单选题、判断题：答对得全分，答错不得分。',
  '多选题：得分 = 分值 × (选对的项数 − 选错的项数) ÷ 正确项总数，最低 0 分；全选不会得分。',
  '排序题：得分 = 分值 × 放在正确位置的项数 ÷ 总项数。',
  '匹配题：得分 = 分值 × 配对正确的组数 ÷ 总组数。',
];
export const RULE_TEXT_NO_PARTIAL = '本测验不计部分分：每题完全答对才得分。';

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Share of the answer that is right (0–1) and whether it is fully right; undefined answer = 0. */
function grade(q: Question, raw: unknown): { fraction: number; isCorrect: boolean; partly: boolean; answered: boolean } {
  const a = normalizeAnswer(q, raw);
  if (a === undefined) return { fraction: 0, isCorrect: false, partly: false, answered: false };
  switch (q.type) {
    case 'single': {
      const ok = a === q.answer;
      return { fraction: ok ? 1 : 0, isCorrect: ok, partly: false, answered: true };
    }
    case 'truefalse': {
      const ok = a === q.answer;
      return { fraction: ok ? 1 : 0, isCorrect: ok, partly: false, answered: true };
    }
    case 'multiple': {
      const picked = a as string[];
      const right = new Set(q.answer);
      const correctPicked = picked.filter((id) => right.has(id)).length;
      const wrongPicked = picked.length - correctPicked;
      const ok = correctPicked === right.size && wrongPicked === 0;
      return { fraction: Math.max(0, (correctPicked - wrongPicked) / right.size), isCorrect: ok, partly: !ok && correctPicked > 0, answered: true };
    }
    case 'ordering': {
      const order = a as string[];
      const inPlace = q.items.filter((item, i) => order[i] === item.id).length;
      const ok = inPlace === q.items.length;
      return { fraction: inPlace / q.items.length, isCorrect: ok, partly: !ok && inPlace > 0, answered: true };
    }
    case 'matching': {
      const picks = a as Record<string, string>;
      const rightText = new Map(matchingRightChoices(q).map((c) => [c.id, c.text]));
      const good = q.pairs.filter((p) => rightText.get(picks[p.id] ?? '') === p.right).length;
      const ok = good === q.pairs.length;
      return { fraction: good / q.pairs.length, isCorrect: ok, partly: !ok && good > 0, answered: true };
    }
  }
}

/** Whether a type can earn partial credit at all. */
export const allowsPartialCredit = (type: Question['type']) => type === 'multiple' || type === 'ordering' || type === 'matching';

export function scoreQuestion(q: Question, answer: unknown, partialCredit: boolean): QuestionResult {
  const g = grade(q, answer);
  const maxScore = q.points;
  const score = g.isCorrect ? maxScore : partialCredit && allowsPartialCredit(q.type) ? round(maxScore * g.fraction) : 0;
  return { questionId: q.id, score, maxScore, isCorrect: g.isCorrect, isPartlyCorrect: g.partly, answered: g.answered };
}
