/**
 * Keep what is valid, drop the rest, and say what was dropped. Stored progress may be corrupted by
 * hand edits, old versions or another app on the same origin: a page must never crash on it.
 * Hand-written rather than zod so that a lesson page (no islands) stays inside its JS budget.
 */
import {
  emptyProgress,
  type Assignment,
  type StoredAssignment,
  type LastLocation,
  type LearnerInfo,
  type ModuleProgress,
  type ProgressData,
  type QuizDraft,
  type QuizProgress,
  type SimulatorProgress,
} from './types';

const OUTCOMES = ['win', 'partial', 'loss', 'compliance'] as const;
const KEY = /^[\w.-]{1,64}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isPercent = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e6;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isOutcome = (v: unknown): v is (typeof OUTCOMES)[number] => OUTCOMES.includes(v as never);

export interface SanitizeResult {
  data: ProgressData;
  /** Human-readable (zh-CN) names of the parts that were reset. Empty when everything was valid. */
  dropped: string[];
}

function learner(v: unknown): LearnerInfo | null {
  if (!isObject(v)) return null;
  const name = typeof v.name === 'string' ? v.name.slice(0, 80) : '';
  const employeeId = typeof v.employeeId === 'string' ? v.employeeId.slice(0, 40) : '';
  return { name, employeeId };
}

function moduleEntry(v: unknown): ModuleProgress | null {
  if (!isObject(v)) return null;
  const out: ModuleProgress = {};
  if (v.readAt !== undefined) { if (!isIso(v.readAt)) return null; out.readAt = v.readAt; }
  if (isIso(v.lastSeenAt)) out.lastSeenAt = v.lastSeenAt;
  if (typeof v.furthest === 'number' && v.furthest >= 0 && v.furthest <= 1) out.furthest = v.furthest;
  if (isObject(v.checks)) {
    out.checks = Object.fromEntries(Object.entries(v.checks).filter(([k, c]) => KEY.test(k) && typeof c === 'boolean')) as Record<string, boolean>;
  }
  return out;
}

function draft(v: unknown): QuizDraft | undefined {
  if (!isObject(v)) return undefined;
  if (!isCount(v.seed) || !isStringArray(v.questionIds) || !isObject(v.answers) || !isCount(v.index) || !isIso(v.startedAt)) return undefined;
  const submitted = isStringArray(v.submitted) ? v.submitted : [];
  return { seed: v.seed, questionIds: v.questionIds, answers: v.answers, submitted, index: v.index, startedAt: v.startedAt };
}

function quizEntry(v: unknown): QuizProgress | null {
  if (!isObject(v)) return null;
  if (!isCount(v.attempts) || !isPercent(v.bestPercent) || typeof v.passed !== 'boolean') return null;
  const out: QuizProgress = {
    attempts: v.attempts,
    bestPercent: v.bestPercent,
    lastPercent: isPercent(v.lastPercent) ? v.lastPercent : v.bestPercent,
    passed: v.passed,
    lastQuestionIds: isStringArray(v.lastQuestionIds) ? v.lastQuestionIds : [],
    lastAnswers: isObject(v.lastAnswers) ? v.lastAnswers : {},
  };
  if (isIso(v.lastAt)) out.lastAt = v.lastAt;
  const d = draft(v.draft);
  if (d) out.draft = d;
  return out;
}

function simulatorEntry(v: unknown): SimulatorProgress | null {
  if (!isObject(v)) return null;
  if (!isCount(v.plays) || !isPercent(v.bestScore)) return null;
  const out: SimulatorProgress = { plays: v.plays, bestScore: v.bestScore };
  if (isOutcome(v.bestOutcome)) out.bestOutcome = v.bestOutcome;
  if (isOutcome(v.lastOutcome)) out.lastOutcome = v.lastOutcome;
  if (isIso(v.completedAt)) out.completedAt = v.completedAt;
  if (v.snapshot !== undefined && isCount(v.snapshotVersion)) {
    out.snapshot = v.snapshot;
    out.snapshotVersion = v.snapshotVersion;
    if (isStringArray(v.path)) out.path = v.path;
  }
  return out;
}

function lastLocation(v: unknown): LastLocation | undefined {
  if (!isObject(v)) return undefined;
  // Only same-site paths: a stored absolute URL must never send the learner elsewhere.
  if (typeof v.href !== 'string' || !v.href.startsWith('/') || v.href.startsWith('//')) return undefined;
  if (typeof v.title !== 'string' || !isIso(v.at)) return undefined;
  return { href: v.href, title: v.title.slice(0, 120), at: v.at };
}

const SIMULATORS = ['contact', 'trust', 'bidding', 'objection', 'signing'] as const;
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v + 'T00:00:00Z'));

/** Also the validator of decoded assignment links (src/hr), so both accept exactly the same shape. */
export function sanitizeAssignment(v: unknown): Assignment | null {
  if (!isObject(v) || !isObject(v.required)) return null;
  const { id, cohort, due, createdOn, required: r } = v;
  if (typeof id !== 'string' || !/^[a-z0-9]{4,16}$/.test(id)) return null;
  if (typeof cohort !== 'string' || cohort.trim() === '' || cohort.length > 60 || !isDay(due)) return null;
  if (typeof r.whole !== 'boolean' || typeof r.exam !== 'boolean' || !isStringArray(r.modules) || !isStringArray(r.simulators)) return null;
  if (r.modules.length > 40 || !r.modules.every((m) => KEY.test(m))) return null;
  if (!r.simulators.every((x) => SIMULATORS.includes(x as never))) return null;
  const required = r.whole
    ? { whole: true, modules: [], simulators: [], exam: false }
    : { whole: false, modules: [...new Set(r.modules)], simulators: [...new Set(r.simulators)] as Assignment['required']['simulators'], exam: r.exam };
  if (!required.whole && required.modules.length + required.simulators.length === 0 && !required.exam) return null;
  const out: Assignment = { id, cohort: cohort.trim(), due, required };
  if (isDay(createdOn)) out.createdOn = createdOn;
  return out;
}

function storedAssignment(v: unknown): StoredAssignment | null {
  const a = sanitizeAssignment(v);
  if (!a || !isObject(v) || !isIso(v.receivedAt)) return null;
  return { ...a, receivedAt: v.receivedAt };
}

function record<T>(
  v: unknown,
  entry: (x: unknown) => T | null,
  label: string,
  dropped: string[],
): Record<string, T> {
  if (v === undefined) return {};
  if (!isObject(v)) { dropped.push(label); return {}; }
  const out: Record<string, T> = {};
  for (const [k, raw] of Object.entries(v)) {
    const e = KEY.test(k) ? entry(raw) : null;
    if (e) out[k] = e;
    else dropped.push(`${label}「${k.slice(0, 40)}」`);
  }
  return out;
}

export function sanitizeProgress(raw: unknown): SanitizeResult {
  const dropped: string[] = [];
  const data = emptyProgress();
  if (!isObject(raw)) {
    if (raw !== undefined && raw !== null) dropped.push('全部学习记录');
    return { data, dropped };
  }
  if (raw.learner !== undefined) {
    const l = learner(raw.learner);
    if (l) data.learner = l; else dropped.push('学员信息');
  }
  data.modules = record(raw.modules, moduleEntry, '章节', dropped);
  data.quizzes = record(raw.quizzes, quizEntry, '测验', dropped);
  data.simulators = record(raw.simulators, simulatorEntry, '模拟演练', dropped);
  if (raw.lastLocation !== undefined) {
    const loc = lastLocation(raw.lastLocation);
    if (loc) data.lastLocation = loc; else dropped.push('上次学习位置');
  }
  if (raw.assignment !== undefined) {
    const a = storedAssignment(raw.assignment);
    if (a) data.assignment = a; else dropped.push('学习任务');
  }
  return { data, dropped };
}
