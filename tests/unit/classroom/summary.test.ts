import { describe, expect, it } from 'vitest';
import { caseSummaryMarkdown, mdText, pointLines, simSummaryMarkdown, summaryFileName } from '../../../src/classroom/summary';
import { voteRecord } from '../../../src/classroom/votes';

describe('typed text stays text', () => {
  it('escapes Markdown and HTML', () => {
    expect(mdText('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(mdText('# 标题 *重点* [链接](x) a|b')).toBe('\\# 标题 \\*重点\\* \\[链接\\](x) a\\|b');
    expect(mdText('- 不是列表')).toBe('\\- 不是列表');
    expect(mdText('1. 不是编号')).toBe('1\\. 不是编号');
    expect(mdText('多行\n文本')).toBe('多行 文本');
  });

  it('splits points into lines, dropping the bullets the trainer typed', () => {
    expect(pointLines('- 先核对开标记录\n\n2. 当场异议\n• 不私下接触专家\n   ')).toEqual(['先核对开标记录', '当场异议', '不私下接触专家']);
  });
});

describe('case summary', () => {
  const md = caseSummaryMarkdown({
    title: '开标当天的四件事',
    chapter: '第六章',
    minutes: 30,
    questions: ['哪些事项当场异议？', '走廊搭话怎么办？'],
    groups: [
      { id: 'g1', name: '第一组', points: '当场异议唱标错误\n<b>不</b>发微信' },
      { id: 'g2', name: '', points: '' },
    ],
    date: '2026-06-16 10:40',
  });

  it('has the questions and every group with its points', () => {
    expect(md).toContain('# 案例研讨记录：开标当天的四件事');
    expect(md).toContain('1. 哪些事项当场异议？\n2. 走廊搭话怎么办？');
    expect(md).toContain('### 第一组\n\n- 当场异议唱标错误\n- \\<b\\>不\\</b\\>发微信');
    expect(md).toContain('### 第 2 组\n\n（未记录要点）');
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toContain('<b>');
  });

  it('says so when no group was recorded', () => {
    expect(caseSummaryMarkdown({ title: 'x', chapter: '第一章', minutes: 5, questions: [], groups: [], date: 'd' })).toContain('（本次没有记录要点。）');
  });
});

describe('simulator summary', () => {
  const step = { stepId: 's1', speaker: '招标代理 王经理', prompt: '第一段\n\n第二段', choices: [{ id: 'a', label: '提出异议' }, { id: 'b', label: '私下找专家|打招呼' }] };
  const records = [voteRecord(step, 1, { a: 12, b: 3 }, 'a', 'majority'), voteRecord(step, 2, { a: 5, b: 5 }, 'b', 'tie-break'), voteRecord(step, 3, {}, 'a', 'picked')];

  it('lists each step with votes, the class choice and how it was decided', () => {
    const md = simSummaryMarkdown({ title: '质疑、异议与投诉', date: '2026-06-16', records });
    expect(md).toContain('- 结果：演练尚未结束');
    expect(md).toContain('### 第 1 步 · 招标代理 王经理\n\n> 第一段\n> 第二段');
    expect(md).toContain('| 1. 提出异议 **（全班选择）** | 12 |');
    expect(md).toContain('| 2. 私下找专家\\|打招呼 | 3 |');
    expect(md).toContain('决定方式：平票，讲师在并列选项中选定');
    expect(md).toContain('| 1. 提出异议 **（全班选择）** | — |');
  });

  it('names the ending, its score and the article', () => {
    const md = simSummaryMarkdown({
      title: 't',
      date: 'd',
      records,
      outcome: { kind: '合规失败', title: '私下接触评标专家', score: 0, summary: '中标无效。', article: '招标投标法第44条' },
    });
    expect(md).toContain('- 结果：合规失败：私下接触评标专家（得分 0 / 100）');
    expect(md).toContain('- 依据：招标投标法第44条');
  });

  it('file names are safe', () => {
    expect(summaryFileName('case', 'c06-opening-day', '2026-06-16 10:40')).toBe('kam-case-c06-opening-day-2026-06-16-10-40.md');
    expect(summaryFileName('simulate', '../x', '')).toBe('kam-simulate-x-today.md');
  });
});
