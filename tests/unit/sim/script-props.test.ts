/**
 * A simulator page passes its script to the island as props, and the island rebuilds the definition over it
 * (`loadSimulator(id, script)`). So every script must be plain data that survives serialisation, and the
 * rebuilt game must be the same game the build rendered.
 */
import { describe, expect, it } from 'vitest';
import { simulators } from '../../../src/sim/registry';
import { loadSimulator } from '../../../src/sim/loaders';
import { playPath, randomWalk } from '../../../src/sim/engine/play';

/** Functions, undefined, Dates or class instances anywhere in the script would not reach the browser intact. */
function nonDataAt(value: unknown, where = 'script'): string | undefined {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const bad = nonDataAt(item, `${where}[${i}]`);
      if (bad) return bad;
    }
    return undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value as object)) {
      const bad = nonDataAt(item, `${where}.${key}`);
      if (bad) return bad;
    }
    return undefined;
  }
  return `${where} is a ${typeof value}`;
}

for (const def of simulators) {
  describe(`${def.id}: script as island props`, () => {
    it('is plain data that survives a JSON round trip', () => {
      expect(nonDataAt(def.script)).toBeUndefined();
      expect(JSON.parse(JSON.stringify(def.script))).toEqual(def.script);
    });

    it('rebuilt from the serialised script, plays exactly like the build-time definition', async () => {
      const rebuilt = await loadSimulator(def.id, JSON.parse(JSON.stringify(def.script)));
      expect(rebuilt.id).toBe(def.id);
      expect(rebuilt.title).toBe(def.title);
      for (let seed = 1; seed <= 60; seed++) {
        const walk = randomWalk(def, seed);
        walk.path.forEach((_, i) => {
          const path = walk.path.slice(0, i + 1);
          expect(playPath(rebuilt, path), `${def.id} seed ${seed} after [${path.join(',')}]`).toEqual(walk.steps[i + 1]);
        });
      }
    });
  });
}

describe('loadSimulator', () => {
  it('refuses an unknown id or a missing script with a clear error', async () => {
    await expect(loadSimulator('nope', {})).rejects.toThrow('unknown simulator "nope"');
    await expect(loadSimulator('contact', undefined)).rejects.toThrow('simulator "contact" has no script');
  });
});
