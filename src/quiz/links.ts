/** From a question's syllabus item ("6.2") to the lesson section that teaches it. */
import { allSyllabusItems, syllabus } from '../course/syllabus';

export interface SectionLink {
  /** "6.2 组织团队学习、分析招标文件" */
  label: string;
  /** Site path without the base: "/modules/06-bidding/#s-6-2". Pages pass it through url(). */
  path: string;
}

/** Same rule as the heading ids of the lesson pages (src/course/headingIds.mjs). */
export const sectionAnchor = (itemId: string) => 's-' + itemId.replace(/\./g, '-');

export function sectionLink(itemId: string): SectionLink | undefined {
  const item = allSyllabusItems.find((i) => i.id === itemId);
  if (!item) return undefined;
  const chapter = syllabus.find((c) => c.chapter === item.chapter)!;
  return {
    label: item.number ? `${item.number} ${item.title}` : `第${item.chapter}章 ${item.title}`,
    path: `/modules/${chapter.slug}/#${sectionAnchor(item.id)}`,
  };
}

/** Links for every section the questions cite, with `toHref` applying the site base (url()). */
export function sectionLinks(sections: Iterable<string>, toHref: (path: string) => string): Record<string, { label: string; href: string }> {
  const out: Record<string, { label: string; href: string }> = {};
  for (const s of sections) {
    const link = sectionLink(s);
    if (link) out[s] = { label: link.label, href: toHref(link.path) };
  }
  return out;
}
