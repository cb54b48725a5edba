/** The course's 11 modules as pages pass them in, and progress that completes them. */
import { syllabus } from '../../../src/course/syllabus';
import type { CourseModule } from '../../../src/hr/items';
import { emptyProgress, type Assignment, type ProgressData } from '../../../src/progress/types';

export const modules: CourseModule[] = syllabus.map((c) => ({ slug: c.slug, quiz: c.slug, chapter: c.chapter, title: c.title }));

const passed = (percent: number, at: string) => ({ attempts: 1, bestPercent: percent, lastPercent: percent, passed: percent >= 80, lastQuestionIds: [], lastAnswers: {}, lastAt: at });

export function completeProgress(name = '王磊', at = '2026-11-20T02:00:00.000Z'): ProgressData {
  const p = emptyProgress();
  p.learner = { name, employeeId: 'E-1024' };
  for (const m of modules) {
    p.modules[m.slug] = { readAt: at, lastSeenAt: at, furthest: 1 };
    p.quizzes[m.quiz!] = passed(90, at);
  }
  for (const id of ['contact', 'trust', 'bidding', 'objection', 'signing']) p.simulators[id] = { plays: 2, bestScore: 75, bestOutcome: 'win', lastOutcome: 'win', completedAt: at };
  p.quizzes['final-exam'] = passed(92, at);
  return p;
}

export const assignment: Assignment = {
  id: 'k3x9a2bq',
  cohort: '2026年华东区大客户部第一期',
  due: '2026-12-31',
  createdOn: '2026-11-01',
  required: { whole: false, modules: ['01-decision-chain', '06-bidding'], simulators: ['bidding'], exam: true },
};
