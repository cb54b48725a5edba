/**
 * From the course's completion rules (src/course/completion.ts, applied by the bridge) to what each
 * standard records. 1.2 has one field, so "passed" there means the whole course is done; 2004 and cmi5
 * keep completion (everything done) and success (final exam at its pass mark) apart.
 */
import type { CompletionStatus, LmsScore, SuccessStatus } from './types';

/** The facts the mapping needs, taken from courseStatus() and the final exam's stored result. */
export interface CourseFacts {
  /** Every completion rule met (modules, simulators, final exam). */
  complete: boolean;
  /** 0–1 share of the required items done. */
  ratio: number;
  /** The course has a final exam at all. */
  hasExam: boolean;
  /** The final exam was taken at least once. */
  examAttempted: boolean;
  /** Best final exam result, percent 0–100. */
  examBest: number;
  /** Best result reached the pass mark. */
  examPassed: boolean;
}

export type Scorm12Status = 'passed' | 'completed' | 'failed' | 'incomplete';

export function completionOf(f: CourseFacts): CompletionStatus {
  return f.complete ? 'completed' : 'incomplete';
}

/** Success is the final exam's verdict: unknown until it is taken. */
export function successOf(f: CourseFacts): SuccessStatus {
  if (!f.hasExam || !f.examAttempted) return 'unknown';
  return f.examPassed ? 'passed' : 'failed';
}

/** SCORM 1.2 cmi.core.lesson_status. */
export function scorm12Status(completion: CompletionStatus, success: SuccessStatus): Scorm12Status {
  if (completion === 'completed') return success === 'failed' ? 'failed' : success === 'passed' ? 'passed' : 'completed';
  return success === 'failed' ? 'failed' : 'incomplete';
}

/** The final exam's best percent as a score; none before the first attempt. */
export function scoreOf(f: CourseFacts): LmsScore | undefined {
  if (!f.hasExam || !f.examAttempted) return undefined;
  const raw = Math.round(Math.min(100, Math.max(0, f.examBest)) * 100) / 100;
  return { raw, min: 0, max: 100, scaled: Math.round(raw * 100) / 10000 };
}

/** progress 0–1, rounded for SCORM 2004's real(10,7) and cmi5's integer percent. */
export const progressOf = (f: CourseFacts) => Math.round(Math.min(1, Math.max(0, f.ratio)) * 1000) / 1000;
