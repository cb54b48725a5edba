/**
 * The items an assignment requires (chapters, simulators, final exam) and the status of each in a
 * learner's progress. Status comes from src/course/completion.ts, so the roster, the home page panel
 * and the certificate all apply the same rules.
 */
import { completionRules, courseStatus, moduleStatus, simulatorDone, type ModuleRef } from '../course/completion';
import type { AssignmentRequirement, ProgressData } from '../progress/types';
import type { SimulatorId } from '../schemas/module';

/** A module of the built course, as pages pass it in (slug, quiz bank, chapter number, title). */
export interface CourseModule extends ModuleRef {
  chapter: number;
  title: string;
  /** The simulator played in this chapter, so a page can link a simulator item to its chapter. */
  simulator?: SimulatorId;
}

export type RequiredItem =
  | { kind: 'module'; key: string; module: CourseModule }
  | { kind: 'simulator'; key: string; id: SimulatorId }
  | { kind: 'exam'; key: string };

export type ItemState = 'not-started' | 'in-progress' | 'complete';

export interface ItemStatus {
  item: RequiredItem;
  state: ItemState;
  /** Best score 0–100 where the item has one (quiz, simulator, exam). */
  score?: number;
  /** Extra words for the learner or HR, e.g. "合规失败" when a simulator only ended that way. */
  note?: string;
}

export const SIMULATOR_LABELS: Record<SimulatorId, string> = {
  contact: '接触',
  trust: '信任',
  bidding: '投标',
  objection: '质疑/异议/投诉',
  signing: '签约',
};

export const allSimulators = (): SimulatorId[] => [...completionRules.course.simulators];

export function itemLabel(item: RequiredItem, short = false): string {
  if (item.kind === 'module') return short ? `第${item.module.chapter}章` : `第${item.module.chapter}章 ${item.module.title}`;
  if (item.kind === 'simulator') return short ? SIMULATOR_LABELS[item.id] : `模拟演练：${SIMULATOR_LABELS[item.id]}`;
  return '结业考试';
}

/** The items in course order: chapters, then simulators, then the exam. Unknown slugs are skipped. */
export function requiredItems(req: AssignmentRequirement | undefined, modules: CourseModule[]): RequiredItem[] {
  const whole = !req || req.whole;
  const mods = whole ? modules : modules.filter((m) => req.modules.includes(m.slug));
  const sims = whole ? allSimulators() : allSimulators().filter((id) => req.simulators.includes(id));
  const items: RequiredItem[] = [
    ...mods.map((m) => ({ kind: 'module' as const, key: `m:${m.slug}`, module: m })),
    ...sims.map((id) => ({ kind: 'simulator' as const, key: `s:${id}`, id })),
  ];
  if (whole || req.exam) items.push({ kind: 'exam', key: 'exam' });
  return items;
}

export function itemStatus(progress: ProgressData, item: RequiredItem): ItemStatus {
  if (item.kind === 'module') {
    const quiz = item.module.quiz ? progress.quizzes[item.module.quiz] : undefined;
    return { item, state: moduleStatus(progress, item.module), score: quiz?.attempts ? quiz.bestPercent : undefined };
  }
  if (item.kind === 'simulator') {
    const s = progress.simulators[item.id];
    if (simulatorDone(progress, item.id)) return { item, state: 'complete', score: s!.bestScore };
    if (!s || s.plays === 0) return { item, state: s?.snapshot ? 'in-progress' : 'not-started' };
    return { item, state: 'in-progress', score: s.bestScore, note: s.bestOutcome === 'compliance' ? '合规失败，需重玩' : undefined };
  }
  const exam = progress.quizzes[completionRules.course.finalExamId];
  if (!exam || exam.attempts === 0) return { item, state: exam?.draft ? 'in-progress' : 'not-started' };
  const passed = exam.bestPercent >= completionRules.course.finalExamPercent;
  return { item, state: passed ? 'complete' : 'in-progress', score: exam.bestPercent };
}

export interface RequirementStatus {
  items: ItemStatus[];
  done: number;
  total: number;
  complete: boolean;
}

/** The whole course is judged by courseStatus itself; a chosen list by each of its items. */
export function requirementStatus(progress: ProgressData, req: AssignmentRequirement | undefined, modules: CourseModule[]): RequirementStatus {
  const items = requiredItems(req, modules).map((item) => itemStatus(progress, item));
  const done = items.filter((i) => i.state === 'complete').length;
  const complete = !req || req.whole ? courseStatus(progress, modules).complete : done === items.length;
  return { items, done, total: items.length, complete };
}

/**
 * When the required items were finished: the latest time among them (lesson read, last quiz attempt,
 * simulator finished). Quizzes keep only their last attempt's time, so a later retry moves it on.
 */
export function completedAt(progress: ProgressData, status: RequirementStatus): string | undefined {
  if (!status.complete) return undefined;
  let latest = '';
  let latestTime = -Infinity;
  const later = (t: string | undefined) => {
    const time = t ? Date.parse(t) : NaN;
    if (time > latestTime) [latest, latestTime] = [t!, time];
  };
  for (const { item } of status.items) {
    if (item.kind === 'module') {
      later(progress.modules[item.module.slug]?.readAt);
      if (item.module.quiz) later(progress.quizzes[item.module.quiz]?.lastAt);
    } else if (item.kind === 'simulator') later(progress.simulators[item.id]?.completedAt);
    else later(progress.quizzes[completionRules.course.finalExamId]?.lastAt);
  }
  return latest || undefined;
}
