/** The shape of the learner's stored progress (version 2). Changing it means a new version + migrate. */
import type { OutcomeKind } from '../sim/types';
import type { SimulatorId } from '../schemas/module';

/** 2: optional `assignment` (an HR assignment link the learner opened). */
export const PROGRESS_VERSION = 2;
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

/** What an assignment asks for: the whole course (the course completion rule), or the listed items. */
export interface AssignmentRequirement {
  whole: boolean;
  /** Module slugs such as "06-bidding". When `whole`, the lists are empty and `exam` is false (all ignored). */
  modules: string[];
  simulators: SimulatorId[];
  exam: boolean;
}

/** An HR assignment (学习任务), carried to the learner by an assignment link. */
export interface Assignment {
  /** Random id chosen when HR made the link; records quote it so the roster can group them. */
  id: string;
  cohort: string;
  /** Last day to finish, YYYY-MM-DD, inclusive. */
  due: string;
  /** Day the link was made, YYYY-MM-DD. */
  createdOn?: string;
  required: AssignmentRequirement;
}

export interface StoredAssignment extends Assignment {
  /** ISO time the learner opened the link. */
  receivedAt: string;
}

export interface ProgressData {
  learner: LearnerInfo;
  modules: Record<string, ModuleProgress>;
  quizzes: Record<string, QuizProgress>;
  simulators: Record<string, SimulatorProgress>;
  lastLocation?: LastLocation;
  assignment?: StoredAssignment;
}

export function emptyProgress(): ProgressData {
  return { learner: { name: '', employeeId: '' }, modules: {}, quizzes: {}, simulators: {} };
}
