/** Build-time access to the case exercises, ordered by chapter then id. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type CaseEntry = CollectionEntry<'cases'>;

export async function getCases(): Promise<CaseEntry[]> {
  const all = await getCollection('cases');
  return all.sort((a, b) => a.data.chapter - b.data.chapter || a.id.localeCompare(b.id));
}
