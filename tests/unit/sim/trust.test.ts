import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { allSyllabusItems } from '../../../src/course/syllabus';
import { trust } from '../../../src/sim/registry';
import {
  initialTrustContext,
  trustConditions,
  trustEndingKinds,
  trustMachine,
  trustMeterSpecs,
  trustStepIds,
  type TrustContext,
} from '../../../src/sim/machines/trustMachine';
import { trustScript } from '../../../src/sim/machines/trustScript';

type Snap = SnapshotFrom<typeof trustMachine>;
const choose = (choiceId: string) => ({ type: 'learner.choose' as const, choiceId });

/** Plays `choices`, asserting each one is offered by describe() before it is sent. */
function play(choices: string[], actor = createActor(trustMachine).start()) {
  for (const id of choices) {
    const step = trust.describe(actor.getSnapshot());
    expect(step.choices.map((c) => c.id), `"${id}" offered at ${step.stepId}`).toContain(id);
    actor.send(choose(id));
  }
  return actor;
}
const stateOf = (actor: { getSnapshot(): Snap }) => String(actor.getSnapshot().value);
const outcomeOf = (actor: { getSnapshot(): Snap }) => trust.describe(actor.getSnapshot()).outcome;
const metersOf = (actor: { getSnapshot(): Snap }) => actor.getSnapshot().context.meters;

const PATHS = {
  win: ['deep', 'learned', 'helpAndTeach', 'honestRoadmap', 'canteen', 'readAndServe', 'formalStudyTour', 'honestTiers', 'openTender'],
  partial: ['productOnly', 'learned', 'notOurs', 'honestRoadmap', 'canteen', 'missSignal', 'materialsOnly', 'singleOption', 'openTender'],
  notTrusted: ['productOnly', 'legalMemo', 'blameOld', 'blamePartner', 'declineCold', 'missSignal', 'materialsOnly', 'decoy', 'waitAndSee'],
  flagged: ['insiderDocs', 'drawer', 'helpAndTeach', 'honestRoadmap', 'aaMeal', 'readAndServe', 'formalStudyTour', 'honestTiers', 'openTender'],
  outOfTime: ['deep', 'drawer', 'notOurs', 'blamePartner', 'aaMeal', 'missSignal', 'materialsOnly', 'singleOption'],
  privateBanquet: ['deep', 'learned', 'helpAndTeach', 'honestRoadmap', 'clubBanquet'],
  tutorCard: ['deep', 'learned', 'helpAndTeach', 'honestRoadmap', 'canteen', 'tutorCard'],
  tripConsultant: ['deep', 'learned', 'helpAndTeach', 'honestRoadmap', 'canteen', 'readAndServe', 'payConsultantTrip'],
  tripLeaders: ['deep', 'learned', 'helpAndTeach', 'honestRoadmap', 'canteen', 'readAndServe', 'resortForLeaders'],
};

describe('trust simulator: endings by scripted paths', () => {
  it('clean win: knowledge, rules, care, honesty, signals answered within the rules, honest contrast', () => {
    const actor = play(PATHS.win);
    expect(stateOf(actor)).toBe('trustedPartner');
    const outcome = outcomeOf(actor)!;
    expect(outcome.kind).toBe('win');
    expect(outcome.score).toBeGreaterThanOrEqual(75);
    expect(outcome.debrief).toHaveLength(9);
    expect(outcome.debrief.every((d) => d.verdict === 'good')).toBe(true);
    expect(outcome.strongestPath).toContain('办小事、花小钱、进小屋、收小礼');
    expect(metersOf(actor)).toMatchObject({ risk: 0, months: 2 });
  });

  it('partial: respected but not yet trusted', () => {
    const actor = play(PATHS.partial);
    expect(stateOf(actor)).toBe('respectedVendor');
    const outcome = outcomeOf(actor)!;
    expect(outcome.kind).toBe('partial');
    expect(outcome.score).toBeGreaterThanOrEqual(45);
    expect(outcome.score).toBeLessThan(75);
  });

  it('loss: no trust built, with the failed lessons linked', () => {
    const actor = play(PATHS.notTrusted);
    expect(stateOf(actor)).toBe('notTrusted');
    const outcome = outcomeOf(actor)!;
    expect(outcome.kind).toBe('loss');
    expect(outcome.score).toBeLessThan(45);
    expect(outcome.lessonLinks).toEqual(expect.arrayContaining(['4.1', '4.3', '4.4', '4.6']));
    expect(outcome.summary).not.toContain('时间就用完了');
  });

  it('loss: grey moves add up to a 纪检 talk even with decent trust', () => {
    const actor = play(PATHS.flagged);
    expect(stateOf(actor)).toBe('flagged');
    expect(metersOf(actor).risk).toBe(55);
    expect(outcomeOf(actor)!.kind).toBe('loss');
  });

  it('the tender is announced when the months run out, ready or not', () => {
    const actor = play(PATHS.outOfTime);
    expect(metersOf(actor).months).toBe(0);
    expect(actor.getSnapshot().status).toBe('done');
    const outcome = outcomeOf(actor)!;
    expect(outcome.kind).toBe('loss');
    expect(outcome.debrief).toHaveLength(8);
    expect(outcome.summary.startsWith('集团按计划发布了一期招标公告')).toBe(true);
  });

  it.each([
    ['privateBanquet', '刑法第389条', '国家工作人员'],
    ['tutorCard', '刑法第390条之一', '近亲属'],
    ['tripConsultant', '刑法第164条', '不是国家工作人员'],
    ['tripLeaders', '刑法第389条', '国家工作人员'],
  ] as const)('合规失败 %s cites %s', (ending, article, explains) => {
    const actor = play(PATHS[ending]);
    expect(stateOf(actor)).toBe(ending);
    const outcome = outcomeOf(actor)!;
    expect(outcome.kind).toBe('compliance');
    expect(outcome.article).toBe(article);
    expect(outcome.summary).toContain(article);
    expect(outcome.summary).toContain(explains);
    expect(outcome.score).toBe(0);
    expect(outcome.debrief.at(-1)!.verdict).toBe('violation');
    expect(outcome.lessonLinks).toContain('4.2');
    expect(trust.describe(actor.getSnapshot()).choices).toEqual([]);
  });
});

describe('trust simulator: earlier choices change later effects', () => {
  function effect(prefix: string[], choice: string) {
    const actor = play(prefix);
    const before = { ...metersOf(actor) };
    actor.send(choose(choice));
    const after = metersOf(actor);
    const delta = Object.fromEntries(Object.keys(before).map((k) => [k, after[k as 'trust'] - before[k as 'trust']]));
    return { delta, variant: actor.getSnapshot().context.decisions.at(-1)!.variant, actor };
  }

  it('a casual AA meal drifts into risk only for a team that never learned the rules', () => {
    expect(effect(['deep', 'learned', 'helpAndTeach', 'honestRoadmap'], 'aaMeal')).toMatchObject({ variant: undefined, delta: { risk: 0 } });
    expect(effect(['deep', 'drawer', 'helpAndTeach', 'honestRoadmap'], 'aaMeal')).toMatchObject({ variant: 'drift', delta: { risk: 20 } });
    expect(effect(['deep', 'legalMemo', 'helpAndTeach', 'honestRoadmap'], 'aaMeal')).toMatchObject({ variant: 'drift' });
  });

  it('an earlier overpromise turns the trust signal against you', () => {
    const honest = effect(['deep', 'learned', 'helpAndTeach', 'honestRoadmap', 'canteen'], 'readAndServe');
    const promised = effect(['deep', 'learned', 'helpAndTeach', 'overpromise', 'canteen'], 'readAndServe');
    expect(honest).toMatchObject({ variant: undefined, delta: { trust: 15 } });
    expect(promised).toMatchObject({ variant: 'exposed', delta: { trust: -5, image: -10 } });
    expect(trust.describe(promised.actor.getSnapshot()).prompt).toContain('三维能耗仿真');
  });

  it('customer knowledge makes help faster and the honest comparison stronger', () => {
    expect(effect(['deep', 'learned'], 'helpAndTeach')).toMatchObject({ variant: undefined, delta: { trust: 12 } });
    expect(effect(['field', 'learned'], 'helpAndTeach')).toMatchObject({ variant: undefined, delta: { trust: 12 } });
    expect(effect(['productOnly', 'learned'], 'helpAndTeach')).toMatchObject({ variant: 'slow', delta: { trust: 6 } });
    const tail = ['learned', 'notOurs', 'honestRoadmap', 'canteen', 'readAndServe', 'formalStudyTour'];
    expect(effect(['deep', ...tail], 'honestTiers')).toMatchObject({ variant: undefined, delta: { image: 15 } });
    expect(effect(['productOnly', ...tail], 'honestTiers')).toMatchObject({ variant: 'shallow', delta: { image: 6 } });
  });

  it('a pilot is offered only to a supplier with a credible professional image', () => {
    const at = (image: number) => {
      const context: TrustContext = { ...initialTrustContext(), meters: { trust: 60, image, risk: 0, months: 3 } };
      const snapshot = trustMachine.resolveState({ value: 'close', context });
      return trust.describe(snapshot).choices.map((c) => c.id);
    };
    expect(at(50)).toContain('pilotFirst');
    expect(at(49)).not.toContain('pilotFirst');
    expect(at(49)).toEqual(['openTender', 'tailorSpecs', 'waitAndSee']);
  });
});

describe('trust simulator: guards and clocks at their boundaries', () => {
  const ctx = (meters: Partial<TrustContext['meters']>): TrustContext => ({
    ...initialTrustContext(),
    meters: { ...initialTrustContext().meters, ...meters },
  });

  it('months: 1 left still allows the last decision, 0 announces the tender', () => {
    const oneLeft = play(['productOnly', ...PATHS.outOfTime.slice(1)]);
    expect(metersOf(oneLeft).months).toBe(1);
    expect(stateOf(oneLeft)).toBe('close');
    const noneLeft = play(PATHS.outOfTime);
    expect(stateOf(noneLeft)).not.toBe('close');
    expect(trustConditions.isOutOfTime(ctx({ months: 1 }))).toBe(false);
    expect(trustConditions.isOutOfTime(ctx({ months: 0 }))).toBe(true);
  });

  it('assessment thresholds', () => {
    expect(trustConditions.isWin(ctx({ trust: 70, image: 65, risk: 29 }))).toBe(true);
    expect(trustConditions.isWin(ctx({ trust: 69, image: 65, risk: 0 }))).toBe(false);
    expect(trustConditions.isWin(ctx({ trust: 70, image: 64, risk: 0 }))).toBe(false);
    expect(trustConditions.isWin(ctx({ trust: 90, image: 90, risk: 30 }))).toBe(false);
    expect(trustConditions.isPartial(ctx({ trust: 45, image: 45 }))).toBe(true);
    expect(trustConditions.isPartial(ctx({ trust: 45, image: 44 }))).toBe(false);
    expect(trustConditions.isFlagged(ctx({ risk: 49 }))).toBe(false);
    expect(trustConditions.isFlagged(ctx({ risk: 50 }))).toBe(true);
  });

  it('the machine applies the win boundary on the last decision', () => {
    const at = (trustValue: number) => {
      const context: TrustContext = { ...initialTrustContext(), meters: { trust: trustValue, image: 80, risk: 0, months: 3 } };
      const actor = createActor(trustMachine, { snapshot: trustMachine.resolveState({ value: 'close', context }) }).start();
      actor.send(choose('openTender')); // +10 trust
      return stateOf(actor);
    };
    expect(at(60)).toBe('trustedPartner');
    expect(at(59)).toBe('respectedVendor');
  });

  it('meters stay in bounds at the extremes', () => {
    const actor = play(PATHS.win);
    const m = metersOf(actor);
    expect(m.trust).toBe(100);
    expect(m.image).toBe(100);
    expect(m.risk).toBe(0);
  });
});

describe('trust simulator: persistence', () => {
  it('a restored snapshot continues identically', () => {
    for (const path of Object.values(PATHS)) {
      for (const cut of [1, 4, path.length - 1]) {
        const original = play(path.slice(0, cut));
        const persisted = JSON.parse(JSON.stringify(original.getPersistedSnapshot()));
        const restored = createActor(trustMachine, { snapshot: persisted }).start();
        expect(trust.describe(restored.getSnapshot())).toEqual(trust.describe(original.getSnapshot()));
        play(path.slice(cut), original);
        play(path.slice(cut), restored);
        expect(restored.getSnapshot().context).toEqual(original.getSnapshot().context);
        expect(trust.describe(restored.getSnapshot())).toEqual(trust.describe(original.getSnapshot()));
      }
    }
  });
});

describe('trust simulator: script and definition', () => {
  const syllabusIds = new Set(allSyllabusItems.map((i) => i.id));

  it('has a script for every step and ending, with valid lesson links and articles', () => {
    expect(trust.id).toBe('trust');
    expect(trust.chapter).toBe(4);
    expect(Object.keys(trustScript.steps).sort()).toEqual([...trustStepIds].sort());
    expect(Object.keys(trustScript.endings).sort()).toEqual(Object.keys(trustEndingKinds).sort());
    for (const step of Object.values(trustScript.steps)) {
      expect(Object.keys(step.choices).length).toBeGreaterThanOrEqual(3);
      step.lessonLinks.forEach((id) => expect(syllabusIds.has(id), id).toBe(true));
    }
    const articles = new Set<string>();
    for (const [id, ending] of Object.entries(trustScript.endings)) {
      ending.lessonLinks.forEach((l) => expect(syllabusIds.has(l), l).toBe(true));
      const isCompliance = trustEndingKinds[id as keyof typeof trustEndingKinds] === 'compliance';
      expect(Boolean(ending.article), id).toBe(isCompliance);
      if (ending.article) articles.add(ending.article);
    }
    expect(articles).toEqual(new Set(['刑法第389条', '刑法第390条之一', '刑法第164条']));
    // chapter 4's six items are all taught by some step
    const taught = new Set(Object.values(trustScript.steps).flatMap((s) => s.lessonLinks));
    ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6'].forEach((id) => expect(taught.has(id), id).toBe(true));
  });
});

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('trust simulator: seeded random walk', () => {
  it('1,000 walks never throw, always offer a choice before an ending, stay in bounds and end within 40 steps', () => {
    const random = rng(20260404);
    const covered = new Set<string>();
    const endings = new Set<string>();
    for (let walk = 0; walk < 1000; walk++) {
      const actor = createActor(trustMachine).start();
      let step = trust.describe(actor.getSnapshot());
      let n = 0;
      while (!step.outcome) {
        expect(step.choices.length).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThan(40);
        const choice = step.choices[Math.floor(random() * step.choices.length)]!;
        actor.send(choose(choice.id));
        const decisions = actor.getSnapshot().context.decisions;
        expect(decisions).toHaveLength(n + 1);
        const last = decisions.at(-1)!;
        covered.add(`${last.stepId}/${last.choiceId}/${last.variant ?? ''}`);
        n += 1;
        step = trust.describe(actor.getSnapshot());
        for (const m of step.meters) {
          const spec = trustMeterSpecs[m.id as keyof typeof trustMeterSpecs];
          expect(m.value).toBeGreaterThanOrEqual(spec.min);
          expect(m.value).toBeLessThanOrEqual(spec.max);
        }
      }
      expect(actor.getSnapshot().status).toBe('done');
      expect(step.choices).toEqual([]);
      expect(step.outcome.score).toBeGreaterThanOrEqual(0);
      expect(step.outcome.score).toBeLessThanOrEqual(100);
      expect(step.outcome.debrief).toHaveLength(n);
      endings.add(step.stepId);
    }
    for (const [stepId, step] of Object.entries(trustScript.steps)) {
      for (const [choiceId, choice] of Object.entries(step.choices)) {
        expect([...covered].some((k) => k.startsWith(`${stepId}/${choiceId}/`)), `${stepId}/${choiceId}`).toBe(true);
        for (const variant of Object.keys(choice.variants ?? {})) {
          expect(covered.has(`${stepId}/${choiceId}/${variant}`), `${stepId}/${choiceId}/${variant}`).toBe(true);
        }
      }
    }
    Object.keys(trustEndingKinds)
      .filter((e) => e !== 'trustedPartner')
      .forEach((e) => expect(endings.has(e), e).toBe(true));
  }, 60_000); // generous: the 2-core machine is shared with other test runs
});
