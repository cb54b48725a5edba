/** What the roster table and its CSV show: the same columns and words in both. */
import { toCsv } from './csv';
import { localDate } from './due';
import { itemLabel, requiredItems, type CourseModule, type ItemStatus, type RequiredItem } from './items';
import type { RosterRow } from './roster';

/** Items required by any of the rows, in course order (chapters, simulators, exam). */
export function itemColumns(rows: RosterRow[], modules: CourseModule[]): RequiredItem[] {
  const used = new Set(rows.flatMap((r) => r.status.items.map((i) => i.item.key)));
  return requiredItems(undefined, modules).filter((item) => used.has(item.key));
}

export interface Cell {
  text: string;
  /** For styling: done / progress / todo / none (not required). */
  tone: 'done' | 'progress' | 'todo' | 'none';
  /** Spelled out for screen readers and the CSV. */
  long: string;
}

export function itemCell(row: RosterRow, item: RequiredItem): Cell {
  const s: ItemStatus | undefined = row.status.items.find((i) => i.item.key === item.key);
  if (!s) return { text: '—', tone: 'none', long: '不要求' };
  const score = s.score === undefined ? '' : ` ${Math.round(s.score)}`;
  const note = s.note ? `（${s.note}）` : '';
  if (s.state === 'complete') return { text: `✓${score}`, tone: 'done', long: `已完成${score ? `，${score.trim()} 分` : ''}` };
  if (s.state === 'in-progress') return { text: `进行中${score}${note}`, tone: 'progress', long: `进行中${score ? `，最好 ${score.trim()} 分` : ''}${note}` };
  return { text: '未开始', tone: 'todo', long: '未开始' };
}

export function stateLabel(row: RosterRow): string {
  if (row.state === 'complete') return row.late ? '已完成（逾期完成）' : '已完成';
  if (row.state === 'overdue') return row.due!.label;
  return row.due ? `进行中（${row.due.label}）` : '进行中';
}

/** "2026-11-20 09:05" in the viewer's time zone. */
export function localDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${localDate(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export const FIXED_HEAD = ['姓名', '工号', '班级/批次', '截止日期', '状态', '完成项'] as const;
export const TAIL_HEAD = ['完成时间', '记录导出时间', '记录编号'] as const;

export function rosterCsv(rows: RosterRow[], modules: CourseModule[]): string {
  const columns = itemColumns(rows, modules);
  const head = [...FIXED_HEAD, ...columns.map((c) => itemLabel(c)), ...TAIL_HEAD];
  const body = rows.map((r) => [
    r.record.name,
    r.record.employeeId,
    r.record.assignment?.cohort ?? '（无学习任务）',
    r.record.assignment?.due ?? '',
    stateLabel(r),
    `${r.status.done}/${r.status.total}`,
    ...columns.map((c) => itemCell(r, c).long),
    localDateTime(r.completedAt),
    localDateTime(r.record.exportedAt),
    r.record.id,
  ]);
  return toCsv([head, ...body]);
}
