/**
 * The roster as kept in HR's browser (localStorage 'kam-hr-roster'). Only the record codes are stored;
 * reading decodes each one again with the record validator, so hand-edited or corrupted storage loses
 * the bad entries — and says how many — instead of crashing the page.
 */
import { decodeAssignment, encodeAssignment } from './assignment';
import { decodeRecord } from './record';
import type { CourseModule } from './items';
import type { RosterEntry } from './roster';
import type { Assignment } from '../progress/types';

export const ROSTER_STORAGE_KEY = 'kam-hr-roster';
const STORAGE_VERSION = 1;
/** Links HR made recently, to copy again later. */
const MAX_ASSIGNMENTS = 20;

export interface StoredRoster {
  entries: RosterEntry[];
  /** Assignments HR created, newest first. */
  assignments: Assignment[];
  /** How many stored items could not be read and were dropped. */
  dropped: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readRoster(text: string | null, modules: CourseModule[]): StoredRoster {
  const out: StoredRoster = { entries: [], assignments: [], dropped: 0 };
  if (text === null) return out;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ...out, dropped: 1 };
  }
  if (!isObject(raw) || !Array.isArray(raw.entries)) return { ...out, dropped: 1 };
  for (const e of raw.entries) {
    const decoded = isObject(e) && typeof e.code === 'string' ? decodeRecord(e.code, modules, { anyCourseVersion: true }) : null;
    const importedAt = isObject(e) && typeof e.importedAt === 'string' && !Number.isNaN(Date.parse(e.importedAt)) ? e.importedAt : null;
    if (decoded?.ok && importedAt) out.entries.push({ code: (e as { code: string }).code, record: decoded.record, importedAt });
    else out.dropped += 1;
  }
  for (const code of Array.isArray(raw.assignments) ? raw.assignments.slice(0, MAX_ASSIGNMENTS) : []) {
    const decoded = typeof code === 'string' ? decodeAssignment(code) : null;
    if (decoded?.ok) out.assignments.push(decoded.assignment);
    else out.dropped += 1;
  }
  return out;
}

export function writeRoster(entries: RosterEntry[], assignments: Assignment[]): string {
  return JSON.stringify({
    v: STORAGE_VERSION,
    entries: entries.map((e) => ({ code: e.code, importedAt: e.importedAt })),
    assignments: assignments.slice(0, MAX_ASSIGNMENTS).map(encodeAssignment),
  });
}
