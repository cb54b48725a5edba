import { describe, expect, it } from 'vitest';
import { allocateQuestions, examPlan } from '../../../src/quiz/exam';
import { formatClock, remainingSeconds, warningFor } from '../../../src/quiz/timer';
import { sectionAnchor, sectionLink, sectionLinks } from '../../../src/quiz/links';
import { syllabus } from '../../../src/course/syllabus';
import { sampleBank } from './sample';

// durationMinutes of chapters 1–11 (content/modules frontmatter, 3-day agenda).
const minutes = [90, 90, 90, 120, 90, 180, 120, 90, 90, 60, 60];
const course = minutes.map((weight, i) => ({ chapter: i + 1, weight, available: 14 }));

describe('final exam allocation', () => {
  it('30 questions weighted by teaching time, largest remainder, at least one each', () => {
    const counts = allocateQuestions(course, 30);
    const list = course.map((c) => counts.get(c.chapter));
    // Quotas: 90 → 2.5, 120 → 3.33, 180 → 5, 60 → 1.67. Floors sum to 25; the 5 seats left go to the
    // remainders .67 (ch. 10, 11), then .5 (earliest first: ch. 1, 2, 3).
    expect(list).toEqual([3, 3, 3, 3, 2, 5, 3, 2, 2, 2, 2]);
    expect(list.reduce((s, n) => s! + n!, 0)).toBe(30);
  });

  it('gives a light chapter one question even when its quota rounds to zero', () => {
    const counts = allocateQuestions(
      [
        { chapter: 1, weight: 1000, available: 20 },
        { chapter: 2, weight: 10, available: 20 },
        { chapter: 3, weight: 10, available: 20 },
      ],
      10,
    );
    expect([...counts.values()]).toEqual([8, 1, 1]);
  });

  it('never takes more than a bank holds and moves the rest elsewhere', () => {
    const counts = allocateQuestions(course.map((c) => (c.chapter === 6 ? { ...c, available: 2 } : c)), 30);
    expect(counts.get(6)).toBe(2);
    expect([...counts.values()].reduce((s, n) => s + n, 0)).toBe(30);
  });

  it('asks no more than all banks hold and skips empty banks', () => {
    const counts = allocateQuestions([{ chapter: 1, weight: 90, available: 3 }, { chapter: 2, weight: 90, available: 0 }], 30);
    expect([...counts]).toEqual([[1, 3]]);
  });

  it('builds one group per chapter and refuses ids shared by two banks', () => {
    const banks = [
      { id: '01-a', chapter: 1, questions: sampleBank.questions.slice(0, 4) },
      { id: '02-b', chapter: 2, questions: sampleBank.questions.slice(4) },
    ];
    const plan = examPlan(banks, new Map([[1, 90], [2, 90]]), 4);
    expect(plan.groups.map((g) => g.count)).toEqual([2, 2]);
    expect(plan.groups[0]!.ids).toEqual(sampleBank.questions.slice(0, 4).map((q) => q.id));
    expect(plan.pool).toHaveLength(8);
    const clash = [banks[0]!, { ...banks[1]!, questions: sampleBank.questions.slice(3) }];
    expect(() => examPlan(clash, new Map([[1, 90], [2, 90]]), 4)).toThrow(/q90-04.*01-a\.yaml.*02-b\.yaml/);
  });
});

describe('exam countdown', () => {
  const start = '2026-03-02T09:00:00.000Z';
  it('counts down from the start, survives a reload, stops at 0', () => {
    expect(remainingSeconds(start, 60, new Date('2026-03-02T09:00:00Z'))).toBe(3600);
    expect(remainingSeconds(start, 60, new Date('2026-03-02T09:59:30.500Z'))).toBe(30);
    expect(remainingSeconds(start, 60, new Date('2026-03-02T11:00:00Z'))).toBe(0);
    expect(remainingSeconds('garbage', 60, new Date())).toBe(0);
  });
  it('formats the clock', () => {
    expect(formatClock(3600)).toBe('1:00:00');
    expect(formatClock(59 * 60 + 7)).toBe('59:07');
    expect(formatClock(5)).toBe('0:05');
  });
  it('warns once as each threshold is crossed', () => {
    expect(warningFor(301, 300)).toBe(300);
    expect(warningFor(300, 299)).toBeUndefined();
    expect(warningFor(61, 59)).toBe(60);
  });
});

describe('lesson links', () => {
  it('point to the module page and the section anchor', () => {
    expect(sectionLink('6.2')).toEqual({ label: '6.2 组织团队学习、分析招标文件', path: '/modules/06-bidding/#s-6-2' });
    expect(sectionLink('8.2b')).toMatchObject({ label: '8.2 与技术、财务部门沟通合同条款', path: '/modules/08-contract-signing/#s-8-2b' });
    expect(sectionLink('11')).toEqual({ label: '第11章 回款', path: '/modules/11-collection/#s-11' });
    expect(sectionLink('6.99')).toBeUndefined();
  });
  it('the anchor rule matches every syllabus item', () => {
    for (const c of syllabus) for (const item of c.items) expect(sectionAnchor(item.id)).toMatch(/^s-\d+(-\d+)*(b|-models)?$/);
  });
  it('applies the site base', () => {
    const links = sectionLinks(['6.2', 'nope'], (p) => '/course' + p);
    expect(links).toEqual({ '6.2': { label: '6.2 组织团队学习、分析招标文件', href: '/course/modules/06-bidding/#s-6-2' } });
  });
});
