/**
 * Invariants every registered simulator keeps, whatever the learner clicks: 1,000 seeded random walks
 * each (a failure names the seed and path to replay it), and a path to every kind of ending the
 * contract requires (win, partial, loss, 合规失败).
 */
import { describe, expect, it } from 'vitest';
import { simulators, simulatorById } from '../../../src/sim/registry';
import { playPath, randomWalk, searchEndings } from '../../../src/sim/engine/play';
import type { OutcomeKind, SimulatorDefinition, Step } from '../../../src/sim/types';
import { SimulatorIdSchema } from '../../../src/schemas/module';
import { allSyllabusItems } from '../../../src/course/syllabus';

const WALKS = 1000;
const MAX_STEPS = 40;
const KINDS: OutcomeKind[] = ['win', 'partial', 'loss', 'compliance'];
const syllabusIds = new Set(allSyllabusItems.map((i) => i.id));

function checkStep(def: SimulatorDefinition, step: Step, where: string) {
  for (const m of step.meters) {
    expect(Number.isFinite(m.value), `${where}: meter ${m.id} not a number`).toBe(true);
    expect(m.value, `${where}: meter ${m.id} below ${m.min}`).toBeGreaterThanOrEqual(m.min);
    expect(m.value, `${where}: meter ${m.id} above ${m.max}`).toBeLessThanOrEqual(m.max);
  }
  expect(step.prompt.trim().length, `${where}: empty prompt`).toBeGreaterThan(0);
  for (const mark of step.calendar ?? []) expect(mark.date, `${where}: calendar date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (step.outcome) {
    const o = step.outcome;
    expect(step.choices, `${where}: choices at an ending`).toEqual([]);
    expect(o.score, `${where}: score`).toBeGreaterThanOrEqual(0);
    expect(o.score, `${where}: score`).toBeLessThanOrEqual(100);
    expect(o.title.length).toBeGreaterThan(0);
    expect(o.strongestPath.length).toBeGreaterThan(0);
    for (const id of o.lessonLinks) expect(syllabusIds.has(id), `${where}: unknown lesson link ${id}`).toBe(true);
    if (o.kind === 'compliance') {
      expect(o.score, `${where}: 合规失败 must score 0`).toBe(0);
      expect(o.article ?? '', `${where}: 合规失败 must name an article`).toMatch(/第.+条/);
    }
  } else {
    expect(step.choices.length, `${where}: no choices before an ending`).toBeGreaterThan(0);
    const ids = step.choices.map((c) => c.id);
    expect(new Set(ids).size, `${where}: duplicate choice ids`).toBe(ids.length);
    for (const c of step.choices) expect(c.label.trim().length, `${where}: empty label ${c.id}`).toBeGreaterThan(0);
  }
  void def;
}

describe('simulator registry', () => {
  it('holds the five simulators in syllabus order, each findable by id', () => {
    expect(simulators.map((s) => s.id)).toEqual(SimulatorIdSchema.options);
    const chapters = simulators.map((s) => s.chapter);
    expect([...chapters].sort((a, b) => a - b)).toEqual(chapters);
    for (const s of simulators) expect(simulatorById(s.id)).toBe(s);
    expect(simulatorById('nope')).toBeUndefined();
  });
});

for (const def of simulators) {
  describe(`${def.id}: ${WALKS} seeded random walks`, () => {
    it('never throws, keeps meters in bounds, always offers a choice, ends within the step bound', () => {
      const kinds = new Set<OutcomeKind>();
      for (let seed = 1; seed <= WALKS; seed++) {
        const walk = randomWalk(def, seed, MAX_STEPS, (step, path) => checkStep(def, step, `${def.id} seed ${seed} after [${path.join(',')}]`));
        expect(walk.ended, `${def.id} seed ${seed} did not end within ${MAX_STEPS} choices: [${walk.path.join(',')}]`).toBe(true);
        kinds.add(walk.last.outcome!.kind);
      }
      expect(kinds.size).toBeGreaterThan(1);
    }, 60_000);

    it('reaches every kind of ending: win, partial, loss and 合规失败', () => {
      // Random walks first; a narrow path (a win that needs every choice right) is then found by search,
      // and the path it returns is replayed through a real actor.
      const seen = new Set<OutcomeKind>();
      for (let seed = 1; seed <= WALKS && seen.size < KINDS.length; seed++) {
        const kind = randomWalk(def, seed, MAX_STEPS).last.outcome?.kind;
        if (kind) seen.add(kind);
      }
      const missing = KINDS.filter((k) => !seen.has(k));
      const found = searchEndings(def, missing);
      for (const kind of missing) {
        const path = found.get(kind);
        expect(path, `${def.id}: no path to a "${kind}" ending`).toBeDefined();
        expect(playPath(def, path!).outcome?.kind).toBe(kind);
        expect(path!.length).toBeLessThanOrEqual(MAX_STEPS);
      }
    }, 120_000);
  });
}
