/**
 * Build-time: cuts the HTML of a rendered lesson into its top-level blocks (headings, paragraphs,
 * tables, check lists, trainer notes…) and gives each a kind and a weight — roughly how many lines
 * it fills on a projected slide. The slide splitter (slides.ts) works on that list alone.
 *
 * The HTML comes from our own MDX pipeline (balanced tags, quoted attributes), so a small tokenizer
 * that only tracks nesting depth is enough; it never has to repair markup.
 */

export type BlockKind = 'heading' | 'note' | 'paragraph' | 'list' | 'table' | 'checklist' | 'callout' | 'quote' | 'case-link' | 'other';

export interface Block {
  kind: BlockKind;
  /** Heading level 1–6 (headings only). */
  level?: number;
  /** Plain text of the block (headings: the title shown on the slide). */
  text: string;
  /** Lines it fills on a slide at body size; 0 for trainer notes, which are not projected. */
  weight: number;
}

export interface HtmlBlock extends Block {
  html: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

interface RawNode {
  tag: string | null;
  attrs: string;
  html: string;
}

/** The top-level nodes of an HTML fragment; whitespace between them and comments are dropped. */
export function topLevelNodes(html: string): RawNode[] {
  const nodes: RawNode[] = [];
  let depth = 0;
  let start = 0;
  let top: { tag: string; attrs: string } | null = null;
  let cursor = 0;
  const pushText = (to: number) => {
    const text = html.slice(cursor, to);
    if (text.trim()) nodes.push({ tag: null, attrs: '', html: text.trim() });
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const [whole, closing, rawName, attrs = ''] = m;
    if (!rawName) {
      // A comment: skipped at top level, kept inside a block.
      if (depth === 0) {
        pushText(m.index);
        cursor = TOKEN.lastIndex;
      }
      continue;
    }
    const name = rawName.toLowerCase();
    if (closing) {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && top) {
        nodes.push({ tag: top.tag, attrs: top.attrs, html: html.slice(start, TOKEN.lastIndex) });
        top = null;
        cursor = TOKEN.lastIndex;
      }
      continue;
    }
    if (depth === 0) {
      pushText(m.index);
      start = m.index;
      top = { tag: name, attrs };
    }
    const selfClosing = VOID.has(name) || /\/\s*$/.test(attrs);
    if (RAW.has(name) && !selfClosing) {
      // Script and style bodies may hold "<" freely: jump to the closing tag.
      const close = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
      const end = close < 0 ? html.length : html.indexOf('>', close) + 1 || html.length;
      TOKEN.lastIndex = end;
      if (depth === 0) {
        nodes.push({ tag: name, attrs, html: html.slice(start, end) });
        top = null;
        cursor = end;
      }
      continue;
    }
    if (selfClosing) {
      if (depth === 0) {
        nodes.push({ tag: name, attrs, html: whole });
        top = null;
        cursor = TOKEN.lastIndex;
      }
      continue;
    }
    depth++;
  }
  if (top) nodes.push({ tag: top.tag, attrs: top.attrs, html: html.slice(start) });
  else pushText(html.length);
  return nodes;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text content of an HTML fragment, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[e.toLowerCase()] ?? all;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const hasClass = (attrs: string, cls: string) => new RegExp(`\\bclass\\s*=\\s*["'][^"']*\\b${cls}\\b`).test(attrs);
const hasAttr = (attrs: string, name: string) => new RegExp(`(^|\\s)${name}(\\s|=|$)`).test(attrs);

/** Characters of body text in one line of a slide (CJK, at the projected size). */
export const LINE_CHARS = 46;
const lines = (chars: number, width = LINE_CHARS) => Math.max(1, Math.ceil(chars / width));
const round = (n: number) => Math.round(n * 10) / 10;

function itemTexts(html: string, tag: 'li' | 'tr'): string[] {
  return html
    .split(new RegExp(`<${tag}[\\s>]`, 'i'))
    .slice(1)
    .map(textOf);
}

function tableWeight(html: string): number {
  // Tables are set smaller (0.78em) and laid out automatically: a column gets room in proportion to
  // its longest cell, and a row is as tall as its tallest cell.
  const rows = html
    .split(/<tr[\s>]/i)
    .slice(1)
    .map((row) => row.split(/<t[dh][\s>]/i).slice(1).map((c) => textOf(c).length));
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const longest = Array.from({ length: columns }, (_, j) => Math.max(2, ...rows.map((r) => r[j] ?? 0)));
  const room = LINE_CHARS / 0.78 - columns * 1.5;
  const widths = longest.map((l) => Math.max(3, (room * l) / longest.reduce((s, x) => s + x, 0)));
  return rows.reduce((total, r) => total + 0.75 * Math.max(1, ...r.map((len, j) => lines(len, widths[j]))) + 0.3, 0.4);
}

export function classify(node: RawNode): Block {
  const { tag, attrs, html } = node;
  const text = textOf(html);
  if (!tag) return { kind: 'paragraph', text, weight: round(lines(text.length) + 0.4) };
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    // The lesson pipeline turns an h4 straight under an h2 into an h3 with id "sub-N" (no skipped
    // levels, src/course/headingIds.mjs): logically it is still a sub-heading, not a new section.
    const id = /(?:^|\s)id\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1] ?? '';
    const level = Number(heading[1]) === 3 && id.startsWith('sub-') ? 4 : Number(heading[1]);
    return { kind: 'heading', level, text, weight: 1.4 };
  }
  if (tag === 'aside' && hasAttr(attrs, 'data-trainer-note')) return { kind: 'note', text, weight: 0 };
  if (tag === 'aside' && hasClass(attrs, 'callout')) return { kind: 'callout', text, weight: round(1.2 + lines(text.length) + 0.6) };
  if (tag === 'table') return { kind: 'table', text, weight: round(tableWeight(html)) };
  if (tag === 'fieldset' && hasClass(attrs, 'checklist')) {
    const items = itemTexts(html, 'li');
    // Set in two columns on a slide.
    const half = (LINE_CHARS - 6) / 2;
    return { kind: 'checklist', text, weight: round(1.4 + items.reduce((s, t) => s + lines(t.length, half) + 0.2, 0) / 2) };
  }
  if (tag === 'ul' || tag === 'ol' || (tag === 'div' && hasClass(attrs, 'steps'))) {
    const items = itemTexts(html, 'li');
    return { kind: 'list', text, weight: round(0.4 + items.reduce((s, t) => s + lines(t.length, LINE_CHARS - 3) + 0.15, 0)) };
  }
  if (tag === 'pre') {
    // Preformatted text (a letter template) keeps its line breaks and is set small on a slide.
    const rows = html.replace(/<[^>]*>/g, '').split('\n');
    return { kind: 'other', text, weight: round(0.5 + rows.reduce((s, r) => s + 0.62 * lines(r.length, LINE_CHARS * 1.4), 0)) };
  }
  if (tag === 'blockquote') return { kind: 'quote', text, weight: round(lines(text.length) + 0.8) };
  if (tag === 'a' && hasClass(attrs, 'case-link')) return { kind: 'case-link', text, weight: 2.2 };
  if (tag === 'p') return { kind: 'paragraph', text, weight: round(lines(text.length) + 0.4) };
  if (tag === 'hr' || tag === 'style' || tag === 'script' || tag === 'link') return { kind: 'other', text: '', weight: 0 };
  return { kind: 'other', text, weight: round(lines(text.length) + 0.4) };
}

/** The blocks of a rendered lesson, in order. */
export function htmlBlocks(html: string): HtmlBlock[] {
  return topLevelNodes(html).map((node) => ({ ...classify(node), html: node.html }));
}

/**
 * Renames a heading block's tag (h4 inside a slide becomes h3 under the slide's h2), keeping its
 * attributes; any other block is returned as it is.
 */
export function retagHeading(html: string, level: number): string {
  const m = /^<h([1-6])(\b[^>]*)>([\s\S]*)<\/h\1>$/i.exec(html.trim());
  if (!m) return html;
  return `<h${level}${m[2]}>${m[3]}</h${level}>`;
}
