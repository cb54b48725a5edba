/**
 * Completion rules as data, and the pure functions that apply them to stored progress.
 * A module counts when its lesson was read and its quiz passed; the course when every module counts,
 * every simulator was finished without a 合规失败 ending, and the final exam reached its pass mark.
 */
import type { ProgressData } from '../progress/types';
import type { SimulatorId } from '../schemas/module';

export const completionRules = {
  module: { requireRead: true, requireQuizPassed: true },
  course: {
    simulators: ['contact', 'trust', 'bidding', 'objection', 'signing'] as SimulatorId[],
    finalExamId: 'final-exam',
    finalExamPercent: 80,
  },
} as const;

export interface ModuleRef {
  slug: string;
  quiz?: string;
}

export type ModuleStatus = 'not-started' | 'in-progress' | 'complete';

export function moduleStatus(progress: ProgressData, mod: ModuleRef): ModuleStatus {
  const m = progress.modules[mod.slug];
  const read = Boolean(m?.readAt);
  const quizPassed = !mod.quiz || Boolean(progress.quizzes[mod.quiz]?.passed);
  if ((read || !completionRules.module.requireRead) && (quizPassed || !completionRules.module.requireQuizPassed)) return 'complete';
  const touched = Boolean(m?.lastSeenAt || m?.readAt || (mod.quiz && progress.quizzes[mod.quiz]));
  return touched ? 'in-progress' : 'not-started';
}

/** A simulator counts once a play ended in anything but 合规失败. */
export function simulatorDone(progress: ProgressData, id: SimulatorId): boolean {
  const s = progress.simulators[id];
  return Boolean(s && s.plays > 0 && s.bestOutcome && s.bestOutcome !== 'compliance');
}

export interface CourseStatus {
  complete: boolean;
  modulesDone: number;
  modulesTotal: number;
  simulatorsDone: number;
  simulatorsTotal: number;
  examPassed: boolean;
  examBest: number;
  /** 0–1 share of all required items done, for progress bars. */
  ratio: number;
}

export function courseStatus(progress: ProgressData, modules: ModuleRef[]): CourseStatus {
  const modulesDone = modules.filter((m) => moduleStatus(progress, m) === 'complete').length;
  const sims = completionRules.course.simulators;
  const simulatorsDone = sims.filter((id) => simulatorDone(progress, id)).length;
  const exam = progress.quizzes[completionRules.course.finalExamId];
  const examBest = exam?.bestPercent ?? 0;
  const examPassed = examBest >= completionRules.course.finalExamPercent;
  const total = modules.length + sims.length + 1;
  return {
    complete: modulesDone === modules.length && simulatorsDone === sims.length && examPassed,
    modulesDone,
    modulesTotal: modules.length,
    simulatorsDone,
    simulatorsTotal: sims.length,
    examPassed,
    examBest,
    ratio: (modulesDone + simulatorsDone + (examPassed ? 1 : 0)) / total,
  };
}
