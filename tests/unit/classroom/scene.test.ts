import { describe, expect, it } from 'vitest';
import { decisionLine, decisionOf, leadingChoices, sceneOf } from '../../../src/classroom/scene';
import { voteRecord } from '../../../src/classroom/votes';
import type { Step } from '../../../src/sim/types';

const step: Step = {
  stepId: 'grounds',
  speaker: '商务经理 小李',
  prompt: '公示期两天。\n\n怎么办？',
  choices: [
    { id: 'objection', label: '按期提出异议' },
    { id: 'contactExpert', label: '私下约评标专家' },
  ],
  meters: [{ id: 'risk', label: '合规风险', value: 10, min: 0, max: 100, unit: '分' }],
};

describe('the projected scene', () => {
  const first = voteRecord(step, 1, { objection: 14, contactExpert: 6 }, 'objection', 'majority');

  it('numbers the step after the decisions made, and carries only text', () => {
    const scene = sceneOf('异议', step, [first], { objection: 3, contactExpert: null }, (k) => k);
    expect(scene).toMatchObject({ stepNumber: 2, speaker: '商务经理 小李', choices: ['按期提出异议', '私下约评标专家'], votes: [3, null] });
    expect(scene.meters).toEqual([{ label: '合规风险', value: '10分' }]);
    expect(scene.outcome).toBeUndefined();
    expect(JSON.parse(JSON.stringify(scene))).toEqual(scene);
  });

  it('describes each decision as the room reads it', () => {
    expect(decisionLine(decisionOf(first))).toBe('第 1 步：按期提出异议（20 票中 14 票）');
    const tie = voteRecord(step, 2, { objection: 5, contactExpert: 5 }, 'contactExpert', 'tie-break');
    expect(decisionLine(decisionOf(tie))).toBe('第 2 步：私下约评标专家（10 票中 5 票，平票后由讲师选定）');
    expect(decisionLine(decisionOf(voteRecord(step, 3, {}, 'objection', 'picked')))).toBe('第 3 步：按期提出异议（讲师按讨论直接选定）');
  });

  it('highlights the leaders only once votes are in', () => {
    expect(leadingChoices(sceneOf('t', step, [], { objection: null, contactExpert: null }, String))).toEqual([]);
    expect(leadingChoices(sceneOf('t', step, [], { objection: 2, contactExpert: 2 }, String))).toEqual([0, 1]);
  });

  it('names the ending with the outcome label given', () => {
    const end: Step = { ...step, choices: [], outcome: { kind: 'compliance', title: '私下接触评标专家', summary: 's', score: 0, article: '招标投标法第44条', debrief: [], strongestPath: '', lessonLinks: [] } };
    expect(sceneOf('t', end, [first], {}, () => '合规失败').outcome).toEqual({ kind: '合规失败', title: '私下接触评标专家', summary: 's', score: 0, article: '招标投标法第44条' });
  });
});
