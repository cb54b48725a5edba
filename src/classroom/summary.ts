/**
 * Markdown summaries of a class session, for the trainer to download and send round. Everything the
 * trainer typed is escaped, so a point like "<b>报价</b>" or "# 重要" stays text in any Markdown viewer.
 */
import type { VoteMethod, VoteRecord } from './votes';

/** Backslash-escapes Markdown and HTML syntax in one line of typed text. */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>#|~&!]/g, '\\$&')
    .replace(/^([+-])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Each non-empty line of a free-text box, without the bullet or number the trainer may have typed. */
export function pointLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•·]|\d+[.)、])\s*/, '').trim())
    .filter((l) => l.length > 0);
}

export interface GroupPoints {
  id: string;
  /** "第一组", or whatever the trainer called it. */
  name: string;
  /** Free text, one point a line. */
  points: string;
}

export interface CaseSummaryInput {
  title: string;
  chapter: string;
  minutes: number;
  questions: readonly string[];
  groups: readonly GroupPoints[];
  /** When the summary was made, already formatted ("2026-06-16 10:40"). */
  date: string;
}

export function caseSummaryMarkdown(input: CaseSummaryInput): string {
  const out: string[] = [`# 案例研讨记录：${mdText(input.title)}`, ''];
  out.push(`- 章节：${mdText(input.chapter)}`, `- 时间：${mdText(input.date)}`, `- 讨论用时：${input.minutes} 分钟`, '');
  out.push('## 讨论题', '');
  input.questions.forEach((q, i) => out.push(`${i + 1}. ${mdText(q)}`));
  out.push('', '## 各组要点', '');
  if (input.groups.length === 0) out.push('（本次没有记录要点。）', '');
  for (const [i, g] of input.groups.entries()) {
    out.push(`### ${mdText(g.name) || `第 ${i + 1} 组`}`, '');
    const lines = pointLines(g.points);
    if (lines.length === 0) out.push('（未记录要点）');
    else lines.forEach((l) => out.push(`- ${mdText(l)}`));
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

export const METHOD_LABEL: Record<VoteMethod, string> = {
  majority: '多数票',
  'tie-break': '平票，讲师在并列选项中选定',
  picked: '讲师按全班讨论直接选定',
};

export interface SimOutcomeSummary {
  /** "赢得结果", "合规失败"… */
  kind: string;
  title: string;
  score: number;
  summary: string;
  article?: string;
}

export interface SimSummaryInput {
  title: string;
  date: string;
  records: readonly VoteRecord[];
  outcome?: SimOutcomeSummary;
}

export function simSummaryMarkdown(input: SimSummaryInput): string {
  const out: string[] = [`# 全班模拟演练记录：${mdText(input.title)}`, ''];
  out.push(`- 时间：${mdText(input.date)}`, `- 已做决定：${input.records.length} 步`);
  if (input.outcome) {
    const o = input.outcome;
    out.push(`- 结果：${mdText(o.kind)}：${mdText(o.title)}（得分 ${o.score} / 100）`);
    if (o.article) out.push(`- 依据：${mdText(o.article)}`);
  } else {
    out.push('- 结果：演练尚未结束');
  }
  out.push('');
  if (input.outcome) out.push(...paragraphs(input.outcome.summary), '');
  out.push('## 全班的选择与票数', '');
  if (input.records.length === 0) out.push('（还没有投票。）', '');
  for (const r of input.records) {
    out.push(`### 第 ${r.stepNumber} 步 · ${mdText(r.speaker)}`, '');
    out.push(...paragraphs(r.prompt).map((p) => `> ${p}`), '');
    out.push('| 选项 | 票数 |', '|---|---:|');
    r.choices.forEach((c, i) => {
      const chosen = c.id === r.chosenId ? ' **（全班选择）**' : '';
      out.push(`| ${i + 1}. ${mdText(c.label)}${chosen} | ${r.method === 'picked' ? '—' : c.votes} |`);
    });
    out.push('', `决定方式：${METHOD_LABEL[r.method]}`, '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((p) => mdText(p))
    .filter(Boolean);
}

/** A file name for the download: letters, digits and dashes only, plus the date. */
export function summaryFileName(kind: 'case' | 'simulate', id: string, date: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `kam-${kind}-${safe(id) || 'session'}-${safe(date) || 'today'}.md`;
}
