/**
 * Pure slide splitting: one lesson's block list (blocks.ts) becomes a deck. The presenter and the
 * audience page both run this same function — the presenter's blocks include trainer notes, the
 * audience's do not — and notes never influence a split, so slide N is the same slide on both screens.
 *
 * Rules:
 * - every h2/h3 starts a section, and a section starts a new slide; an h2 with nothing of its own
 *   before its first h3 becomes the kicker over those h3 slides instead of an empty slide;
 * - a section that does not fit one slide is cut at its h4 sub-headings, and a sub-section that still
 *   does not fit is cut after as many blocks as fit (at most `maxBlocks`); a sub-heading never ends a
 *   slide on its own;
 * - a block is never cut: a table or check list larger than a slide gets a slide to itself (the page
 *   then shrinks the type to fit);
 * - trainer notes belong to their section and are shown beside every slide of it.
 */
import type { Block } from './blocks';

export interface SplitOptions {
  /** Lines a slide holds (see Block.weight). */
  maxWeight: number;
  /** Blocks a slide holds, whatever their weight. */
  maxBlocks: number;
  /** Title of the slides made from blocks before the first heading (lesson intro, case scenario). */
  introTitle: string;
}

export const DEFAULT_SPLIT: Omit<SplitOptions, 'introTitle'> = { maxWeight: 14, maxBlocks: 7 };

export interface DeckSection {
  title: string;
  /** The h2 an h3 section sits under. */
  kicker?: string;
  /** Index of the section's heading block (none for the intro). */
  heading?: number;
  /** Indexes of the trainer-note blocks of the section. */
  notes: number[];
}

export interface DeckSlide {
  /** Index into `sections`. */
  section: number;
  title: string;
  kicker?: string;
  /** Not the first slide of its section: shown as "（续）". */
  continued: boolean;
  /** A sub-section carried over from the previous slide: its heading text, shown as "（续）". */
  carriedHeading?: string;
  /** Blocks on the slide, in order (sub-headings included, the section heading not). */
  blocks: number[];
  weight: number;
}

export interface Deck {
  sections: DeckSection[];
  slides: DeckSlide[];
}

interface RawSection {
  title: string;
  kicker?: string;
  heading?: number;
  level: number;
  body: number[];
  notes: number[];
}

const isSectionHeading = (b: Block) => b.kind === 'heading' && (b.level ?? 6) <= 3;
const isSubHeading = (b: Block) => b.kind === 'heading' && (b.level ?? 6) >= 4;

function sectionsOf(blocks: readonly Block[], introTitle: string): RawSection[] {
  const sections: RawSection[] = [{ title: introTitle, level: 0, body: [], notes: [] }];
  let h2: string | undefined;
  blocks.forEach((b, i) => {
    const current = sections.at(-1)!;
    if (isSectionHeading(b)) {
      const level = b.level ?? 2;
      if (level <= 2) h2 = b.text;
      sections.push({ title: b.text, kicker: level === 3 ? h2 : undefined, heading: i, level, body: [], notes: [] });
    } else if (b.kind === 'note') {
      current.notes.push(i);
    } else {
      current.body.push(i);
    }
  });
  // Sections with nothing to project: the intro when the text starts with a heading, an h2 followed
  // at once by its first h3. Their notes move on to the next section that is shown.
  const kept: RawSection[] = [];
  let pendingNotes: number[] = [];
  sections.forEach((s, i) => {
    const next = sections[i + 1];
    const empty = s.body.length === 0 && (s.level === 0 || (next !== undefined && next.level > s.level));
    if (empty) {
      pendingNotes = [...pendingNotes, ...s.notes];
      return;
    }
    kept.push({ ...s, notes: [...pendingNotes, ...s.notes] });
    pendingNotes = [];
  });
  if (pendingNotes.length > 0 && kept.length > 0) kept.at(-1)!.notes.push(...pendingNotes);
  return kept;
}

/** A section's body cut at its sub-headings: each group is a sub-heading (if any) and what follows it. */
function groupsOf(blocks: readonly Block[], body: number[]): number[][] {
  const groups: number[][] = [];
  for (const i of body) {
    const last = groups.at(-1);
    // A sub-heading straight after another one joins it: a heading never stands alone at a slide's end.
    const lastIsBareHeading = last !== undefined && last.every((j) => isSubHeading(blocks[j]!));
    if (last === undefined || (isSubHeading(blocks[i]!) && !lastIsBareHeading)) groups.push([i]);
    else last.push(i);
  }
  return groups;
}

export function splitSlides(blocks: readonly Block[], options: SplitOptions): Deck {
  const { maxWeight, maxBlocks } = options;
  const weightOf = (ids: number[]) => ids.reduce((s, i) => s + blocks[i]!.weight, 0);
  const sections: DeckSection[] = [];
  const slides: DeckSlide[] = [];

  for (const raw of sectionsOf(blocks, options.introTitle)) {
    const sectionIndex = sections.length;
    sections.push({ title: raw.title, kicker: raw.kicker, heading: raw.heading, notes: raw.notes });
    const pages: { blocks: number[]; carriedHeading?: string }[] = [];
    let page: { blocks: number[]; carriedHeading?: string } = { blocks: [] };
    const flush = () => {
      if (page.blocks.length > 0) pages.push(page);
      page = { blocks: [] };
    };
    const fits = (ids: number[]) => page.blocks.length + ids.length <= maxBlocks && weightOf(page.blocks) + weightOf(ids) <= maxWeight;

    for (const group of groupsOf(blocks, raw.body)) {
      if (fits(group)) {
        page.blocks.push(...group);
        continue;
      }
      flush();
      if (weightOf(group) <= maxWeight && group.length <= maxBlocks) {
        page.blocks.push(...group);
        continue;
      }
      // A sub-section larger than a slide: fill slides block by block, keeping its heading with the
      // first block after it, and name the sub-section again on the slides that carry it on.
      const heads: number[] = [];
      while (heads.length < group.length && isSubHeading(blocks[group[heads.length]!]!)) heads.push(group[heads.length]!);
      const rest = group.slice(heads.length);
      const carried = heads.length > 0 ? blocks[heads.at(-1)!]!.text : undefined;
      rest.forEach((id, n) => {
        const unit = n === 0 ? [...heads, id] : [id];
        if (page.blocks.length > 0 && !fits(unit)) {
          flush();
          if (n > 0) page.carriedHeading = carried;
        }
        page.blocks.push(...unit);
      });
      if (rest.length === 0) page.blocks.push(...heads);
    }
    flush();
    if (pages.length === 0) pages.push({ blocks: [] });

    pages.forEach((p, n) =>
      slides.push({
        section: sectionIndex,
        title: raw.title,
        kicker: raw.kicker,
        continued: n > 0,
        carriedHeading: p.carriedHeading,
        blocks: p.blocks,
        weight: Math.round(weightOf(p.blocks) * 10) / 10,
      }),
    );
  }
  return { sections, slides };
}

/** The notes to show beside a slide: those of its section. */
export function notesFor(deck: Deck, slide: number): number[] {
  const s = deck.slides[slide];
  return s ? deck.sections[s.section]!.notes : [];
}
