/**
 * What classroom mode keeps in the trainer's browser, each under its own key, and the parsers that read
 * it back. Stored text may be old, edited or cut short: a parser keeps what is valid and never throws.
 */
import type { AgendaKind } from '../course/agenda';
import type { GroupPoints } from './summary';
import { parseTimer, type TimerState } from './timer';
import type { VoteMethod, VoteRecord } from './votes';

export const STORAGE_KEYS = {
  agenda: 'kam-trainer-agenda',
  deck: (slug: string) => `kam-classroom-deck:${slug}`,
  case: (id: string) => `kam-classroom-case:${id}`,
  simulate: (id: string) => `kam-classroom-sim:${id}`,
} as const;

const RECORD_VERSION = 1;
const json = (raw: string | null | undefined): unknown => {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// --- the chosen agenda -----------------------------------------------------------------------------

export interface AgendaChoice {
  kind: AgendaKind;
  day: number;
}

export function parseAgendaChoice(raw: string | null | undefined): AgendaChoice {
  const v = json(raw);
  const kind: AgendaKind = isObject(v) && v.kind === 'three-day' ? 'three-day' : 'two-day';
  const days = kind === 'two-day' ? 2 : 3;
  const day = isObject(v) && typeof v.day === 'number' && Number.isInteger(v.day) ? Math.min(days, Math.max(1, v.day)) : 1;
  return { kind, day };
}

export const serializeAgendaChoice = (c: AgendaChoice): string => JSON.stringify({ kind: c.kind, day: c.day });

// --- where a module presentation stopped -------------------------------------------------------------

export interface DeckRecord {
  slide: number;
  timer: TimerState;
  savedAt: number;
}

/** A presentation left less than `maxAgeMs` ago is picked up again (a reload, the session after lunch). */
export function parseDeckRecord(raw: string | null | undefined, now: number, maxAgeMs: number): DeckRecord | null {
  const v = json(raw);
  if (!isObject(v) || v.v !== RECORD_VERSION) return null;
  const timer = parseTimer(v.timer);
  if (!timer || typeof v.slide !== 'number' || !Number.isInteger(v.slide) || v.slide < 0) return null;
  if (typeof v.savedAt !== 'number' || now - v.savedAt > maxAgeMs || v.savedAt > now + 60_000) return null;
  return { slide: v.slide, timer, savedAt: v.savedAt };
}

export const serializeDeckRecord = (r: DeckRecord): string => JSON.stringify({ v: RECORD_VERSION, ...r });

// --- a case exercise -------------------------------------------------------------------------------

export const MAX_GROUPS = 30;
export const MAX_GROUP_NAME = 40;
export const MAX_POINTS_TEXT = 4000;

export interface CaseRecord {
  groups: GroupPoints[];
  timer: TimerState | null;
}

export function parseCaseRecord(raw: string | null | undefined): CaseRecord {
  const v = json(raw);
  if (!isObject(v) || v.v !== RECORD_VERSION) return { groups: [], timer: null };
  const groups = Array.isArray(v.groups)
    ? v.groups
        .filter((g): g is Record<string, unknown> => isObject(g) && typeof g.id === 'string' && typeof g.name === 'string' && typeof g.points === 'string')
        .slice(0, MAX_GROUPS)
        .map((g) => ({ id: String(g.id).slice(0, 40), name: String(g.name).slice(0, MAX_GROUP_NAME), points: String(g.points).slice(0, MAX_POINTS_TEXT) }))
    : [];
  return { groups, timer: parseTimer(v.timer) };
}

export const serializeCaseRecord = (r: CaseRecord): string => JSON.stringify({ v: RECORD_VERSION, groups: r.groups, timer: r.timer });

// --- a simulator played by the class ------------------------------------------------------------------

export interface SimRecord {
  /** Choice ids played from the start (the session's path). */
  path: string[];
  /** One vote record per choice in `path`. */
  votes: VoteRecord[];
  /** `getPersistedSnapshot()` of the game, to resume after a reload. */
  snapshot: unknown;
}

const METHODS: VoteMethod[] = ['majority', 'tie-break', 'picked'];

function parseVote(v: unknown): VoteRecord | null {
  if (!isObject(v) || !Array.isArray(v.choices)) return null;
  const { stepId, stepNumber, speaker, prompt, chosenId, method } = v;
  if (typeof stepId !== 'string' || typeof speaker !== 'string' || typeof prompt !== 'string' || typeof chosenId !== 'string') return null;
  if (typeof stepNumber !== 'number' || !METHODS.includes(method as VoteMethod)) return null;
  const choices = v.choices.filter(
    (c): c is { id: string; label: string; votes: number } =>
      isObject(c) && typeof c.id === 'string' && typeof c.label === 'string' && typeof c.votes === 'number' && c.votes >= 0,
  );
  if (choices.length !== v.choices.length || !choices.some((c) => c.id === chosenId)) return null;
  return { stepId, stepNumber, speaker, prompt, chosenId, method: method as VoteMethod, choices };
}

/** Null when nothing usable is stored: the path and its votes must agree step by step. */
export function parseSimRecord(raw: string | null | undefined): SimRecord | null {
  const v = json(raw);
  if (!isObject(v) || v.v !== RECORD_VERSION || !Array.isArray(v.path) || !Array.isArray(v.votes)) return null;
  if (!v.path.every((p) => typeof p === 'string')) return null;
  const votes = v.votes.map(parseVote);
  if (votes.some((x) => x === null) || votes.length !== v.path.length) return null;
  const path = v.path as string[];
  if (!(votes as VoteRecord[]).every((r, i) => r.chosenId === path[i])) return null;
  return { path, votes: votes as VoteRecord[], snapshot: v.snapshot };
}

export const serializeSimRecord = (r: SimRecord): string => JSON.stringify({ v: RECORD_VERSION, ...r });
