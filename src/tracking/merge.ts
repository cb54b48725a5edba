/**
 * Local progress (this browser) merged with the LMS's copy (suspend data): nothing the learner achieved in
 * either place is lost. Per item the better or the later wins; unknown extra fields keep the local value.
 * Pure, over the structural SuspendState shape.
 */
import type { SuspendModule, SuspendQuiz, SuspendSimulator, SuspendState } from './suspendCodec';

type State = SuspendState & Record<string, unknown>;
const RANK: Record<string, number> = { compliance: 0, loss: 1, partial: 2, win: 3 };
const time = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : 0);
const earliest = (a?: string, b?: string) => (!a ? b : !b ? a : time(a) <= time(b) ? a : b);
const latest = (a?: string, b?: string) => (!a ? b : !b ? a : time(a) >= time(b) ? a : b);
const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** True when there is nothing worth keeping (a fresh browser). */
export function isEmptyProgress(s: SuspendState): boolean {
  return Object.keys(s.modules ?? {}).length === 0 && Object.keys(s.quizzes ?? {}).length === 0 && Object.keys(s.simulators ?? {}).length === 0;
}

function mergeModule(a: SuspendModule, b: SuspendModule): SuspendModule {
  const checks = { ...b.checks, ...a.checks };
  // A tick in either place counts: unticking is rare and harmless to lose, a lost tick is not.
  for (const [k, v] of Object.entries(b.checks ?? {})) if (v) checks[k] = true;
  return clean({
    readAt: earliest(a.readAt, b.readAt),
    lastSeenAt: latest(a.lastSeenAt, b.lastSeenAt),
    furthest: Math.max(a.furthest ?? 0, b.furthest ?? 0),
    checks: Object.keys(checks).length ? checks : undefined,
  });
}

function mergeQuiz(a: SuspendQuiz, b: SuspendQuiz): SuspendQuiz {
  const last = time(b.lastAt) > time(a.lastAt) ? b : a;
  const draft = !a.draft ? b.draft : !b.draft ? a.draft : time(b.draft.startedAt) > time(a.draft.startedAt) ? b.draft : a.draft;
  return clean({
    attempts: Math.max(a.attempts, b.attempts),
    bestPercent: Math.max(a.bestPercent, b.bestPercent),
    lastPercent: last.lastPercent,
    passed: a.passed || b.passed,
    lastQuestionIds: last.lastQuestionIds,
    lastAnswers: last.lastAnswers,
    lastAt: last.lastAt,
    draft,
  });
}

function mergeSimulator(a: SuspendSimulator, b: SuspendSimulator): SuspendSimulator {
  const better = b.bestScore > a.bestScore || (b.bestScore === a.bestScore && (RANK[b.bestOutcome ?? ''] ?? -1) > (RANK[a.bestOutcome ?? ''] ?? -1)) ? b : a;
  const last = time(b.completedAt) > time(a.completedAt) ? b : a;
  const game = a.snapshot !== undefined ? a : b;
  return clean({
    plays: Math.max(a.plays, b.plays),
    bestScore: Math.max(a.bestScore, b.bestScore),
    bestOutcome: better.bestOutcome,
    lastOutcome: last.lastOutcome,
    completedAt: last.completedAt,
    snapshot: game.snapshot,
    snapshotVersion: game.snapshot !== undefined ? game.snapshotVersion : undefined,
    path: game.snapshot !== undefined ? game.path : undefined,
  });
}

function mergeRecord<T>(a: Record<string, T> = {}, b: Record<string, T> = {}, f: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...b, ...a };
  for (const k of Object.keys(a)) if (b[k] !== undefined) out[k] = f(a[k]!, b[k]!);
  return out;
}

/** `local` merged with `remote`; either may be the fresher one. */
export function mergeProgress(local: State, remote: State): State {
  if (isEmptyProgress(local) && !local.learner?.name) return { ...remote };
  const out: State = { ...remote, ...local };
  out.learner = { name: local.learner?.name || remote.learner?.name || '', employeeId: local.learner?.employeeId || remote.learner?.employeeId || '' };
  out.modules = mergeRecord(local.modules, remote.modules, mergeModule);
  out.quizzes = mergeRecord(local.quizzes, remote.quizzes, mergeQuiz);
  out.simulators = mergeRecord(local.simulators, remote.simulators, mergeSimulator);
  const loc = time(remote.lastLocation?.at) > time(local.lastLocation?.at) ? remote.lastLocation : local.lastLocation ?? remote.lastLocation;
  if (loc) out.lastLocation = loc; else delete out.lastLocation;
  return out;
}
