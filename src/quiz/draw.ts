/** Drawing questions for an attempt, and how many attempts are left. */
import { shuffle, streamFor } from './random';
import type { DrawGroup } from './types';

/**
 * Draw `count` ids, preferring ids not in `avoid` (the previous attempt's questions). When the bank
 * has too few others, the rest is filled from the avoided ids, so a retry still has `count` questions.
 */
export function drawQuestions(ids: readonly string[], count: number, seed: number, avoid: readonly string[] = [], purpose = 'draw'): string[] {
  const unique = [...new Set(ids)];
  const n = Math.max(0, Math.min(count, unique.length));
  const avoidSet = new Set(avoid);
  const rng = streamFor(seed, purpose);
  const fresh = shuffle(unique.filter((id) => !avoidSet.has(id)), rng);
  const seen = shuffle(unique.filter((id) => avoidSet.has(id)), rng);
  return [...fresh, ...seen].slice(0, n);
}

/** Draw every group of a plan (one per chapter for the final exam), keeping the groups in their order. */
export function drawFromGroups(groups: readonly DrawGroup[], seed: number, avoid: readonly string[] = []): string[] {
  return groups.flatMap((g, i) => drawQuestions(g.ids, g.count, seed, avoid, `draw:${i}`));
}

/** Questions one attempt asks: the plan's total, capped by what the groups hold. */
export function plannedCount(groups: readonly DrawGroup[]): number {
  return groups.reduce((sum, g) => sum + Math.min(g.count, new Set(g.ids).size), 0);
}

/** Attempts left; `maxAttempts` 0 means unlimited (Infinity). */
export function attemptsLeft(maxAttempts: number, used: number): number {
  if (maxAttempts <= 0) return Infinity;
  return Math.max(0, maxAttempts - used);
}
