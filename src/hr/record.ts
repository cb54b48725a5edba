/**
 * Completion records (完成记录): what a learner without an LMS sends to HR — learner, course version,
 * the assignment, per-item results and times — as a short code `KR1.<payload>.<crc>` or a file holding
 * that code. The CRC (checksum.ts) detects a damaged code; it does not stop a learner from forging one.
 */
import { completionRules } from '../course/completion';
import { emptyProgress, type Assignment, type ProgressData } from '../progress/types';
import type { OutcomeKind } from '../sim/types';
import { pack, unpack } from './assignment';
import { crc32Hex } from './checksum';
import { open, seal } from './envelope';
import { allSimulators, type CourseModule } from './items';
import { COURSE_VERSION } from './version';

export const RECORD_PREFIX = 'KR';
export const RECORD_FORMAT = 1;
export const RECORD_FILE_FORMAT = 'kam-completion-record';

export interface CompletionRecord {
  /** Derived from learner and results: the same state always gets the same id (the certificate shows it). */
  id: string;
  courseVersion: string;
  name: string;
  employeeId: string;
  /** ISO time of the export, to the minute. */
  exportedAt: string;
  assignment?: Assignment;
  /** The results rebuilt as stored progress, so completion rules apply to them unchanged. */
  progress: ProgressData;
}

const OUTCOMES: OutcomeKind[] = ['compliance', 'loss', 'partial', 'win'];
const EXAM = completionRules.course.finalExamId;
const MAX_MINUTE = 100_000_000; // year 2160: far enough, and it rejects nonsense

/** Times travel as whole minutes since 1970 (0 = none): shorter than ISO strings. */
const toMin = (iso: string | undefined) => (iso && !Number.isNaN(Date.parse(iso)) ? Math.floor(Date.parse(iso) / 60_000) : 0);
const fromMin = (m: number) => (m > 0 ? new Date(m * 60_000).toISOString() : undefined);

type ModuleRow = [chapter: number, readAt: number, seen: 0 | 1, quizAttempts: number, quizBest: number, quizPassed: 0 | 1, quizLastAt: number];
type SimRow = [id: string, plays: number, bestScore: number, outcome: number, completedAt: number];
type ExamRow = [attempts: number, best: number, lastAt: number];

interface Packed {
  v: string;
  n: string;
  e: string;
  t: number;
  a?: ReturnType<typeof pack>;
  m: ModuleRow[];
  s: SimRow[];
  x?: ExamRow;
}

function packResults(p: ProgressData, modules: CourseModule[]): Pick<Packed, 'm' | 's' | 'x'> {
  const m: ModuleRow[] = [];
  for (const mod of modules) {
    const read = p.modules[mod.slug];
    const quiz = mod.quiz ? p.quizzes[mod.quiz] : undefined;
    if (!read && !quiz) continue;
    const seen = read?.lastSeenAt || read?.readAt ? 1 : 0;
    m.push([mod.chapter, toMin(read?.readAt), seen, quiz?.attempts ?? 0, Math.round(quiz?.bestPercent ?? 0), quiz?.passed ? 1 : 0, toMin(quiz?.lastAt)]);
  }
  const s: SimRow[] = [];
  for (const id of allSimulators()) {
    const sim = p.simulators[id];
    if (!sim || sim.plays === 0) continue;
    s.push([id, sim.plays, Math.round(sim.bestScore), sim.bestOutcome ? OUTCOMES.indexOf(sim.bestOutcome) : -1, toMin(sim.completedAt)]);
  }
  const exam = p.quizzes[EXAM];
  return exam && exam.attempts > 0 ? { m, s, x: [exam.attempts, Math.round(exam.bestPercent), toMin(exam.lastAt)] } : { m, s };
}

/** Formats the record id: CRC-32 of learner and results, "3F2A-9C1B". */
function recordId(p: Pick<Packed, 'n' | 'e' | 'm' | 's' | 'x'>): string {
  const hex = crc32Hex(JSON.stringify([p.n, p.e, p.m, p.s, p.x ?? null])).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

/** The id the record exported now would carry (the certificate quotes it). */
export function currentRecordId(progress: ProgressData, modules: CourseModule[]): string {
  return recordId({ n: progress.learner.name.trim(), e: progress.learner.employeeId.trim(), ...packResults(progress, modules) });
}

export function encodeRecord(progress: ProgressData, modules: CourseModule[], now = new Date()): string {
  const packed: Packed = { v: COURSE_VERSION, n: progress.learner.name.trim(), e: progress.learner.employeeId.trim(), t: toMin(now.toISOString()), ...packResults(progress, modules) };
  if (progress.assignment) {
    const { receivedAt: _r, ...assignment } = progress.assignment;
    packed.a = pack(assignment);
  }
  return seal(RECORD_PREFIX, RECORD_FORMAT, packed);
}

// ---- decoding ---------------------------------------------------------------------------------

const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isRow = (v: unknown, n: number): v is unknown[] => Array.isArray(v) && v.length === n;

function unpackResults(raw: Record<string, unknown>, modules: CourseModule[]): ProgressData | string {
  const p = emptyProgress();
  if (!Array.isArray(raw.m) || raw.m.length > 40 || !Array.isArray(raw.s) || raw.s.length > 10) return '缺少学习结果';
  for (const row of raw.m) {
    if (!isRow(row, 7)) return '章节结果格式不对';
    const [chapter, readAt, seen, attempts, best, passed, lastAt] = row;
    const mod = modules.find((x) => x.chapter === chapter);
    if (!mod) return `没有第 ${String(chapter)} 章`;
    if (!isInt(readAt, 0, MAX_MINUTE) || !isInt(seen, 0, 1) || !isInt(attempts, 0, 1e6) || !isInt(best, 0, 100) || !isInt(passed, 0, 1) || !isInt(lastAt, 0, MAX_MINUTE)) {
      return `第 ${chapter} 章的结果超出范围`;
    }
    const at = fromMin(readAt);
    if (at || seen) p.modules[mod.slug] = at ? { readAt: at, lastSeenAt: at } : { lastSeenAt: new Date(0).toISOString() };
    if (mod.quiz && attempts > 0) {
      p.quizzes[mod.quiz] = { attempts, bestPercent: best, lastPercent: best, passed: passed === 1, lastQuestionIds: [], lastAnswers: {}, lastAt: fromMin(lastAt) };
    }
  }
  for (const row of raw.s) {
    if (!isRow(row, 5)) return '模拟演练结果格式不对';
    const [id, plays, best, outcome, completedAt] = row;
    if (!allSimulators().includes(id as never)) return `没有模拟演练「${String(id).slice(0, 20)}」`;
    if (!isInt(plays, 1, 1e6) || !isInt(best, 0, 100) || !isInt(outcome, -1, 3) || !isInt(completedAt, 0, MAX_MINUTE)) return '模拟演练结果超出范围';
    p.simulators[id as string] = { plays, bestScore: best, bestOutcome: OUTCOMES[outcome], completedAt: fromMin(completedAt) };
  }
  if (raw.x !== undefined) {
    const x = raw.x;
    if (!isRow(x, 3) || !isInt(x[0], 1, 1e6) || !isInt(x[1], 0, 100) || !isInt(x[2], 0, MAX_MINUTE)) return '结业考试结果格式不对';
    p.quizzes[EXAM] = { attempts: x[0], bestPercent: x[1], lastPercent: x[1], passed: x[1] >= completionRules.course.finalExamPercent, lastQuestionIds: [], lastAnswers: {}, lastAt: fromMin(x[2]) };
  }
  // Undefined times would only clutter the rebuilt objects.
  return JSON.parse(JSON.stringify(p)) as ProgressData;
}

export type RecordResult = { ok: true; record: CompletionRecord } | { ok: false; error: string };

export interface DecodeOptions {
  /** Records already kept in the roster stay readable after the course is updated. */
  anyCourseVersion?: boolean;
}

export function decodeRecord(code: string, modules: CourseModule[], options: DecodeOptions = {}): RecordResult {
  const opened = open(RECORD_PREFIX, RECORD_FORMAT, code);
  if (!opened.ok) {
    if (opened.reason === 'newer') return { ok: false, error: `记录格式（第 ${opened.format} 版）比本页新，请先更新课程页面再导入。` };
    if (opened.reason === 'not-ours') return { ok: false, error: '这不是本课程的完成记录（完成记录代码以 KR 开头）。' };
    return { ok: false, error: '记录已损坏（校验不通过），可能复制时不完整，请让学员重新导出。' };
  }
  const raw = opened.payload;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: '记录内容无法识别。' };
  const r = raw as Record<string, unknown>;
  if (typeof r.v !== 'string') return { ok: false, error: '记录内容无法识别（缺少课程版本）。' };
  if (r.v !== COURSE_VERSION && !options.anyCourseVersion) {
    return { ok: false, error: `记录来自不同版本的课程（v${r.v.slice(0, 20)}，本页为 v${COURSE_VERSION}），请让学员更新后重新导出。` };
  }
  if (typeof r.n !== 'string' || r.n.trim() === '' || r.n.length > 80) return { ok: false, error: '记录缺少学员姓名，请让学员在「我的学习」填写姓名后重新导出。' };
  if (typeof r.e !== 'string' || r.e.length > 40 || !isInt(r.t, 1, MAX_MINUTE)) return { ok: false, error: '记录内容无法识别（学员信息或导出时间有误）。' };
  let assignment: Assignment | undefined;
  if (r.a !== undefined) {
    assignment = unpack(r.a) ?? undefined;
    if (!assignment) return { ok: false, error: '记录内容无法识别（学习任务有误）。' };
  }
  const progress = unpackResults(r, modules);
  if (typeof progress === 'string') return { ok: false, error: `记录内容无法识别（${progress}）。` };
  progress.learner = { name: r.n, employeeId: r.e };
  const record: CompletionRecord = {
    id: recordId({ n: r.n, e: r.e, m: r.m as ModuleRow[], s: r.s as SimRow[], x: r.x as ExamRow | undefined }),
    courseVersion: r.v,
    name: r.n,
    employeeId: r.e,
    exportedAt: fromMin(r.t)!,
    progress,
  };
  if (assignment) record.assignment = assignment;
  return { ok: true, record };
}

/** The file a learner saves: the code plus a few readable lines for whoever opens it. */
export function recordFile(code: string, progress: ProgressData, now = new Date()): string {
  return JSON.stringify(
    {
      format: RECORD_FILE_FORMAT,
      course: '关键客户管理',
      learner: progress.learner.name,
      employeeId: progress.learner.employeeId,
      cohort: progress.assignment?.cohort,
      exportedAt: now.toISOString(),
      note: '培训管理员在「培训管理」页导入本文件。请勿修改，改动会使记录校验不通过。',
      code,
    },
    null,
    2,
  );
}

/**
 * Every record code in a pasted text or a file. Text that looks like a code but is damaged is still
 * returned, so it is rejected with a reason instead of silently skipped.
 */
export function findRecordCodes(text: string): string[] {
  return [...text.matchAll(/(?<![A-Za-z0-9_-])KR\d+\.[A-Za-z0-9_.-]*/g)].map((m) => m[0]);
}
