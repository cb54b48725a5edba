/** Reads the course content straight from disk for checks that do not need a build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '../../..');

export interface ModuleFile {
  id: string;
  file: string;
  data: Record<string, unknown> & { chapter: number; syllabusItems: string[]; durationMinutes: number; durationMinutesShort: number; title: string; cases: string[] };
  body: string;
}

export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: undefined, body: text };
  return { data: parse(m[1]!), body: m[2]! };
}

export function readModules(): ModuleFile[] {
  const dir = join(ROOT, 'content/modules');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const { data, body } = splitFrontmatter(readFileSync(join(dir, f), 'utf8'));
      return { id: f.replace(/\.mdx$/, ''), file: `content/modules/${f}`, data: data as ModuleFile['data'], body };
    });
}

export function readCases(): { id: string; data: Record<string, unknown>; body: string }[] {
  const dir = join(ROOT, 'content/cases');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => {
      const { data, body } = splitFrontmatter(readFileSync(join(dir, f), 'utf8'));
      return { id: f.replace(/\.mdx$/, ''), data: data as Record<string, unknown>, body };
    });
}
