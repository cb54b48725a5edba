/** The shape of the learner's stored progress (version 1). Changing it means a new version + migrate. */
import type { OutcomeKind } from '../sim/types';

export const PROGRESS_VERSION = 1;
export const PROGRESS_STORAGE_KEY = 'kam-progress';

export interface LearnerInfo {
  name: string;
  employeeId: string;
}

export interface ModuleProgress {
  /** ISO time the learner reached the end of the lesson. */
  readAt?: string;
  /** ISO time of the last visit. */
  lastSeenAt?: string;
  /** Furthest reading position, 0–1. */
  furthest?: number;
  /** Check-list items ticked in the lesson, by item id. */
  checks?: Record<string, boolean>;
}

/** An unfinished attempt, so a reload mid-quiz keeps the answers given so far. */
export interface QuizDraft {
  seed: number;
  questionIds: string[];
  /** Answers by question id; the shape depends on the question type. */
  answers: Record<string, unknown>;
  /** Question ids already submitted (checked) in this attempt. */
  submitted: string[];
  index: number;
  startedAt: string;
}

export interface QuizProgress {
  attempts: number;
  /** Best result so far, percent 0–100. */
  bestPercent: number;
  lastPercent: number;
  passed: boolean;
  /** Question ids of the last finished attempt (a retry avoids them while the bank allows). */
  lastQuestionIds: string[];
  /** Answers of the last finished attempt, by question id. */
  lastAnswers: Record<string, unknown>;
  lastAt?: string;
  draft?: QuizDraft;
}

export interface SimulatorProgress {
  plays: number;
  bestScore: number;
  /** Outcome of the best finished play. */
  bestOutcome?: OutcomeKind;
  /** Outcome of the last finished play. */
  lastOutcome?: OutcomeKind;
  completedAt?: string;
  /** XState persisted snapshot of the game in progress. */
  snapshot?: unknown;
  /** The progress version the snapshot was saved under; a mismatch drops the snapshot. */
  snapshotVersion?: number;
  /** Ids of the choices taken so far in the game in progress (for the timeline and step back). */
  path?: string[];
}

export interface LastLocation {
  href: string;
  title: string;
  at: string;
}

export interface ProgressData {
  learner: LearnerInfo;
  modules: Record<string, ModuleProgress>;
  quizzes: Record<string, QuizProgress>;
  simulators: Record<string, SimulatorProgress>;
  lastLocation?: LastLocation;
}

export function emptyProgress(): ProgressData {
  return { learner: { name: '', employeeId: '' }, modules: {}, quizzes: {}, simulators: {} };
}
