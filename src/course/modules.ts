/** Build-time access to the modules, in chapter order (Astro pages only). */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ModuleEntry = CollectionEntry<'modules'>;

export async function getModules(): Promise<ModuleEntry[]> {
  const all = await getCollection('modules');
  for (const m of all) {
    const prefix = Number(m.id.slice(0, 2));
    if (prefix !== m.data.chapter) {
      throw new Error(`content/modules/${m.id}.mdx: field "chapter" is ${m.data.chapter}, but the file name starts with ${m.id.slice(0, 2)}`);
    }
  }
  return all.sort((a, b) => a.data.chapter - b.data.chapter);
}

export const chapterLabel = (n: number) => `第${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'][n - 1]}章`;

export const SIMULATOR_TITLES: Record<string, string> = {
  contact: '接触：走进关键客户',
  trust: '信任：日常经营中的分寸',
  bidding: '投标：从招标文件到开标',
  objection: '质疑、异议与投诉',
  signing: '签约：30 日内签下好合同',
};
