/**
 * Assignment links. No server: the assignment travels in the URL fragment (`/assignment/#A1.…`), which
 * browsers never send to a server, so it stays out of access logs. Compact on purpose — it must fit a
 * QR code a phone can scan from a group chat — so chapters travel as numbers and keys are one letter.
 */
import { sanitizeAssignment } from '../progress/sanitize';
import type { Assignment, AssignmentRequirement } from '../progress/types';
import { syllabus } from '../course/syllabus';
import { open, seal } from './envelope';

export const ASSIGNMENT_PREFIX = 'A';
export const ASSIGNMENT_FORMAT = 1;

/** The compact form inside a link. */
interface Packed {
  i: string;
  c: string;
  d: string;
  t?: string;
  r: 'all' | { m: number[]; s: string[]; e: 0 | 1 };
}

const chapterOf = (slug: string) => syllabus.find((c) => c.slug === slug)?.chapter;
const slugOf = (chapter: unknown) => syllabus.find((c) => c.chapter === chapter)?.slug;

export function pack(a: Assignment): Packed {
  const r = a.required;
  const p: Packed = {
    i: a.id,
    c: a.cohort,
    d: a.due,
    r: r.whole ? 'all' : { m: r.modules.map(chapterOf).filter((n): n is number => n !== undefined), s: r.simulators, e: r.exam ? 1 : 0 },
  };
  if (a.createdOn) p.t = a.createdOn;
  return p;
}

export function unpack(p: unknown): Assignment | null {
  if (typeof p !== 'object' || p === null) return null;
  const { i, c, d, t, r } = p as Record<string, unknown>;
  let required: unknown;
  if (r === 'all') required = { whole: true, modules: [], simulators: [], exam: false };
  else if (typeof r === 'object' && r !== null) {
    const { m, s, e } = r as Record<string, unknown>;
    if (!Array.isArray(m)) return null;
    const modules = m.map(slugOf);
    if (modules.some((x) => x === undefined)) return null;
    required = { whole: false, modules, simulators: s, exam: e === 1 };
  }
  return sanitizeAssignment({ id: i, cohort: c, due: d, createdOn: t, required });
}

export const encodeAssignment = (a: Assignment) => seal(ASSIGNMENT_PREFIX, ASSIGNMENT_FORMAT, pack(a));

export type AssignmentResult = { ok: true; assignment: Assignment } | { ok: false; error: string };

const ASK_AGAIN = '请向培训管理员重新索取链接。';

/** Accepts the code itself, a `#code` fragment or a whole link. */
export function decodeAssignment(input: string): AssignmentResult {
  const text = input.trim();
  // A link without a fragment carries no assignment (a chat app may have cut it off at the #).
  let code = text.includes('#') ? text.slice(text.indexOf('#') + 1) : /^(https?:|file:|\/)/.test(text) ? '' : text;
  try {
    code = decodeURIComponent(code);
  } catch {
    /* a stray % — the checksum below will say it is damaged */
  }
  if (code === '') return { ok: false, error: `链接里没有学习任务（# 后面的部分缺失）。${ASK_AGAIN}` };
  const opened = open(ASSIGNMENT_PREFIX, ASSIGNMENT_FORMAT, code);
  if (!opened.ok) {
    if (opened.reason === 'newer') return { ok: false, error: '这个学习任务来自更新版本的课程，请刷新页面（或让管理员更新课程）后再打开。' };
    if (opened.reason === 'not-ours') return { ok: false, error: `这不是本课程的学习任务链接。${ASK_AGAIN}` };
    return { ok: false, error: `学习任务链接已损坏（校验不通过），可能复制时不完整。${ASK_AGAIN}` };
  }
  const assignment = unpack(opened.payload);
  return assignment ? { ok: true, assignment } : { ok: false, error: `学习任务的内容无法识别。${ASK_AGAIN}` };
}

export interface AssignmentInput {
  cohort: string;
  due: string;
  required: AssignmentRequirement;
}

/** Checks HR's form and makes the assignment, or says in Chinese what to fix. */
export function createAssignment(
  input: AssignmentInput,
  today: string,
  random: () => number = Math.random,
): { ok: true; assignment: Assignment } | { ok: false; error: string } {
  const cohort = input.cohort.trim();
  if (!cohort) return { ok: false, error: '请填写班级或批次名称。' };
  if (cohort.length > 60) return { ok: false, error: '班级或批次名称请控制在 60 个字以内。' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.due)) return { ok: false, error: '请选择截止日期。' };
  if (input.due < today) return { ok: false, error: '截止日期不能早于今天。' };
  const r = input.required;
  if (!r.whole && r.modules.length + r.simulators.length === 0 && !r.exam) return { ok: false, error: '请至少选择一项要求：章节、模拟演练或结业考试。' };
  const id = Array.from({ length: 8 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('');
  const assignment = sanitizeAssignment({ id, cohort, due: input.due, createdOn: today, required: r });
  return assignment ? { ok: true, assignment } : { ok: false, error: '任务内容无效，请检查所选章节。' };
}

/** The link to send: the assignment page of this site with the code in the fragment. */
export const assignmentLink = (pageUrl: string, a: Assignment) => `${pageUrl.replace(/#.*$/, '')}#${encodeAssignment(a)}`;
