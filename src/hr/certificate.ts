/** What the certificate (结业证书) shows, or what is still missing for it. Pure: the page renders it. */
import { completionRules } from '../course/completion';
import type { ProgressData } from '../progress/types';
import { completedAt, itemLabel, requirementStatus, type CourseModule } from './items';
import { currentRecordId } from './record';
import { localDate } from './due';

export type Certificate =
  | { complete: true; name: string; employeeId: string; date: string; examScore: number; recordId: string }
  | { complete: false; missing: string[]; done: number; total: number };

/** The certificate asks for the whole course (courseStatus), whatever an assignment asked. */
export function certificateFor(progress: ProgressData, modules: CourseModule[]): Certificate {
  const status = requirementStatus(progress, undefined, modules);
  if (!status.complete) {
    return {
      complete: false,
      missing: status.items.filter((i) => i.state !== 'complete').map((i) => itemLabel(i.item) + (i.note ? `（${i.note}）` : '')),
      done: status.done,
      total: status.total,
    };
  }
  return {
    complete: true,
    name: progress.learner.name.trim(),
    employeeId: progress.learner.employeeId.trim(),
    date: localDate(new Date(completedAt(progress, status) ?? Date.now())),
    examScore: Math.round(progress.quizzes[completionRules.course.finalExamId]?.bestPercent ?? 0),
    recordId: currentRecordId(progress, modules),
  };
}
