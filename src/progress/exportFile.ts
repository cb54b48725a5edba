/** Progress as a file the learner can keep or move to another browser. Pure: parse and build only. */
import { sanitizeProgress } from './sanitize';
import { PROGRESS_VERSION, type ProgressData } from './types';
import { migrateProgress } from './migrate';

export const EXPORT_FORMAT = 'kam-progress';

export function buildExport(data: ProgressData, now = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), progress: data }, null, 2);
}

export type ImportResult = { ok: true; data: ProgressData; dropped: string[] } | { ok: false; error: string };

export function parseExport(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: '文件不是有效的 JSON，可能已损坏或不是本课程导出的进度文件。' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: '这不是本课程导出的学习进度文件（缺少格式标记 kam-progress）。' };
  }
  const { version, progress } = raw as { version?: unknown; progress?: unknown };
  if (typeof version !== 'number' || version > PROGRESS_VERSION) {
    return { ok: false, error: `文件来自更新版本的课程（版本 ${String(version)}），请先更新课程后再导入。` };
  }
  const { data, dropped } = sanitizeProgress(migrateProgress(progress, version));
  return { ok: true, data, dropped };
}
