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

function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

export function syllabusHeadingIds() {
  return (tree) => {
    const seen = new Set();
    const visit = (node) => {
      if (node.type === 'element' && /^h[2-4]$/.test(node.tagName)) {
        const text = textOf(node).trim();
        const m = NUMBER.exec(text);
        if (!m && Object.hasOwn(UNNUMBERED_HEADINGS, text)) {
          node.properties = { ...node.properties, id: UNNUMBERED_HEADINGS[text] };
        } else if (m) {
          let id = 's-' + m[1].replace(/\./g, '-');
          if (seen.has(id)) id += 'b';
          seen.add(id);
          node.properties = { ...node.properties, id };
        }
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}

/** The anchor id of a syllabus item id ("8.2b" → "s-8-2b", "2.models" → "s-2-models"). */
export function sectionAnchor(itemId) {
  return 's-' + itemId.replace(/\./g, '-');
}
