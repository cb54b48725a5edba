/**
 * The one interface every LMS adapter fulfils (scorm12, scorm2004, cmi5, none). Tracking knows nothing of
 * the progress store: the bridge in src/progress/ turns stored progress into an LmsReport and hands it over.
 * The shapes below are structural copies of what tracking needs, so this folder imports nothing upward.
 */

export type LmsKind = 'scorm12' | 'scorm2004' | 'cmi5' | 'none';
export const LMS_KINDS: readonly LmsKind[] = ['scorm12', 'scorm2004', 'cmi5', 'none'];

export type CompletionStatus = 'completed' | 'incomplete';
export type SuccessStatus = 'passed' | 'failed' | 'unknown';

export interface LmsScore {
  raw: number;
  min: number;
  max: number;
  /** raw rescaled to 0–1. */
  scaled: number;
}

export type InteractionType = 'choice' | 'true-false' | 'sequencing' | 'matching';

/** One answered question, in the vocabulary shared by SCORM 1.2, 2004 and xAPI. */
export interface InteractionRecord {
  /** Unique per attempt: "<quiz>-a<attempt>-<question>". */
  id: string;
  type: InteractionType;
  /** Option / item / pair ids, in the learner's order. For matching: [source, target] pairs. */
  response: string[] | [string, string][] | boolean;
  /** The correct response in the same shape, when known. */
  correct?: string[] | [string, string][] | boolean;
  result: 'correct' | 'incorrect';
  /** The question's prompt (2004 description, xAPI definition name). */
  description: string;
  weighting: number;
  /** ISO time of the attempt. */
  at: string;
}

/** Everything the LMS should hold after a commit. */
export interface LmsReport {
  completion: CompletionStatus;
  success: SuccessStatus;
  /** 0–1 share of the course's required items. */
  progress: number;
  /** Final exam's best result; absent until the exam was taken. */
  score?: LmsScore;
  /** Bookmark: the page to reopen, relative to the package root ("modules/06-bidding/index.html"). */
  location: string;
  suspendData: string;
  /** Seconds since this session began. */
  sessionSeconds: number;
  /** Interactions not yet sent; the adapter drops the ones it has already recorded. */
  interactions: InteractionRecord[];
  /** How often the judged activity (final exam) was taken: a new failed attempt is reported once (cmi5). */
  judgedAttempts: number;
}

/** What the LMS tells the course at launch. */
export interface LmsLaunch {
  /** False when no LMS could be reached: the course runs on local progress only. */
  connected: boolean;
  suspendData: string;
  location: string;
  learnerId: string;
  learnerName: string;
  /** cmi5 launchMode / SCORM 2004 cmi.mode: anything but "normal" records no completion or success. */
  mode: 'normal' | 'browse' | 'review';
}

export interface LmsAdapter {
  readonly kind: LmsKind;
  /** Finds the LMS and opens the session. Never rejects. */
  start(): Promise<LmsLaunch>;
  /** Sends a report and commits it. Resolves false (never rejects) when the LMS refused or is gone. */
  write(report: LmsReport): Promise<boolean>;
  /** Last, synchronous-as-possible delivery for pagehide, then closes the session. Never throws. */
  finish(report: LmsReport): void;
}

export const NO_LAUNCH: LmsLaunch = { connected: false, suspendData: '', location: '', learnerId: '', learnerName: '', mode: 'normal' };
