/**
 * Checks of the course text itself: the syllabus is covered once and in full, cases are linked,
 * the legal facts the chapters teach are stated where they are taught, and no article is cited
 * that is not on the law-facts sheet.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allSyllabusItems, syllabus } from '../../src/course/syllabus';
import { readCases, readModules, ROOT } from './helpers/content';

const modules = readModules();
const cases = readCases();
const headingsOf = (body: string) => [...body.matchAll(/^#{2,4}\s+(.+?)\s*$/gm)].map((m) => m[1]!);

describe('syllabus coverage', () => {
  it('has the eleven chapter files, one per syllabus chapter', () => {
    expect(modules.map((m) => m.id)).toEqual(syllabus.map((c) => c.slug));
    modules.forEach((m, i) => expect(m.data.chapter).toBe(i + 1));
  });

  it('lists every syllabus item in exactly one module, which has it as a heading', () => {
    for (const item of allSyllabusItems) {
      const owners = modules.filter((m) => m.data.syllabusItems.includes(item.id));
      expect(owners.map((o) => o.id), item.id).toHaveLength(1);
      const expected = item.number ? `${item.number} ${item.title}` : item.title;
      expect(headingsOf(owners[0]!.body), `${owners[0]!.file} heading for ${item.id}`).toContain(expected);
    }
    const known = new Set(allSyllabusItems.map((i) => i.id));
    for (const m of modules) for (const id of m.data.syllabusItems) expect(known.has(id), `${m.file}: ${id}`).toBe(true);
  });

  it('keeps the syllabus items in syllabus order within each chapter', () => {
    for (const chapter of syllabus) {
      const body = modules.find((m) => m.id === chapter.slug)!.body;
      const positions = chapter.items.map((i) => body.indexOf(i.number ? `${i.number} ${i.title}` : i.title));
      expect(positions, chapter.slug).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('has no placeholder text left', () => {
    for (const m of modules) expect(m.body + JSON.stringify(m.data), m.file).not.toContain('待内容撰写补全');
  });
});

describe('cases', () => {
  it('has at least one case per chapter and two for chapters 1, 6, 7 and 8', () => {
    for (let n = 1; n <= 11; n++) {
      const count = cases.filter((c) => c.data.chapter === n).length;
      expect(count, `chapter ${n}`).toBeGreaterThanOrEqual([1, 6, 7, 8].includes(n) ? 2 : 1);
    }
  });

  it('links every case from its module, in frontmatter and in the text', () => {
    for (const c of cases) {
      const owner = modules.find((m) => m.data.chapter === c.data.chapter)!;
      expect(owner.data.cases, `${c.id} in ${owner.file} frontmatter`).toContain(c.id);
      expect(owner.body, `${c.id} linked in ${owner.file}`).toContain(`<CaseLink id="${c.id}"`);
    }
  });
});

describe('legal facts are stated where they are taught (law-facts.md)', () => {
  const text = (n: number) => modules.find((m) => m.data.chapter === n)!.body.replace(/\s+/g, '');
  it.each([
    [6, ['投标截止时间10日前', '20日', '3日内', '开标现场', '招标投标法第44条', '实施条例第22条']],
    [7, ['7个工作日', '15个工作日', '10日内', '公示期', '94号令第42条', '实施条例第60条']],
    [8, ['30日内', '5日内', '10%', '招标投标法第46条', '实施条例第58条']],
    [9, ['主体结构', '建筑法第29条', '招标投标法第48条']],
    [10, ['建设工程质量管理条例第16条', '方可交付使用']],
    [11, ['30日内', '60日']],
    [2, ['刑法第390条之一']],
    [4, ['刑法第164条', '刑法第390条之一']],
  ])('chapter %i states %j', (chapter, facts) => {
    for (const fact of facts) expect(text(chapter), `chapter ${chapter}: ${fact}`).toContain(fact);
  });
});

describe('every article cited anywhere is on the law-facts sheet', () => {
  // Articles on shared/reference/law-facts.md, per source. 反不正当竞争法 is cited as 第7条 (2019) or 第8条 (2025, to be checked).
  const SHEET: Record<string, string[]> = {
    招标投标法实施条例: ['22', '44', '54', '57', '58', '60', '61'],
    实施条例: ['22', '44', '54', '57', '58', '60', '61', '53'],
    招标投标法: ['24', '32', '44', '46', '48', '53'],
    政府采购法实施条例: ['53'],
    政府采购法: ['46', '52', '53', '55', '56', '57'],
    '94号令': ['10', '13', '17', '21', '26', '28', '42'],
    '87号令': ['69', '71'],
    刑法: ['389', '390', '390条之一', '164', '223', '391', '393'],
    反不正当竞争法: ['7', '8'],
    建筑法: ['28', '29'],
    建设工程质量管理条例: ['16', '78'],
  };
  const sources = Object.keys(SHEET).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(${sources.join('|')})》?\\s*(?:（[^）]*）)?\\s*第\\s*(\\d+)\\s*(条之一|条)`, 'g');

  function files(): string[] {
    const list: string[] = [];
    const walk = (dir: string, ext: RegExp) => {
      for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        const p = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(p, ext);
        else if (ext.test(e.name)) list.push(p);
      }
    };
    walk('content', /\.mdx$/);
    walk('quizzes', /\.ya?ml$/);
    walk('src/sim', /Script\.ts$/);
    return list;
  }

  it('finds only articles from the sheet', () => {
    const wrong: string[] = [];
    let cited = 0;
    for (const f of files()) {
      const body = readFileSync(join(ROOT, f), 'utf8');
      for (const m of body.matchAll(pattern)) {
        cited++;
        const article = m[3] === '条之一' ? `${m[2]}条之一` : m[2]!;
        if (!SHEET[m[1]!]!.includes(article)) wrong.push(`${f}: ${m[0]}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(cited).toBeGreaterThan(50);
  });
});
