/**
 * Seeded randomness: the same seed gives the same draw and the same option order, so a reloaded
 * attempt looks exactly as it did. Seeds stay below 1,000,000 (the stored draft accepts no more).
 */
import { mulberry32 } from '../course/random';

export { mulberry32 };
export const SEED_LIMIT = 1_000_000;


/** FNV-1a 32-bit hash: derives an independent stream per question from one attempt seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A PRNG for one purpose within an attempt ("options:q06-03"), independent of the order of calls. */
export function streamFor(seed: number, purpose: string): () => number {
  return mulberry32((seed ^ hashString(purpose)) >>> 0);
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], rng: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A new attempt seed from any source of randomness (Math.random in the browser, a fake in tests). */
export function newSeed(random: () => number): number {
  return Math.floor(random() * SEED_LIMIT) % SEED_LIMIT;
}
