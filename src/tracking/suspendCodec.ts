/**
 * The learner's whole progress as LMS suspend data: a versioned positional encoding (short arrays, dates
 * as day offsets, check lists as bit masks), deflated and base64-encoded, so that a learner who has done
 * everything still fits SCORM 1.2's 4,096 characters. When it would not fit, the least needed parts go
 * first (game snapshots, quiz drafts, last answers…) and the caller is told what was left out; the
 * learner's browser still holds them. Pure: no browser API beyond atob/btoa/TextEncoder.
 */
import { deflateSync, inflateSync } from 'fflate';

export const SCORM12_SUSPEND_LIMIT = 4096;
/** Marks the format; a later format gets a new prefix and this decoder refuses it instead of guessing. */
const PREFIX = 'K1';
const MAX_INFLATED = 512 * 1024;
const DAY = 86_400_000;
const OUTCOMES = ['win', 'partial', 'loss', 'compliance'];

type Json = unknown;
export interface SuspendModule { readAt?: string; lastSeenAt?: string; furthest?: number; checks?: Record<string, boolean> }
export interface SuspendDraft { seed: number; questionIds: string[]; answers: Record<string, unknown>; submitted: string[]; index: number; startedAt: string }
export interface SuspendQuiz {
  attempts: number; bestPercent: number; lastPercent: number; passed: boolean;
  lastQuestionIds: string[]; lastAnswers: Record<string, unknown>; lastAt?: string; draft?: SuspendDraft;
}
export interface SuspendSimulator {
  plays: number; bestScore: number; bestOutcome?: string; lastOutcome?: string; completedAt?: string;
  snapshot?: unknown; snapshotVersion?: number; path?: string[];
}
/** Structurally the progress store's data; unknown extra top-level fields travel as they are. */
export interface SuspendState {
  learner: { name: string; employeeId: string };
  modules: Record<string, SuspendModule>;
  quizzes: Record<string, SuspendQuiz>;
  simulators: Record<string, SuspendSimulator>;
  lastLocation?: { href: string; title: string; at: string };
}
const KNOWN = new Set(['learner', 'modules', 'quizzes', 'simulators', 'lastLocation']);

/** What can be left out, least needed first. */
const TIERS = ['模拟演练进行中的进度', '未交卷的测验', '测验的上次作答', '检查清单勾选', '其他记录'] as const;

export interface EncodeResult {
  text: string;
  /** Parts left out to fit the limit (zh-CN labels), empty when everything fitted. */
  dropped: string[];
}

export type DecodeResult = { ok: true; state: SuspendState & Record<string, unknown>; progressVersion: number } | { ok: false; error: string };

// ---- dates ----
const dayOf = (iso: string | undefined) => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? undefined : Math.floor(t / DAY);
};
const enc = (iso: string | undefined, base: number) => { const d = dayOf(iso); return d === undefined ? 0 : d - base + 1; };
const dec = (n: unknown, base: number) => (typeof n === 'number' && n > 0 ? new Date((base + n - 1) * DAY).toISOString() : undefined);

// ---- check lists: "list-id-3" ticks grouped by list as a bit mask ----
function packChecks(checks: Record<string, boolean> | undefined): Json {
  const masks = new Map<string, number>();
  const loose: string[] = [];
  for (const [id, on] of Object.entries(checks ?? {})) {
    if (!on) continue;
    const m = /^(.*)-(\d{1,2})$/.exec(id);
    const n = m ? Number(m[2]) : 0;
    if (!m || n < 1 || n > 52) { loose.push(id); continue; }
    masks.set(m[1]!, (masks.get(m[1]!) ?? 0) + 2 ** (n - 1));
  }
  const out: Json[] = [...masks].map(([list, mask]) => `${list}:${mask.toString(36)}`);
  return loose.length ? [...out, loose] : out;
}
function unpackChecks(v: unknown): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const item of arr(v)) {
    if (Array.isArray(item)) { for (const id of item) if (typeof id === 'string') out[id] = true; continue; }
    const m = typeof item === 'string' ? /^(.*):([0-9a-z]+)$/.exec(item) : null;
    if (!m) throw new Error('check list');
    let mask = parseInt(m[2]!, 36);
    for (let n = 1; mask > 0 && n <= 52; n++, mask = Math.floor(mask / 2)) if (mask % 2) out[`${m[1]}-${n}`] = true;
  }
  return out;
}

// ---- answers aligned with question ids; 0 = no answer ----
const packAnswers = (ids: string[], answers: Record<string, unknown>) => ids.map((id) => (answers[id] === undefined ? 0 : answers[id]));
function unpackAnswers(ids: string[], v: unknown): Record<string, unknown> {
  const list = arr(v);
  const out: Record<string, unknown> = {};
  ids.forEach((id, i) => { if (list[i] !== undefined && list[i] !== 0) out[id] = list[i]; });
  return out;
}

const arr = (v: unknown): unknown[] => { if (!Array.isArray(v)) throw new Error('shape'); return v; };
const num = (v: unknown): number => { if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error('number'); return v; };
const str = (v: unknown): string => { if (typeof v !== 'string') throw new Error('string'); return v; };
const strs = (v: unknown): string[] => arr(v).map(str);

function pack(s: SuspendState & Record<string, unknown>, progressVersion: number, drop: number): Json {
  const days = [
    ...Object.values(s.modules ?? {}).flatMap((m) => [m.readAt, m.lastSeenAt]),
    ...Object.values(s.quizzes ?? {}).map((q) => q.lastAt),
    ...Object.values(s.simulators ?? {}).map((x) => x.completedAt),
    s.lastLocation?.at,
  ].map(dayOf).filter((d): d is number => d !== undefined);
  const base = days.length ? Math.min(...days) : 0;
  const modules = Object.entries(s.modules ?? {}).map(([slug, m]) => [
    slug, enc(m.readAt, base), enc(m.lastSeenAt, base), Math.floor((m.furthest ?? 0) * 100), drop > 3 ? [] : packChecks(m.checks),
  ]);
  const quizzes = Object.entries(s.quizzes ?? {}).map(([id, q]) => {
    const d = drop > 1 || !q.draft ? 0 : [
      q.draft.seed, q.draft.questionIds, packAnswers(q.draft.questionIds, q.draft.answers),
      q.draft.submitted.map((x) => q.draft!.questionIds.indexOf(x)), q.draft.index, Math.round(Date.parse(q.draft.startedAt) / 1000),
    ];
    const ids = drop > 2 ? [] : q.lastQuestionIds;
    return [id, q.attempts, Math.round(q.bestPercent * 10), Math.round(q.lastPercent * 10), q.passed ? 1 : 0, enc(q.lastAt, base), ids, packAnswers(ids, q.lastAnswers), d];
  });
  const sims = Object.entries(s.simulators ?? {}).map(([id, x]) => {
    const row: Json[] = [id, x.plays, x.bestScore, OUTCOMES.indexOf(x.bestOutcome ?? ''), OUTCOMES.indexOf(x.lastOutcome ?? ''), enc(x.completedAt, base)];
    if (drop < 1 && x.snapshot !== undefined) row.push(x.snapshot, x.snapshotVersion ?? 0, x.path ?? []);
    return row;
  });
  const loc = s.lastLocation ? [s.lastLocation.href, s.lastLocation.title, enc(s.lastLocation.at, base)] : 0;
  const extra = drop > 4 ? {} : Object.fromEntries(Object.entries(s).filter(([k, v]) => !KNOWN.has(k) && v !== undefined));
  return [progressVersion, base, [s.learner?.name ?? '', s.learner?.employeeId ?? ''], modules, quizzes, sims, loc, extra];
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Encodes progress so that it fits `limit` characters, leaving out the least needed parts if it must. */
export function encodeSuspend(state: SuspendState, progressVersion: number, limit = SCORM12_SUSPEND_LIMIT): EncodeResult {
  let text = '';
  for (let drop = 0; drop <= TIERS.length; drop++) {
    const json = JSON.stringify(pack(state as SuspendState & Record<string, unknown>, progressVersion, drop));
    text = PREFIX + toBase64(deflateSync(new TextEncoder().encode(json), { level: 9 }));
    if (text.length <= limit) return { text, dropped: TIERS.slice(0, drop) };
  }
  // Even the bare minimum does not fit (thousands of modules?): send nothing rather than a truncated string.
  return { text: '', dropped: [...TIERS, '全部进度（超出长度限制）'] };
}

/** Decodes suspend data; anything malformed is refused with a reason, never half-applied. */
export function decodeSuspend(text: unknown): DecodeResult {
  if (typeof text !== 'string' || text === '') return { ok: false, error: 'empty' };
  if (!text.startsWith(PREFIX)) return { ok: false, error: 'unknown format' };
  try {
    const deflated = fromBase64(text.slice(PREFIX.length));
    const inflated = inflateSync(deflated, { out: new Uint8Array(MAX_INFLATED) });
    if (inflated.length >= MAX_INFLATED) return { ok: false, error: 'too large' };
    const [pv, base, learner, modules, quizzes, sims, loc, extra] = arr(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated)));
    num(base);
    const [name, employeeId] = strs(learner);
    const state: SuspendState & Record<string, unknown> = { learner: { name: name ?? '', employeeId: employeeId ?? '' }, modules: {}, quizzes: {}, simulators: {} };
    for (const row of arr(modules)) {
      const [slug, read, seen, furthest, checks] = arr(row);
      const m: SuspendModule = { furthest: Math.min(1, Math.max(0, num(furthest) / 100)) };
      const r = dec(read, base as number), l = dec(seen, base as number);
      if (r) m.readAt = r;
      if (l) m.lastSeenAt = l;
      const c = unpackChecks(checks);
      if (Object.keys(c).length) m.checks = c;
      state.modules[str(slug)] = m;
    }
    for (const row of arr(quizzes)) {
      const [id, attempts, best, last, passed, lastAt, ids, answers, draft] = arr(row);
      const qids = strs(ids);
      const q: SuspendQuiz = {
        attempts: num(attempts), bestPercent: num(best) / 10, lastPercent: num(last) / 10, passed: passed === 1,
        lastQuestionIds: qids, lastAnswers: unpackAnswers(qids, answers),
      };
      const at = dec(lastAt, base as number);
      if (at) q.lastAt = at;
      if (draft !== 0) {
        const [seed, dIds, dAnswers, submitted, index, started] = arr(draft);
        const dq = strs(dIds);
        q.draft = {
          seed: num(seed), questionIds: dq, answers: unpackAnswers(dq, dAnswers),
          submitted: arr(submitted).map((i) => dq[num(i)]).filter((x): x is string => x !== undefined),
          index: num(index), startedAt: new Date(num(started) * 1000).toISOString(),
        };
      }
      state.quizzes[str(id)] = q;
    }
    for (const row of arr(sims)) {
      const [id, plays, bestScore, bestOutcome, lastOutcome, done, snapshot, snapshotVersion, path] = arr(row);
      const x: SuspendSimulator = { plays: num(plays), bestScore: num(bestScore) };
      if (OUTCOMES[num(bestOutcome)]) x.bestOutcome = OUTCOMES[bestOutcome as number];
      if (OUTCOMES[num(lastOutcome)]) x.lastOutcome = OUTCOMES[lastOutcome as number];
      const c = dec(done, base as number);
      if (c) x.completedAt = c;
      if (snapshot !== undefined) Object.assign(x, { snapshot, snapshotVersion: num(snapshotVersion), path: strs(path) });
      state.simulators[str(id)] = x;
    }
    if (loc !== 0) {
      const [href, title, at] = arr(loc);
      state.lastLocation = { href: str(href), title: str(title), at: dec(at, base as number) ?? new Date(0).toISOString() };
    }
    if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) throw new Error('extra');
    for (const [k, v] of Object.entries(extra)) if (!KNOWN.has(k)) state[k] = v;
    return { ok: true, state, progressVersion: num(pv) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'unreadable' };
  }
}
