/** The tracking entry point: one adapter per package kind. Only src/progress/ imports this. */
import { Cmi5Adapter } from './cmi5';
import type { WindowLike } from './findApi';
import { ScormAdapter, scorm12Dialect, scorm2004Dialect } from './scorm';
import { LMS_KINDS, NO_LAUNCH, type LmsAdapter, type LmsKind } from './types';

export const noneAdapter: LmsAdapter = {
  kind: 'none',
  start: async () => NO_LAUNCH,
  write: async () => true,
  finish: () => undefined,
};

export const isLmsKind = (v: unknown): v is LmsKind => LMS_KINDS.includes(v as LmsKind);

export function createAdapter(kind: LmsKind, win: Window): LmsAdapter {
  switch (kind) {
    case 'scorm12':
      return new ScormAdapter(scorm12Dialect, win as unknown as WindowLike);
    case 'scorm2004':
      return new ScormAdapter(scorm2004Dialect, win as unknown as WindowLike);
    case 'cmi5':
      return new Cmi5Adapter(win.location.search);
    default:
      return noneAdapter;
  }
}

export type { LmsAdapter, LmsKind, LmsLaunch, LmsReport, InteractionRecord } from './types';
export { encodeSuspend, decodeSuspend, SCORM12_SUSPEND_LIMIT, type SuspendState } from './suspendCodec';
export { mergeProgress, isEmptyProgress } from './merge';
export { attemptInteractions, type AnswerKey, type QuizAttemptView } from './interactions';
export { completionOf, successOf, scoreOf, progressOf, type CourseFacts } from './status';
export { createCommitter, backoffDelay, type Committer } from './retry';
export { NO_LAUNCH } from './types';
