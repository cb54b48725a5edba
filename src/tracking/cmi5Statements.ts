/**
 * cmi5 statements (xAPI 1.0.3) built from a report: which verbs are due, in the order the cmi5 spec
 * allows (9.3: Initialized first, Terminated last, one Passed/Failed per session, Completed and Passed once
 * per registration, no Failed after Passed), each with the LMS's context template. Pure.
 */
import { isoDuration } from './time';
import type { InteractionRecord, LmsReport } from './types';

export const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type Verb = keyof typeof VERB;

export const CATEGORY_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const CATEGORY_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const EXT_PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

export interface LaunchData {
  contextTemplate: Record<string, unknown>;
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn: string;
  masteryScore?: number;
  returnURL?: string;
}

export interface Cmi5Session {
  actor: unknown;
  activityId: string;
  registration: string;
  launch: LaunchData;
  startedAt: number;
}

/** What was already sent: per registration (kept in the course's state document) and in this session. */
export interface SentFlags {
  completed: boolean;
  passed: boolean;
  /** Exam attempts already reported as Failed. */
  failedAttempts: number;
  /** Progress percent last reported. */
  progress: number;
  /** This session sent Passed or Failed already. */
  judgedThisSession: boolean;
}

export type Statement = Record<string, unknown> & { id: string; verb: { id: string; display?: Record<string, string> } };

function uuid(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  // Plain-http intranets are not secure contexts, where randomUUID is missing.
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The context template with registration and categories added, never overwriting what the LMS gave. */
function context(s: Cmi5Session, categories: string[]): Record<string, unknown> {
  const t = structuredClone(s.launch.contextTemplate ?? {}) as Record<string, unknown>;
  const ca = (t.contextActivities ?? {}) as Record<string, unknown>;
  const existing = Array.isArray(ca.category) ? (ca.category as { id?: string }[]) : [];
  const add = categories.filter((id) => !existing.some((c) => c.id === id)).map((id) => ({ id, objectType: 'Activity' }));
  if (existing.length || add.length) ca.category = [...existing, ...add];
  t.contextActivities = ca;
  t.registration ??= s.registration;
  return t;
}

export function statement(s: Cmi5Session, verb: Verb, result?: Record<string, unknown>, opts: { defined?: boolean; object?: Record<string, unknown>; at?: Date } = {}): Statement {
  const moveOn = result && ('success' in result || 'completion' in result);
  const categories = opts.defined === false ? [] : moveOn ? [CATEGORY_CMI5, CATEGORY_MOVEON] : [CATEGORY_CMI5];
  const st: Statement = {
    id: uuid(),
    timestamp: (opts.at ?? new Date()).toISOString(),
    actor: s.actor,
    verb: { id: VERB[verb], display: { 'en-US': verb } },
    object: opts.object ?? { id: s.activityId, objectType: 'Activity' },
    context: context(s, categories),
  };
  if (result) st.result = result;
  return st;
}

/** The verdict on the judged activity: the LMS's masteryScore when it gave one, else the course rule. */
function verdict(s: Cmi5Session, r: LmsReport): 'passed' | 'failed' | null {
  if (!r.score) return null;
  if (typeof s.launch.masteryScore === 'number') return r.score.scaled >= s.launch.masteryScore ? 'passed' : 'failed';
  return r.success === 'unknown' ? null : r.success;
}

/** Statements a report calls for now, and the flags as they will be once those are accepted. */
export function dueStatements(s: Cmi5Session, r: LmsReport, sent: SentFlags, now = new Date()): { statements: Statement[]; next: SentFlags } {
  const next = { ...sent };
  const out: Statement[] = [];
  if (s.launch.launchMode !== 'Normal') return { statements: out, next };
  const duration = isoDuration((now.getTime() - s.startedAt) / 1000);
  const v = verdict(s, r);
  const score = r.score ? { scaled: r.score.scaled, raw: Math.round(r.score.raw), min: r.score.min, max: r.score.max } : undefined;
  if (v === 'passed' && !sent.passed && !sent.judgedThisSession) {
    out.push(statement(s, 'passed', { success: true, score, duration }, { at: now }));
    next.passed = true;
    next.judgedThisSession = true;
  } else if (v === 'failed' && !sent.passed && !sent.judgedThisSession && r.judgedAttempts > sent.failedAttempts) {
    out.push(statement(s, 'failed', { success: false, score, duration }, { at: now }));
    next.failedAttempts = r.judgedAttempts;
    next.judgedThisSession = true;
  }
  if (r.completion === 'completed' && !sent.completed) {
    out.push(statement(s, 'completed', { completion: true, duration }, { at: now }));
    next.completed = true;
  }
  const percent = Math.round(r.progress * 100);
  if (!next.completed && percent > sent.progress) {
    out.push(statement(s, 'progressed', { extensions: { [EXT_PROGRESS]: percent } }, { defined: false, at: now }));
    next.progress = percent;
  }
  return { statements: out, next };
}

/** A quiz answer as a "cmi5 allowed" answered statement about the question. */
export function answeredStatement(s: Cmi5Session, i: InteractionRecord): Statement {
  const list = (x: InteractionRecord['response']) =>
    typeof x === 'boolean' ? String(x) : (x as (string | [string, string])[]).map((y) => (Array.isArray(y) ? y.join('[.]') : y)).join('[,]');
  const definition: Record<string, unknown> = {
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: i.type === 'true-false' ? 'true-false' : i.type,
    description: { 'zh-CN': i.description },
  };
  if (i.correct !== undefined) definition.correctResponsesPattern = [list(i.correct)];
  return statement(s, 'answered', { success: i.result === 'correct', response: list(i.response) }, {
    defined: false,
    // Never before the session began: Initialized must stay first by timestamp.
    at: new Date(Math.max(Date.parse(i.at) || 0, s.startedAt)),
    object: { id: `${s.activityId}/interactions/${encodeURIComponent(i.id)}`, objectType: 'Activity', definition },
  });
}

export function terminatedStatement(s: Cmi5Session, now = new Date()): Statement {
  return statement(s, 'terminated', { duration: isoDuration((now.getTime() - s.startedAt) / 1000) }, { at: now });
}
