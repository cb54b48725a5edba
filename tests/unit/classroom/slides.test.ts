import { describe, expect, it } from 'vitest';
import { htmlBlocks, retagHeading, textOf, topLevelNodes, type Block } from '../../../src/classroom/blocks';
import { DEFAULT_SPLIT, notesFor, splitSlides, type Deck } from '../../../src/classroom/slides';

const opts = { maxWeight: 10, maxBlocks: 4, introTitle: '导入' };
const h = (level: number, text: string): Block => ({ kind: 'heading', level, text, weight: 1.4 });
const p = (weight = 1, text = 'p'): Block => ({ kind: 'paragraph', text, weight });
const note = (text = 'n'): Block => ({ kind: 'note', text, weight: 0 });
const table = (weight: number): Block => ({ kind: 'table', text: 't', weight });
const titles = (d: Deck) => d.slides.map((s) => `${s.title}${s.continued ? '（续）' : ''}`);

describe('splitSlides', () => {
  it('starts a slide at every h2 and h3, with the intro first', () => {
    const d = splitSlides([p(), h(2, 'A'), p(), h(3, 'A.1'), p(), h(2, 'B'), p()], opts);
    expect(titles(d)).toEqual(['导入', 'A', 'A.1', 'B']);
    expect(d.slides[2]!.kicker).toBe('A');
    expect(d.slides.map((s) => s.blocks)).toEqual([[0], [2], [4], [6]]);
  });

  it('an h2 followed at once by its h3 becomes their kicker, not an empty slide', () => {
    const d = splitSlides([h(2, 'A'), h(3, 'A.1'), p(), h(3, 'A.2'), p()], opts);
    expect(titles(d)).toEqual(['A.1', 'A.2']);
    expect(d.slides.every((s) => s.kicker === 'A')).toBe(true);
  });

  it('a heading with nothing under it and no h3 still gets its own slide', () => {
    expect(titles(splitSlides([h(2, 'A'), h(2, 'B'), p()], opts))).toEqual(['A', 'B']);
  });

  it('keeps a short section on one slide, h4 groups included', () => {
    const d = splitSlides([h(2, 'A'), h(4, 'a'), p(), h(4, 'b'), p()], opts);
    expect(d.slides).toHaveLength(1);
    expect(d.slides[0]!.blocks).toEqual([1, 2, 3, 4]);
  });

  it('cuts a long section at its h4 sub-headings', () => {
    const d = splitSlides([h(2, 'A'), h(4, 'a'), p(4), p(3), h(4, 'b'), p(3), h(4, 'c'), p(1)], opts);
    expect(titles(d)).toEqual(['A', 'A（续）']);
    expect(d.slides.map((s) => s.blocks)).toEqual([[1, 2, 3], [4, 5, 6, 7]]);
    expect(d.slides[1]!.carriedHeading).toBeUndefined();
  });

  it('cuts after N blocks when a sub-section alone is too long, naming it again', () => {
    const d = splitSlides([h(2, 'A'), h(4, 'a'), p(), p(), p(), p(), p(), p(), p()], opts);
    expect(d.slides.map((s) => s.blocks)).toEqual([[1, 2, 3, 4], [5, 6, 7, 8]]);
    expect(d.slides[1]!.carriedHeading).toBe('a');
    expect(d.slides.every((s) => s.blocks.length <= opts.maxBlocks)).toBe(true);
  });

  it('never leaves a sub-heading alone at the bottom of a slide', () => {
    const d = splitSlides([h(2, 'A'), p(8), h(4, 'a'), p(8), p(8)], opts);
    for (const s of d.slides) {
      const last = s.blocks.at(-1)!;
      expect(last === 2 && s.blocks.length > 0, `slide ends with the h4: ${s.blocks}`).toBe(false);
    }
    expect(d.slides.map((s) => s.blocks)).toEqual([[1], [2, 3], [4]]);
  });

  it('keeps a table bigger than a slide whole, on a slide of its own', () => {
    const d = splitSlides([h(2, 'A'), p(2), table(25), p(2)], opts);
    expect(d.slides.map((s) => s.blocks)).toEqual([[1], [2], [3]]);
    expect(d.slides[1]!.weight).toBe(25);
  });

  it('attaches notes to their section and never lets them change the split', () => {
    const withNotes = [p(), note(), h(2, 'A'), h(4, 'a'), p(5), note(), p(5), h(2, 'B'), p(), note(), note()];
    const withoutNotes = withNotes.filter((b) => b.kind !== 'note');
    const a = splitSlides(withNotes, opts);
    const b = splitSlides(withoutNotes, opts);
    expect(titles(a)).toEqual(titles(b));
    const texts = (d: Deck, blocks: Block[]) => d.slides.map((s) => s.blocks.map((i) => blocks[i]!.weight));
    expect(texts(a, withNotes)).toEqual(texts(b, withoutNotes));
    expect(a.sections.map((s) => s.notes)).toEqual([[1], [5], [9, 10]]);
    // Both slides of section A show its note.
    expect(a.slides.filter((s) => s.title === 'A')).toHaveLength(2);
    expect(notesFor(a, 1)).toEqual([5]);
    expect(notesFor(a, 2)).toEqual([5]);
    expect(notesFor(a, 99)).toEqual([]);
  });

  it('notes under an h2 that only introduces h3s move on to the first h3', () => {
    const d = splitSlides([h(2, 'A'), note('x'), h(3, 'A.1'), p()], opts);
    expect(d.sections.map((s) => [s.title, s.notes])).toEqual([['A.1', [1]]]);
  });

  it('gives the same slides for random lessons with and without notes', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 200; run++) {
      const blocks: Block[] = [];
      for (let i = 0; i < 40; i++) {
        const r = rnd();
        blocks.push(r < 0.1 ? h(2, `h${i}`) : r < 0.15 ? h(3, `h${i}`) : r < 0.3 ? h(4, `h${i}`) : r < 0.4 ? note() : r < 0.45 ? table(5 + rnd() * 20) : p(0.5 + rnd() * 4, `p${i}`));
      }
      const plain = blocks.filter((b) => b.kind !== 'note');
      const key = (d: Deck, bs: Block[]) => d.slides.map((s) => [s.title, s.continued, s.carriedHeading, s.blocks.map((i) => bs[i]!.text)]);
      const withNotes = splitSlides(blocks, { ...DEFAULT_SPLIT, introTitle: 'i' });
      expect(key(withNotes, blocks)).toEqual(key(splitSlides(plain, { ...DEFAULT_SPLIT, introTitle: 'i' }), plain));
      // Every projected block appears exactly once, in order.
      const shown = withNotes.slides.flatMap((s) => s.blocks);
      const expected = blocks.map((b, i) => [b, i] as const).filter(([b]) => b.kind !== 'note' && !(b.kind === 'heading' && b.level! <= 3)).map(([, i]) => i);
      expect(shown).toEqual(expected);
      for (const s of withNotes.slides) {
        expect(s.blocks.length).toBeLessThanOrEqual(DEFAULT_SPLIT.maxBlocks);
        // Only a single block too big for any slide (with its sub-heading) may overflow the budget.
        if (s.blocks.filter((i) => blocks[i]!.kind !== 'heading').length > 1) expect(s.weight).toBeLessThanOrEqual(DEFAULT_SPLIT.maxWeight);
        // A sub-heading ends a slide only when nothing follows it in its section.
        const last = s.blocks.at(-1);
        if (last !== undefined && blocks[last]!.kind === 'heading') {
          const after = blocks.slice(last + 1).find((b) => b.kind !== 'note');
          expect(after === undefined || (after.kind === 'heading' && after.level! <= 3), `lonely h4 at ${last}`).toBe(true);
        }
      }
    }
  });
});

// HTML as the MDX pipeline renders a lesson (components included).
const LESSON = `
<blockquote>
<p>拿到招标文件后启动投标程序</p>
</blockquote>
<p>投标是整个关键客户工作里最“硬”的一段 &amp; 最重要的一段。</p>
<h2 id="s-6-1">6.1 成立投标团队</h2>
<h4 id="一句话要点">一句话要点</h4>
<p>一个项目只能有一个投标负责人。</p>
<table><thead><tr><th>角色</th><th>职责</th></tr></thead><tbody><tr><td>投标负责人</td><td>计划、分工</td></tr><tr><td>技术负责人</td><td>技术条款响应</td></tr></tbody></table>
<!-- a comment -->
<fieldset class="checklist" data-checklist="x" data-astro-cid-abc><legend>清单</legend><ul><li><label><input type="checkbox" data-check-id="x-1"><span>一</span></label></li><li><label><input type="checkbox"><span>二</span></label></li></ul></fieldset>
<aside class="trainer-only trainer-note" data-trainer-note data-pagefind-ignore="all" aria-label="讲师备注"><p class="trainer-note__title">讲师备注（约 8 分钟）</p><p>请学员说出 a &lt; b。</p></aside>
<aside class="callout callout--compliance" aria-label="合规提示"><p class="callout__title"><span aria-hidden="true">⚖</span>合规提示</p><div class="callout__body"><p>不得私下接触评标专家。</p></div></aside>
<div class="steps"><ol><li>一</li><li>二</li><li>三</li></ol></div>
<a class="case-link" href="/cases/c06/"><span>案例研讨</span></a>
<img src="x.png" alt="图">
<style>.x > p { color: red }</style>
`;

describe('htmlBlocks', () => {
  const blocks = htmlBlocks(LESSON);

  it('finds the top-level blocks and their kinds', () => {
    expect(blocks.map((b) => b.kind)).toEqual(['quote', 'paragraph', 'heading', 'heading', 'paragraph', 'table', 'checklist', 'note', 'callout', 'list', 'case-link', 'other', 'other']);
    expect(blocks[2]).toMatchObject({ level: 2, text: '6.1 成立投标团队' });
    expect(blocks[3]).toMatchObject({ level: 4, text: '一句话要点' });
    expect(blocks[1]!.text).toContain('& 最重要');
    expect(blocks[7]!.weight).toBe(0);
    expect(blocks[12]!.weight).toBe(0);
  });

  it('keeps each block’s HTML whole, nested tags included', () => {
    expect(blocks[5]!.html.startsWith('<table>') && blocks[5]!.html.endsWith('</table>')).toBe(true);
    expect(blocks[6]!.html).toContain('<input type="checkbox" data-check-id="x-1">');
    expect(blocks[6]!.html.endsWith('</fieldset>')).toBe(true);
    expect(blocks[7]!.html).toContain('a &lt; b');
    expect(blocks.map((b) => b.html).join('')).not.toContain('a comment');
  });

  it('weighs long text, table rows and list items', () => {
    const long = htmlBlocks(`<p>${'字'.repeat(200)}</p><p>短</p>`);
    expect(long[0]!.weight).toBeGreaterThan(long[1]!.weight * 3);
    const rows = (n: number) => htmlBlocks(`<table>${'<tr><td>a</td><td>b</td></tr>'.repeat(n)}</table>`)[0]!.weight;
    expect(rows(8)).toBeGreaterThan(rows(2));
    expect(blocks[9]!.weight).toBeGreaterThan(3);
  });

  it('splits the real shape into slides with the note beside, not on, the slide', () => {
    const deck = splitSlides(blocks, { ...DEFAULT_SPLIT, introTitle: '投标' });
    expect(deck.slides[0]!.title).toBe('投标');
    expect(deck.slides.flatMap((s) => s.blocks)).not.toContain(7);
    expect(deck.sections[1]!.notes).toEqual([7]);
  });

  it('handles text at top level, quotes with ">" in attributes, and unclosed tags', () => {
    const nodes = topLevelNodes('loose text<p title="a > b">x</p><div><p>open');
    expect(nodes.map((n) => n.tag)).toEqual([null, 'p', 'div']);
    expect(nodes[1]!.html).toBe('<p title="a > b">x</p>');
  });

  it('treats the pipeline’s "sub-" h3 (an h4 under an h2) as a sub-heading, an authored h3 as a section', () => {
    const b = htmlBlocks('<h2 id="s-6-1">6.1 x</h2><h3 id="sub-1">一句话要点</h3><p>a</p><h3 id="s-5-1-1">5.1.1 y</h3><p>b</p>');
    expect(b.map((x) => x.level)).toEqual([2, 4, undefined, 3, undefined]);
    const deck = splitSlides(b, { ...DEFAULT_SPLIT, introTitle: 'i' });
    expect(deck.slides.map((s) => s.title)).toEqual(['6.1 x', '5.1.1 y']);
  });

  it('decodes entities in text and retags headings', () => {
    expect(textOf('<p>A&nbsp;&amp;&#x4e2d;&#25991;<br/>B</p>')).toBe('A &中文 B');
    expect(retagHeading('<h4 id="x" class="y">要点</h4>', 3)).toBe('<h3 id="x" class="y">要点</h3>');
    expect(retagHeading('<p>x</p>', 3)).toBe('<p>x</p>');
  });
});
