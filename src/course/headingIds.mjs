/**
 * Rehype plugin: a heading that starts with a syllabus number ("### 6.2 组织团队…") gets the stable
 * id "s-6-2", so quizzes, simulators and agendas can link to the lesson section that teaches an item.
 * A second heading with the same number (the seed has two "8.2") gets "s-8-2b".
 */
const NUMBER = /^(\d+(?:\.\d+)*)\s/;

/** Syllabus items the seed gives without a number: their heading text must match exactly. */
export const UNNUMBERED_HEADINGS = {
  什么是关键客户: 's-1',
  '马斯洛需求层次理论、购买心理学理论、冰山理论': 's-2-models',
  回款: 's-11',
};

/**
 * A Sätteri hast plugin (Astro 7's default Markdown/MDX pipeline). It runs before Astro's own
 * heading-ids plugin, which keeps an id that is already set.
 */
export function syllabusHeadingIds() {
  return () => {
    const seen = new Set();
    // Level of the last syllabus-level heading (h2 or an authored h3): an h4 right under an h2 would
    // skip a level, which screen-reader users navigate by, so it becomes an h3 marked "sub-" (kept
    // out of the table of contents).
    let section = 2;
    let subCount = 0;
    return {
      name: 'syllabus-heading-ids',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          const text = ctx.textContent(node).trim();
          if (node.tagName === 'h4' && section === 2) {
            subCount += 1;
            return { ...node, tagName: 'h3', properties: { ...node.properties, id: `sub-${subCount}` } };
          }
          section = node.tagName === 'h2' ? 2 : node.tagName === 'h3' ? 3 : section;
          const m = NUMBER.exec(text);
          let id;
          if (!m && Object.hasOwn(UNNUMBERED_HEADINGS, text)) id = UNNUMBERED_HEADINGS[text];
          else if (m) {
            id = 's-' + m[1].replace(/\./g, '-');
            if (seen.has(id)) id += 'b';
          }
          if (id) {
            seen.add(id);
            ctx.setProperty(node, 'id', id);
          }
        },
      },
    };
  };
}

/** The anchor id of a syllabus item id ("8.2b" → "s-8-2b", "2.models" → "s-2-models"). */
export function sectionAnchor(itemId) {
  return 's-' + itemId.replace(/\./g, '-');
}
