/**
 * What counts as a valid answer of each type. Stored drafts may come from an older bank or a hand
 * edit, so an answer that does not fit the question is treated as "not answered", never trusted.
 */
import type { Answer, Question } from './types';

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Options of a matching question: each distinct `right` once, named by the first pair that has it. */
export function matchingRightChoices(q: Extract<Question, { type: 'matching' }>): { id: string; text: string }[] {
  const seen = new Map<string, string>();
  for (const p of q.pairs) if (!seen.has(p.right)) seen.set(p.right, p.id);
  return [...seen].map(([text, id]) => ({ id, text }));
}

/** The answer in its proper shape, or undefined when `raw` is missing or does not fit the question. */
export function normalizeAnswer(q: Question, raw: unknown): Answer | undefined {
  switch (q.type) {
    case 'single':
      return typeof raw === 'string' && q.options.some((o) => o.id === raw) ? raw : undefined;
    case 'multiple': {
      if (!isStringArray(raw)) return undefined;
      const ids = new Set(q.options.map((o) => o.id));
      const picked = [...new Set(raw)].filter((id) => ids.has(id));
      return picked.length > 0 ? picked : undefined;
    }
    case 'truefalse':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'ordering': {
      if (!isStringArray(raw) || raw.length !== q.items.length) return undefined;
      const ids = new Set(q.items.map((i) => i.id));
      return new Set(raw).size === raw.length && raw.every((id) => ids.has(id)) ? raw.slice() : undefined;
    }
    case 'matching': {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
      const lefts = new Set(q.pairs.map((p) => p.id));
      // Any pair id names its right text; store the canonical id of that text.
      const canonical = new Map(matchingRightChoices(q).map((c) => [c.text, c.id]));
      const rightOf = new Map(q.pairs.map((p) => [p.id, canonical.get(p.right)!]));
      const out: Record<string, string> = {};
      for (const [left, right] of Object.entries(raw as Record<string, unknown>)) {
        const id = typeof right === 'string' ? rightOf.get(right) : undefined;
        if (lefts.has(left) && id !== undefined) out[left] = id;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
  }
}
