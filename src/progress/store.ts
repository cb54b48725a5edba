/**
 * The one progress store: slices combined, `persist` on the combined store only.
 * Pages hydrate it after first render (skipHydration) so build-time HTML never mismatches.
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import { persist, type StateStorage } from 'zustand/middleware';
import { migrateProgress } from './migrate';
import { sanitizeProgress } from './sanitize';
import { safeJsonStorage } from './storage';
import {
  emptyProgress,
  PROGRESS_STORAGE_KEY,
  PROGRESS_VERSION,
  type Assignment,
  type LearnerInfo,
  type ProgressData,
  type QuizDraft,
  type QuizProgress,
  type SimulatorProgress,
} from './types';
import type { OutcomeKind } from '../sim/types';

export interface QuizAttemptResult {
  percent: number;
  passed: boolean;
  questionIds: string[];
  answers: Record<string, unknown>;
}

export interface SimulatorResult {
  outcome: OutcomeKind;
  score: number;
}

interface ModulesSlice {
  markVisited(slug: string, furthest: number): void;
  markRead(slug: string): void;
  setCheck(slug: string, itemId: string, checked: boolean): void;
}
interface QuizzesSlice {
  saveQuizDraft(quizId: string, draft: QuizDraft | undefined): void;
  recordQuizAttempt(quizId: string, result: QuizAttemptResult): void;
}
interface SimulatorsSlice {
  saveSimulatorSnapshot(simId: string, snapshot: unknown, path: string[]): void;
  clearSimulatorSnapshot(simId: string): void;
  recordSimulatorResult(simId: string, result: SimulatorResult): void;
}
interface LearnerSlice {
  setLearner(info: Partial<LearnerInfo>): void;
  setLastLocation(href: string, title: string): void;
  /** Keeps the assignment from an opened link (replacing an earlier one); undefined removes it. */
  setAssignment(assignment: Assignment | undefined): void;
}
interface MetaSlice {
  /** Not persisted: what was reset when stored data was read, for the notice. */
  resetNotice: string[];
  dismissNotice(): void;
  replaceAll(data: ProgressData): void;
  resetAll(): void;
}

export type ProgressState = ProgressData & ModulesSlice & QuizzesSlice & SimulatorsSlice & LearnerSlice & MetaSlice;
type Slice<T> = StateCreator<ProgressState, [], [], T>;

const now = () => new Date().toISOString();

const modulesSlice: Slice<ModulesSlice> = (set) => ({
  markVisited: (slug, furthest) =>
    set((s) => {
      const prev = s.modules[slug] ?? {};
      return { modules: { ...s.modules, [slug]: { ...prev, lastSeenAt: now(), furthest: Math.max(prev.furthest ?? 0, Math.min(1, furthest)) } } };
    }),
  markRead: (slug) =>
    set((s) => {
      const prev = s.modules[slug] ?? {};
      if (prev.readAt) return {};
      return { modules: { ...s.modules, [slug]: { ...prev, readAt: now(), furthest: 1 } } };
    }),
  setCheck: (slug, itemId, checked) =>
    set((s) => {
      const prev = s.modules[slug] ?? {};
      return { modules: { ...s.modules, [slug]: { ...prev, checks: { ...prev.checks, [itemId]: checked } } } };
    }),
});

const quizzesSlice: Slice<QuizzesSlice> = (set) => ({
  saveQuizDraft: (quizId, draft) =>
    set((s) => {
      const prev: QuizProgress = s.quizzes[quizId] ?? { attempts: 0, bestPercent: 0, lastPercent: 0, passed: false, lastQuestionIds: [], lastAnswers: {} };
      const next = { ...prev, draft };
      if (!draft) delete next.draft;
      return { quizzes: { ...s.quizzes, [quizId]: next } };
    }),
  recordQuizAttempt: (quizId, r) =>
    set((s) => {
      const prev = s.quizzes[quizId];
      const next: QuizProgress = {
        attempts: (prev?.attempts ?? 0) + 1,
        bestPercent: Math.max(prev?.bestPercent ?? 0, r.percent),
        lastPercent: r.percent,
        passed: (prev?.passed ?? false) || r.passed,
        lastQuestionIds: r.questionIds,
        lastAnswers: r.answers,
        lastAt: now(),
      };
      return { quizzes: { ...s.quizzes, [quizId]: next } };
    }),
});

const RANK: Record<OutcomeKind, number> = { compliance: 0, loss: 1, partial: 2, win: 3 };

const simulatorsSlice: Slice<SimulatorsSlice> = (set) => ({
  saveSimulatorSnapshot: (simId, snapshot, path) =>
    set((s) => {
      const prev: SimulatorProgress = s.simulators[simId] ?? { plays: 0, bestScore: 0 };
      return { simulators: { ...s.simulators, [simId]: { ...prev, snapshot, snapshotVersion: PROGRESS_VERSION, path } } };
    }),
  clearSimulatorSnapshot: (simId) =>
    set((s) => {
      const prev = s.simulators[simId];
      if (!prev) return {};
      const { snapshot: _s, snapshotVersion: _v, path: _p, ...rest } = prev;
      return { simulators: { ...s.simulators, [simId]: rest } };
    }),
  recordSimulatorResult: (simId, r) =>
    set((s) => {
      const prev: SimulatorProgress = s.simulators[simId] ?? { plays: 0, bestScore: 0 };
      const better =
        prev.bestOutcome === undefined || r.score > prev.bestScore || (r.score === prev.bestScore && RANK[r.outcome] > RANK[prev.bestOutcome]);
      const next: SimulatorProgress = {
        plays: prev.plays + 1,
        bestScore: Math.max(prev.bestScore, r.score),
        bestOutcome: better ? r.outcome : prev.bestOutcome,
        lastOutcome: r.outcome,
        completedAt: now(),
      };
      return { simulators: { ...s.simulators, [simId]: next } };
    }),
});

const learnerSlice: Slice<LearnerSlice> = (set) => ({
  setLearner: (info) => set((s) => ({ learner: { ...s.learner, ...info } })),
  setLastLocation: (href, title) => set({ lastLocation: { href, title, at: now() } }),
  setAssignment: (assignment) => set({ assignment: assignment && { ...assignment, receivedAt: now() } }),
});

const metaSlice: Slice<MetaSlice> = (set) => ({
  resetNotice: [],
  dismissNotice: () => set({ resetNotice: [] }),
  replaceAll: (data) => set({ assignment: undefined, ...sanitizeProgress(data).data }),
  resetAll: () => set({ ...emptyProgress(), assignment: undefined }),
});

export function persistedPart(s: ProgressState): ProgressData {
  const { learner, modules, quizzes, simulators, lastLocation, assignment } = s;
  const out: ProgressData = lastLocation ? { learner, modules, quizzes, simulators, lastLocation } : { learner, modules, quizzes, simulators };
  if (assignment) out.assignment = assignment;
  return out;
}

export function createProgressStore(getStorage: () => StateStorage | undefined) {
  let corruptReason: string | null = null;
  const storage = safeJsonStorage<ProgressData>(getStorage, (reason) => {
    corruptReason = reason;
  });
  return createStore<ProgressState>()(
    persist(
      (...a) => ({
        ...emptyProgress(),
        ...modulesSlice(...a),
        ...quizzesSlice(...a),
        ...simulatorsSlice(...a),
        ...learnerSlice(...a),
        ...metaSlice(...a),
      }),
      {
        name: PROGRESS_STORAGE_KEY,
        version: PROGRESS_VERSION,
        storage,
        skipHydration: true,
        partialize: persistedPart,
        migrate: (persisted, version) => migrateProgress(persisted, version) as ProgressData,
        merge: (persisted, current) => {
          const { data, dropped } = sanitizeProgress(persisted);
          if (corruptReason) {
            dropped.unshift('全部学习记录（无法读取）');
            corruptReason = null;
          }
          // assignment first: an assignment removed in another tab must not survive in this one.
          return { ...current, assignment: undefined, ...data, resetNotice: dropped };
        },
      },
    ),
  );
}
