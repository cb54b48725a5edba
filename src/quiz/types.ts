/**
 * Answers, results and attempts of the quiz engine. Answers are kept compact (ids, not texts) because
 * the whole course state must fit SCORM 1.2 suspend data (4,096 characters).
 */
import type { Question } from '../schemas/quiz';
import type { QuizDraft } from '../progress/types';

export type { Question };
export type QuestionType = Question['type'];

/** single: the option id. */
export type SingleAnswer = string;
/** multiple: the picked option ids. */
export type MultipleAnswer = string[];
/** truefalse: true = 正确, false = 错误. */
export type TrueFalseAnswer = boolean;
/** ordering: item ids in the order the learner arranged them. */
export type OrderingAnswer = string[];
/** matching: for each left (pair id), the pair id whose `right` the learner picked. */
export type MatchingAnswer = Record<string, string>;

export type Answer = SingleAnswer | MultipleAnswer | TrueFalseAnswer | OrderingAnswer | MatchingAnswer;

/** Adapt's question vocabulary. */
export interface QuestionResult {
  questionId: string;
  score: number;
  maxScore: number;
  /** Fully right. */
  isCorrect: boolean;
  /** Part of the answer is right (whether or not the quiz gives partial credit for it). */
  isPartlyCorrect: boolean;
  /** The learner gave an answer at all. */
  answered: boolean;
}

export interface QuizResult {
  score: number;
  maxScore: number;
  /** Rounded down to one decimal, so the shown figure never reaches the pass mark when the exact one does not. */
  percent: number;
  passed: boolean;
  passPercent: number;
  questions: QuestionResult[];
}

/** One group of a draw plan: draw `count` questions out of `ids`. A bank is one group; the exam has one per chapter. */
export interface DrawGroup {
  ids: string[];
  count: number;
}

/** An attempt in progress: exactly the stored QuizDraft, so it can be saved as it is. */
export type Attempt = QuizDraft;
