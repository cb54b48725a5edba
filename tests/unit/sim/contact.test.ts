import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { allSyllabusItems } from '../../../src/course/syllabus';
import { contact } from '../../../src/sim/registry';
import {
  contactConditions,
  contactEndingKinds,
  contactMachine,
  contactMeterSpecs,
  contactStepIds,
  initialContactContext,
  type ContactContext,
} from '../../../src/sim/machines/contactMachine';
import { contactScript } from '../../../src/sim/machines/contactScript';
import { mulberry32 } from '../../../src/course/random';

type Snap = SnapshotFrom<typeof contactMachine>;
const choose = (choiceId: string) => ({ type: 'learner.choose' as const, choiceId });

/** Plays `choices`, asserting each one is offered by describe() before it is sent. */
function play(choices: string[], actor = createActor(contactMachine).start()) {
  for (const id of choices) {
    const step = contact.describe(actor.getSnapshot());
    expect(step.choices.map((c) => c.id), `"${id}" offered at ${step.stepId}`).toContain(id);
    actor.send(choose(id));
  }
  return actor;
}
const stateOf = (actor: { getSnapshot(): Snap }) => String(actor.getSnapshot().value);
const outcomeOf = (actor: { getSnapshot(): Snap }) => contact.describe(actor.getSnapshot()).outcome;
const metersOf = (actor: { getSnapshot(): Snap }) => actor.getSnapshot().context.meters;

const PATHS = {
  win: ['accurate', 'mapped', 'core5', 'referral', 'publicProfile', 'listenConfirm', 'minutes', 'tailored'],
  partial: ['userOnly', 'userChampion', 'noExec', 'formalVisit', 'noPrep', 'listenConfirm', 'minutes', 'onlyLiu'],
  doorClosed: ['techOnly', 'bypassSun', 'solo', 'coldDoor', 'noPrep', 'pitchDeck', 'minutes', 'onlyLiu'],
  windowClosed: ['techOnly', 'bypassSun', 'crowd', 'techExchange', 'stalk', 'pitchDeck', 'wait'],
  flagged: ['accurate', 'avoidDiscipline', 'crowd', 'referral', 'stalk', 'listenConfirm', 'minutes', 'leakAsk'],
  giftViaRelative: ['accurate', 'mapped', 'core5', 'referral', 'familyRoute'],
  kickback: ['accurate', 'mapped', 'core5', 'referral', 'publicProfile', 'kickback'],
  cashCards: ['accurate', 'mapped', 'core5', 'referral', 'publicProfile', 'listenConfirm', 'shoppingCards'],
};

describe('contact simulator: endings by scripted paths', () => {
  it('clean win: accurate chain, full team, referral to the 分管领导, prepared listening', () => {
    const actor = play(PATHS.win);
    expect(stateOf(actor)).toBe('inTheCircle');
    const outcome = outcomeOf(actor)!;
    expect(outcome.kind).toBe('win');
    expect(outcome.score).toBeGreaterThanOrEqual(75);
    expect(outcome.article).toBeUndefined();
    expect(outcome.debrief).toHaveLength(8);
    expect(outcome.debrief.every((d) => d.verdict === 'good')).toBe(true);
    expect(outcome.strongestPath).toContain('冰山');
    expect(metersOf(actor)).toEqual({ warmth: 85, needs: 82, risk: 0, weeks: 4 });
  });

  it('partial: in the door but not established', () => {
    const actor = play(PATHS.partial);
    expect(stateOf(actor)).toBe('oneOfMany');
    const outcome = outcomeOf(actor)!;
    expect(outcome.kind).toBe('partial');
    expect(outcome.score).toBeGreaterThanOrEqual(45);
    expect(outcome.score).toBeLessThan(75);
  });

  it('loss: door closed after misreading the chain and pitching', () => {
    const actor = play(PATHS.doorClosed);
    expect(stateOf(actor)).toBe('doorClosed');
    const outcome = outcomeOf(actor)!;
    expect(outcome.kind).toBe('loss');
    expect(outcome.score).toBeLessThan(45);
    // the misread decision is in the debrief and its lesson is linked
    expect(outcome.debrief[0]).toMatchObject({ step: '识别决策链', verdict: 'bad' });
    expect(outcome.lessonLinks).toContain('1.2');
  });

  it('loss: the window closes when the weeks run out', () => {
    const actor = play(PATHS.windowClosed);
    expect(stateOf(actor)).toBe('windowClosed');
    expect(metersOf(actor).weeks).toBe(0);
    expect(outcomeOf(actor)!.kind).toBe('loss');
  });

  it('loss: grey moves add up to a 纪检 warning', () => {
    const actor = play(PATHS.flagged);
    expect(stateOf(actor)).toBe('flagged');
    expect(metersOf(actor).risk).toBeGreaterThanOrEqual(50);
    expect(outcomeOf(actor)!.kind).toBe('loss');
  });

  it.each([
    ['giftViaRelative', '刑法第390条之一'],
    ['kickback', '刑法第389条'],
    ['cashCards', '刑法第389条'],
  ] as const)('合规失败 %s cites %s and scores 0', (ending, article) => {
    const actor = play(PATHS[ending]);
    expect(stateOf(actor)).toBe(ending);
    const outcome = outcomeOf(actor)!;
    expect(outcome.kind).toBe('compliance');
    expect(outcome.article).toBe(article);
    expect(outcome.summary).toContain(article);
    expect(outcome.summary).toContain('国家工作人员');
    expect(outcome.score).toBe(0);
    expect(outcome.debrief.at(-1)!.verdict).toBe('violation');
    expect(actor.getSnapshot().status).toBe('done');
    expect(contact.describe(actor.getSnapshot()).choices).toEqual([]);
  });
});

describe('contact simulator: earlier choices change later effects', () => {
  /** Meter change caused by `choice` after playing `prefix`, plus the recorded variant. */
  function effect(prefix: string[], choice: string) {
    const actor = play(prefix);
    const before = { ...metersOf(actor) };
    actor.send(choose(choice));
    const after = metersOf(actor);
    const delta = Object.fromEntries(Object.keys(before).map((k) => [k, after[k as 'warmth'] - before[k as 'warmth']]));
    return { delta, variant: actor.getSnapshot().context.decisions.at(-1)!.variant, actor };
  }

  it('a referral reaches the 分管领导 only if the chain was read correctly', () => {
    const right = effect(['accurate', 'mapped', 'core5'], 'referral');
    const wrong = effect(['techOnly', 'mapped', 'core5'], 'referral');
    const overHead = effect(['topOnly', 'mapped', 'core5'], 'referral');
    expect(right).toMatchObject({ variant: 'toLiu', delta: { warmth: 15 } });
    expect(wrong).toMatchObject({ variant: 'toSun', delta: { warmth: 6 } });
    expect(overHead).toMatchObject({ variant: 'toZhou', delta: { warmth: 2 } });
    expect(contact.describe(wrong.actor.getSnapshot()).prompt).toContain('引荐给了孙主任');
  });

  it('misreading the decider puts 孙主任, not 刘总, in the first meeting and halves what listening yields', () => {
    const misread = play(['techOnly', 'mapped', 'core5', 'formalVisit', 'publicProfile']);
    expect(contact.describe(misread.getSnapshot()).speaker).toContain('孙主任');
    const right = play(['accurate', 'mapped', 'core5', 'formalVisit', 'publicProfile']);
    expect(contact.describe(right.getSnapshot()).speaker).toContain('刘总');

    expect(effect(['techOnly', 'mapped', 'core5', 'formalVisit', 'publicProfile'], 'listenConfirm'))
      .toMatchObject({ variant: 'sun', delta: { needs: 8 } });
    expect(effect(['accurate', 'mapped', 'core5', 'formalVisit', 'publicProfile'], 'listenConfirm'))
      .toMatchObject({ variant: 'prepared', delta: { needs: 22 } });
    expect(effect(['accurate', 'mapped', 'core5', 'formalVisit', 'noPrep'], 'listenConfirm'))
      .toMatchObject({ variant: undefined, delta: { needs: 15 } });
  });

  it('a technical exchange without an architect costs an extra week and yields less', () => {
    expect(effect(['accurate', 'mapped', 'solo'], 'techExchange')).toMatchObject({ variant: 'noArchitect', delta: { weeks: -3, needs: 3 } });
    expect(effect(['accurate', 'mapped', 'core5'], 'techExchange')).toMatchObject({ variant: undefined, delta: { weeks: -2, needs: 12 } });
    expect(effect(['accurate', 'bypassSun', 'core5'], 'techExchange')).toMatchObject({ variant: 'sunCold', delta: { needs: 6 } });
  });

  it('the peer-level meeting is offered only when the team has a senior manager', () => {
    const withExec = play(['accurate', 'mapped', 'core5', 'formalVisit', 'noPrep']);
    const withoutExec = play(['accurate', 'mapped', 'noExec', 'formalVisit', 'noPrep']);
    expect(contact.describe(withExec.getSnapshot()).choices.map((c) => c.id)).toContain('execPeer');
    expect(contact.describe(withoutExec.getSnapshot()).choices.map((c) => c.id)).not.toContain('execPeer');
    // sending it anyway is ignored
    withoutExec.send(choose('execPeer'));
    expect(stateOf(withoutExec)).toBe('meeting');
    expect(withoutExec.getSnapshot().context.decisions).toHaveLength(5);
  });

  it('going over the 分管领导\'s head costs warmth in front of the working group', () => {
    const base = ['mapped', 'core5', 'formalVisit', 'publicProfile', 'listenConfirm', 'minutes'];
    expect(effect(['topOnly', ...base], 'tailored')).toMatchObject({ variant: 'overHead', delta: { warmth: -5 } });
    expect(effect(['accurate', ...base], 'tailored')).toMatchObject({ variant: undefined, delta: { warmth: 10 } });
    expect(effect(['accurate', 'mapped', 'solo', 'formalVisit', 'publicProfile', 'listenConfirm', 'minutes'], 'tailored'))
      .toMatchObject({ variant: 'noArchitect' });
  });

  it('minutes are thin when the meeting uncovered no needs', () => {
    const prefix = ['accurate', 'mapped', 'core5', 'formalVisit', 'noPrep'];
    expect(effect([...prefix, 'pitchDeck'], 'minutes')).toMatchObject({ variant: 'thin', delta: { needs: 3 } });
    expect(effect([...prefix, 'listenConfirm'], 'minutes')).toMatchObject({ variant: undefined, delta: { needs: 10 } });
  });
});

describe('contact simulator: guards and clocks at their boundaries', () => {
  const ctx = (meters: Partial<ContactContext['meters']>): ContactContext => ({
    ...initialContactContext(),
    meters: { ...initialContactContext().meters, ...meters },
  });

  it('weeks: 1 left keeps the game going, 0 closes the window', () => {
    const prefix = ['techOnly', 'bypassSun', 'crowd', 'techExchange', 'stalk', 'pitchDeck'];
    expect(metersOf(play(prefix)).weeks).toBe(3);
    const oneLeft = play([...prefix, 'siteVisit']);
    expect(metersOf(oneLeft).weeks).toBe(1);
    expect(stateOf(oneLeft)).toBe('stakeholders');
    const noneLeft = play([...prefix, 'wait']);
    expect(metersOf(noneLeft).weeks).toBe(0);
    expect(stateOf(noneLeft)).toBe('windowClosed');
    expect(contactConditions.isOutOfTime(ctx({ weeks: 1 }))).toBe(false);
    expect(contactConditions.isOutOfTime(ctx({ weeks: 0 }))).toBe(true);
  });

  it('assessment thresholds', () => {
    expect(contactConditions.isWin(ctx({ warmth: 60, needs: 60, risk: 29 }))).toBe(true);
    expect(contactConditions.isWin(ctx({ warmth: 59, needs: 60, risk: 0 }))).toBe(false);
    expect(contactConditions.isWin(ctx({ warmth: 60, needs: 59, risk: 0 }))).toBe(false);
    expect(contactConditions.isWin(ctx({ warmth: 90, needs: 90, risk: 30 }))).toBe(false);
    expect(contactConditions.isPartial(ctx({ warmth: 35, needs: 35 }))).toBe(true);
    expect(contactConditions.isPartial(ctx({ warmth: 34, needs: 35 }))).toBe(false);
    expect(contactConditions.isFlagged(ctx({ risk: 49 }))).toBe(false);
    expect(contactConditions.isFlagged(ctx({ risk: 50 }))).toBe(true);
  });

  it('the machine applies the win boundary on the last decision', () => {
    const at = (warmth: number) => {
      const context: ContactContext = {
        ...initialContactContext(),
        meters: { warmth, needs: 50, risk: 0, weeks: 4 },
        flags: { chain: 'accurate', attitude: 'mapped', team: 'core5', channel: 'publicProfile', meeting: 'listenConfirm' },
      };
      const snapshot = contactMachine.resolveState({ value: 'stakeholders', context });
      const actor = createActor(contactMachine, { snapshot }).start();
      actor.send(choose('tailored')); // +10 warmth, +15 needs
      return stateOf(actor);
    };
    expect(at(50)).toBe('inTheCircle');
    expect(at(49)).toBe('oneOfMany');
  });

  it('named guards can be replaced with fakes', () => {
    const hurried = contactMachine.provide({ guards: { isOutOfTime: () => true } });
    const actor = createActor(hurried).start();
    actor.send(choose('accurate'));
    expect(String(actor.getSnapshot().value)).toBe('windowClosed');
  });
});

describe('contact simulator: persistence', () => {
  it('a restored snapshot continues identically', () => {
    for (const path of Object.values(PATHS)) {
      for (const cut of [1, 3, path.length - 1]) {
        const original = play(path.slice(0, cut));
        const persisted = JSON.parse(JSON.stringify(original.getPersistedSnapshot()));
        const restored = createActor(contactMachine, { snapshot: persisted }).start();
        expect(contact.describe(restored.getSnapshot())).toEqual(contact.describe(original.getSnapshot()));
        play(path.slice(cut), original);
        play(path.slice(cut), restored);
        expect(restored.getSnapshot().context).toEqual(original.getSnapshot().context);
        expect(contact.describe(restored.getSnapshot())).toEqual(contact.describe(original.getSnapshot()));
      }
    }
  });
});

describe('contact simulator: script and definition', () => {
  const syllabusIds = new Set(allSyllabusItems.map((i) => i.id));

  it('has a script for every step and every ending, with valid lesson links and articles', () => {
    expect(contact.id).toBe('contact');
    expect(contact.chapter).toBe(3);
    expect(Object.keys(contactScript.steps).sort()).toEqual([...contactStepIds].sort());
    expect(Object.keys(contactScript.endings).sort()).toEqual(Object.keys(contactEndingKinds).sort());
    for (const step of Object.values(contactScript.steps)) {
      expect(Object.keys(step.choices).length).toBeGreaterThanOrEqual(3);
      step.lessonLinks.forEach((id) => expect(syllabusIds.has(id), id).toBe(true));
    }
    for (const [id, ending] of Object.entries(contactScript.endings)) {
      ending.lessonLinks.forEach((l) => expect(syllabusIds.has(l), l).toBe(true));
      const isCompliance = contactEndingKinds[id as keyof typeof contactEndingKinds] === 'compliance';
      expect(Boolean(ending.article), id).toBe(isCompliance);
      if (ending.article) expect(['刑法第389条', '刑法第390条之一', '刑法第164条']).toContain(ending.article);
    }
    const kinds = new Set(Object.values(contactEndingKinds));
    expect(kinds).toEqual(new Set(['win', 'partial', 'loss', 'compliance']));
    expect(contactStepIds.length).toBeGreaterThanOrEqual(6);
  });

  it('the first screen offers the chain decision with meters at their start values', () => {
    const step = contact.describe(createActor(contactMachine).start().getSnapshot());
    expect(step.stepId).toBe('chain');
    expect(step.outcome).toBeUndefined();
    expect(step.choices.map((c) => c.id)).toEqual(['accurate', 'techOnly', 'topOnly', 'userOnly']);
    expect(step.meters.map((m) => [m.id, m.value])).toEqual([['warmth', 20], ['needs', 10], ['risk', 0], ['weeks', 12]]);
    expect(step.meters.find((m) => m.id === 'risk')!.higherIsWorse).toBe(true);
  });
});

const rng = mulberry32;

describe('contact simulator: seeded random walk', () => {
  it('1,000 walks never throw, always offer a choice before an ending, stay in bounds and end within 40 steps', () => {
    const random = rng(20260303);
    const covered = new Set<string>();
    const endings = new Set<string>();
    for (let walk = 0; walk < 1000; walk++) {
      const actor = createActor(contactMachine).start();
      let step = contact.describe(actor.getSnapshot());
      let n = 0;
      while (!step.outcome) {
        expect(step.choices.length).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThan(40);
        const choice = step.choices[Math.floor(random() * step.choices.length)]!;
        actor.send(choose(choice.id));
        const decisions = actor.getSnapshot().context.decisions;
        expect(decisions).toHaveLength(n + 1); // every offered choice is taken
        const last = decisions.at(-1)!;
        covered.add(`${last.stepId}/${last.choiceId}/${last.variant ?? ''}`);
        n += 1;
        step = contact.describe(actor.getSnapshot());
        for (const m of step.meters) {
          const spec = contactMeterSpecs[m.id as keyof typeof contactMeterSpecs];
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
    // Every choice and every consequence variant in the script is reachable by the machine.
    for (const [stepId, step] of Object.entries(contactScript.steps)) {
      for (const [choiceId, choice] of Object.entries(step.choices)) {
        expect([...covered].some((k) => k.startsWith(`${stepId}/${choiceId}/`)), `${stepId}/${choiceId}`).toBe(true);
        for (const variant of Object.keys(choice.variants ?? {})) {
          expect(covered.has(`${stepId}/${choiceId}/${variant}`), `${stepId}/${choiceId}/${variant}`).toBe(true);
        }
      }
    }
    const nonWin = Object.keys(contactEndingKinds).filter((e) => e !== 'inTheCircle');
    nonWin.forEach((e) => expect(endings.has(e), e).toBe(true));
  }, 60_000); // generous: the 2-core machine is shared with other test runs
});
