/**
 * The roster: completion records HR imported, merged per learner, and the rows HR reads.
 * A bad record is rejected with its reason and never touches the roster; for the same learner in the
 * same assignment the newer export wins.
 */
import { decodeRecord, type CompletionRecord } from './record';
import { completedAt, requirementStatus, type CourseModule, type RequirementStatus } from './items';
import { dueState, finishedLate, type DueState } from './due';

export interface RosterEntry {
  code: string;
  record: CompletionRecord;
  /** ISO time HR imported it. */
  importedAt: string;
}

export interface ImportInput {
  /** Where it came from, for the report: a file name or "粘贴的第 2 条". */
  source: string;
  code: string;
}

export type ImportOutcome =
  | { source: string; kind: 'added' | 'replaced' | 'unchanged' | 'older'; name: string }
  | { source: string; kind: 'rejected'; error: string };

/** Same learner in the same assignment: by employee number when both have one, else by name. */
export function sameLearner(a: CompletionRecord, b: CompletionRecord): boolean {
  if ((a.assignment?.id ?? '') !== (b.assignment?.id ?? '')) return false;
  const idA = a.employeeId.trim().toLowerCase();
  const idB = b.employeeId.trim().toLowerCase();
  if (idA && idB) return idA === idB;
  return a.name.trim() === b.name.trim();
}

export function mergeRecords(
  roster: RosterEntry[],
  inputs: ImportInput[],
  modules: CourseModule[],
  now = new Date(),
): { roster: RosterEntry[]; outcomes: ImportOutcome[] } {
  const next = [...roster];
  const outcomes: ImportOutcome[] = [];
  for (const { source, code } of inputs) {
    const decoded = decodeRecord(code, modules);
    if (!decoded.ok) {
      outcomes.push({ source, kind: 'rejected', error: decoded.error });
      continue;
    }
    const record = decoded.record;
    const entry: RosterEntry = { code: code.trim(), record, importedAt: now.toISOString() };
    const at = next.findIndex((e) => sameLearner(e.record, record));
    const name = record.name;
    if (at < 0) {
      next.push(entry);
      outcomes.push({ source, kind: 'added', name });
    } else if (next[at]!.record.id === record.id) {
      outcomes.push({ source, kind: 'unchanged', name });
    } else if (Date.parse(record.exportedAt) > Date.parse(next[at]!.record.exportedAt)) {
      next[at] = entry;
      outcomes.push({ source, kind: 'replaced', name });
    } else {
      outcomes.push({ source, kind: 'older', name });
    }
  }
  return { roster: next, outcomes };
}

export type RowState = 'complete' | 'in-progress' | 'overdue';

export interface RosterRow {
  entry: RosterEntry;
  record: CompletionRecord;
  status: RequirementStatus;
  completedAt?: string;
  due?: DueState;
  state: RowState;
  /** Finished, but after the due date. */
  late: boolean;
}

export function rosterRow(entry: RosterEntry, modules: CourseModule[], today: string): RosterRow {
  const { record } = entry;
  const status = requirementStatus(record.progress, record.assignment?.required, modules);
  const done = completedAt(record.progress, status);
  const dueDay = record.assignment?.due;
  const due = dueDay ? dueState(dueDay, today) : undefined;
  const state: RowState = status.complete ? 'complete' : due?.overdue ? 'overdue' : 'in-progress';
  return { entry, record, status, completedAt: done, due, state, late: Boolean(done && dueDay && finishedLate(dueDay, done)) };
}

export type RosterFilter = 'all' | RowState;

/** Sorted by cohort, then overdue first, then name, so a printout reads like a register. */
export function rosterRows(entries: RosterEntry[], modules: CourseModule[], today: string): RosterRow[] {
  const order: Record<RowState, number> = { overdue: 0, 'in-progress': 1, complete: 2 };
  return entries
    .map((e) => rosterRow(e, modules, today))
    .sort(
      (a, b) =>
        (a.record.assignment?.cohort ?? '').localeCompare(b.record.assignment?.cohort ?? '', 'zh-CN') ||
        order[a.state] - order[b.state] ||
        a.record.name.localeCompare(b.record.name, 'zh-CN'),
    );
}

export const filterRows = (rows: RosterRow[], filter: RosterFilter, assignmentId = '') =>
  rows.filter((r) => (filter === 'all' || r.state === filter) && (!assignmentId || (r.record.assignment?.id ?? '-') === assignmentId));

export function countByState(rows: RosterRow[]): Record<RosterFilter, number> {
  const c = { all: rows.length, complete: 0, 'in-progress': 0, overdue: 0 };
  for (const r of rows) c[r.state] += 1;
  return c;
}
