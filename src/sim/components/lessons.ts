/** Syllabus ids → links to the lesson sections that teach them (`/modules/<slug>/#s-7-4`). */
import { sectionAnchor } from '../../course/headingIds.mjs';
import { syllabus } from '../../course/syllabus';
import { url } from '../../course/url';

export interface LessonLink {
  id: string;
  href: string;
  label: string;
}

const index = new Map(syllabus.flatMap((c) => c.items.map((item) => [item.id, { item, slug: c.slug }] as const)));

export function lessonLink(itemId: string): LessonLink | undefined {
  const hit = index.get(itemId);
  if (!hit) return undefined;
  const { item, slug } = hit;
  return { id: itemId, href: url(`/modules/${slug}/#${sectionAnchor(itemId)}`), label: `${item.number ? item.number + ' ' : ''}${item.title}` };
}

export function chapterLink(chapter: number): LessonLink | undefined {
  const c = syllabus.find((x) => x.chapter === chapter);
  return c ? { id: String(chapter), href: url(`/modules/${c.slug}/`), label: `第${chapter}章 ${c.title}` } : undefined;
}
