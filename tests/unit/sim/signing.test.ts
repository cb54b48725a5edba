import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { addDays, daysBetween, isWorkingDay } from '../../../src/course/calendar';
import { allSyllabusItems } from '../../../src/course/syllabus';
import { signing } from '../../../src/sim/registry';
import {
  NOTICE_DATE,
  PERFORMANCE_BOND,
  SIGNING_DEADLINE,
  SIGN_CHOICES,
  SIGN_EFFECTS,
  SIGN_ENDING_KINDS,
  SIGN_STEPS,
  SME_PAYMENT_DAYS,
  bondReturnDue,
  contractDay,
  initialSignContext,
  signConditions,
  type SignContext,
} from '../../../src/sim/machines/signingMachine';
import { signingScript } from '../../../src/sim/machines/signingScript';
import type { Step } from '../../../src/sim/types';
import { mulberry32 } from '../../../src/course/random';

const machine = signing.machine;

function start(path: string[]) {
  const actor = createActor(machine).start();
  for (const choiceId of path) actor.send({ type: 'learner.choose', choiceId });
  return actor;
}
const play = (path: string[]) => signing.describe(start(path).getSnapshot());
const contextOf = (path: string[]) => start(path).getSnapshot().context;

// contact, template, colleagues, payment, bond, construction, sideDeal, signing, bondReturn
const BEST = ['call', 'lineByLine', 'workshop', 'cite', 'lawfulCap', 'special', 'refuse', 'complete', 'remind'];
const withChoice = (step: (typeof SIGN_STEPS)[number], choiceId: string, base = BEST) => {
  const path = [...base];
  path[SIGN_STEPS.indexOf(step)] = choiceId;
  return path;
};
/** Waiting for the hospital, a quick read, sales alone, a chairman who signs himself: signs on day 30. */
const DAY_30 = ['wait', 'skim', 'salesAlone', 'cite', 'refuseAny', 'special', 'refuse', 'waitChairman'];
/** The same, but reading the template line by line takes one more day: day 31. */
const DAY_31 = withChoice('template', 'lineByLine', DAY_30);

function expectInBounds(step: Step) {
  for (const m of step.meters) {
    expect(m.value, `${step.stepId}/${m.id}`).toBeGreaterThanOrEqual(m.min);
    expect(m.value, `${step.stepId}/${m.id}`).toBeLessThanOrEqual(m.max);
  }
}

describe('signing: legal clocks of the case', () => {
  it('is due 30日 after the 中标通知书 (招标投标法第46条)', () => {
    expect(SIGNING_DEADLINE).toBe('2026-09-02');
    expect(daysBetween(NOTICE_DATE, SIGNING_DEADLINE)).toBe(30);
    expect(contractDay(SIGNING_DEADLINE)).toBe(30);
  });

  it('is late only from day 31', () => {
    const signedOn = (day: string): SignContext => ({ ...initialSignContext(), signedOn: day });
    expect(signConditions.signedLate(signedOn('2026-09-02'))).toBe(false);
    expect(signConditions.signedLate(signedOn('2026-09-03'))).toBe(true);
  });

  it('counts the 5日 bond return from the signing day, a day off moving it to the next working day (实施条例第57条)', () => {
    expect(bondReturnDue('2026-08-18')).toBe('2026-08-24'); // 8月23日 is a Sunday
    expect(bondReturnDue('2026-08-19')).toBe('2026-08-24');
    expect(bondReturnDue('2026-08-20')).toBe('2026-08-25');
  });

  it('holds the numbers of law-facts.md', () => {
    expect(PERFORMANCE_BOND.legalMax).toBe(10);
    expect(SME_PAYMENT_DAYS).toMatchObject({ standard: 30, agreedMax: 60 });
  });
});

describe('signing: every ending by a scripted path', () => {
  it('signs on time with sound terms on the strongest path', () => {
    const step = play(BEST);
    expect(step.stepId).toBe('signedSound');
    expect(step.outcome?.kind).toBe('win');
    expect(step.outcome?.score).toBe(100);
    expect(step.outcome?.debrief.map((d) => d.verdict)).toEqual(BEST.map(() => 'good'));
  });

  it.each([
    ['payment', withChoice('payment', 'acceptAll')],
    ['bond', withChoice('bond', 'payIt')],
    ['special', withChoice('construction', 'verbal')],
    ['oral', withChoice('sideDeal', 'oral')],
    ['blanks', withChoice('signing', 'stampFirst')],
  ])('signs on time but with risky terms (%s)', (risk, path) => {
    const step = play(path);
    expect(step.stepId).toBe('signedRisky');
    expect(step.outcome?.kind).toBe('partial');
    expect(step.outcome?.summary).toContain(signingScript.risks[risk as keyof typeof signingScript.risks]);
  });

  it('misses the deadline and puts the award at risk', () => {
    const step = play(DAY_31);
    expect(step.stepId).toBe('lapsed');
    expect(step.outcome?.kind).toBe('loss');
    expect(step.outcome?.summary).toContain('招标投标法第46条');
  });

  it('fails compliance with a side agreement (招标投标法第46条 / 实施条例第57条)', () => {
    const step = play(BEST.slice(0, 6).concat('sign'));
    expect(step.stepId).toBe('sideAgreement');
    expect(step.outcome?.kind).toBe('compliance');
    expect(step.outcome?.score).toBe(0);
    expect(step.outcome?.article).toContain('招标投标法第46条');
    expect(step.outcome?.article).toContain('实施条例第57条');
    expect(step.outcome?.debrief.at(-1)?.verdict).toBe('violation');
  });

  it('fails compliance with shopping cards for the hospital manager (刑法第389条)', () => {
    const step = play(BEST.slice(0, 4).concat('gift'));
    expect(step.stepId).toBe('bribery');
    expect(step.outcome?.article).toContain('刑法第389条');
    expect(step.outcome?.score).toBe(0);
  });

  it('reaches every ending the machine declares', () => {
    const reached = [BEST, withChoice('payment', 'acceptAll'), DAY_31, BEST.slice(0, 6).concat('sign'), BEST.slice(0, 4).concat('gift')].map(
      (p) => play(p).stepId,
    );
    expect(reached.sort()).toEqual(Object.keys(SIGN_ENDING_KINDS).sort());
  });
});

describe('signing: the 30日 clock at its boundary', () => {
  it('signs on day 30 and carries on to the bond return', () => {
    const context = contextOf(DAY_30);
    expect(context.signedOn).toBe('2026-09-02');
    expect(contractDay(context.signedOn!)).toBe(30);
    const step = play(DAY_30);
    expect(step.stepId).toBe('bondReturn');
    expect(step.outcome).toBeUndefined();
    expect(play([...DAY_30, 'remind']).outcome?.kind).toBe('partial');
  });

  it('signs on day 31 and loses', () => {
    const context = contextOf(DAY_31);
    expect(context.signedOn).toBe('2026-09-03');
    expect(contractDay(context.signedOn!)).toBe(31);
    const step = play(DAY_31);
    expect(step.outcome?.kind).toBe('loss');
    expect(step.outcome?.summary).toContain('第31天');
    // A late signing starts no bond clock on the calendar.
    expect(step.calendar?.some((m) => m.label === signingScript.calendar.bondDue)).toBe(false);
  });

  it('shows the days left as a meter and the deadline on the calendar', () => {
    const step = play(['call']);
    expect(step.meters.find((m) => m.id === 'daysLeft')?.value).toBe(29);
    expect(step.calendar?.find((m) => m.kind === 'deadline')?.date).toBe(SIGNING_DEADLINE);
    expect(step.calendar?.find((m) => m.kind === 'today')?.date).toBe('2026-08-04');
  });

  it('signs only on a working day', () => {
    // Day 12 (8月15日) is a Saturday: the hospital signs on Monday 8月17日.
    const context = contextOf(BEST.slice(0, 8));
    expect(context.signedOn).toBe('2026-08-17');
    expect(isWorkingDay(context.signedOn!)).toBe(true);
  });

  it('asks about the bond the day after its 5日 have run out', () => {
    const step = play(BEST.slice(0, 8));
    expect(step.stepId).toBe('bondReturn');
    const due = bondReturnDue('2026-08-17');
    expect(due).toBe('2026-08-24');
    expect(step.calendar?.find((m) => m.kind === 'today')?.date).toBe(addDays(due, 1));
    expect(step.calendar?.some((m) => m.date === due && m.kind === 'deadline')).toBe(true);
    expect(step.prompt).toContain('8月24日');
  });
});

describe('signing: consequences that depend on earlier choices', () => {
  it('the SME payment terms go through faster when finance was involved', () => {
    const days = (path: string[]) => daysBetween(contextOf(path.slice(0, 3)).today, contextOf(path.slice(0, 4)).today);
    expect(days(BEST)).toBe(3);
    expect(days(withChoice('colleagues', 'salesAlone'))).toBe(5);
    expect(contextOf(withChoice('colleagues', 'salesAlone').slice(0, 4)).decisions.at(-1)?.fx).toBe('payment.cite.slow');
  });

  it('the special clauses take longer without the technical colleagues aligned', () => {
    const days = (path: string[]) => daysBetween(contextOf(path.slice(0, 5)).today, contextOf(path.slice(0, 6)).today);
    expect(days(BEST)).toBe(2);
    expect(days(withChoice('colleagues', 'financeOnly'))).toBe(3);
  });

  it('the signing itself takes longer when nobody asked about the hospital’s process', () => {
    const signDays = (path: string[]) => daysBetween(contextOf(path.slice(0, 7)).today, contextOf(path.slice(0, 8)).signedOn!);
    const known = signDays(BEST);
    const unknown = signDays(withChoice('contact', 'wait'));
    expect(unknown).toBeGreaterThan(known);
  });

  it('the lawful answer to a 15% performance bond keeps the contract sound', () => {
    expect(contextOf(BEST.slice(0, 5)).flags.bondExcess).toBe(false);
    expect(contextOf(withChoice('bond', 'payIt').slice(0, 5)).flags.bondExcess).toBe(true);
  });
});

describe('signing: debrief, script and definition', () => {
  it('lists each decision with feedback, the strongest path and syllabus links', () => {
    const ids = new Set(allSyllabusItems.map((i) => i.id));
    for (const path of [BEST, withChoice('construction', 'verbal'), DAY_31, BEST.slice(0, 6).concat('sign')]) {
      const outcome = play(path).outcome!;
      expect(outcome.debrief).toHaveLength(path.length);
      for (const d of outcome.debrief) expect(d.feedback.length).toBeGreaterThan(10);
      expect(outcome.strongestPath.length).toBeGreaterThan(50);
      for (const id of outcome.lessonLinks) expect(ids.has(id), id).toBe(true);
    }
    expect(play(withChoice('construction', 'verbal')).outcome!.lessonLinks).toContain('8.3');
    expect(play(withChoice('colleagues', 'salesAlone')).outcome!.lessonLinks).toContain('8.2b');
  });

  it('has text for every consequence and every choice, and 6+ decision points of 3+ choices', () => {
    expect(SIGN_STEPS.length).toBeGreaterThanOrEqual(6);
    for (const key of Object.keys(SIGN_EFFECTS)) expect(signingScript.consequences[key as keyof typeof SIGN_EFFECTS]?.feedback).toBeTruthy();
    for (const step of SIGN_STEPS) {
      expect(SIGN_CHOICES[step].length).toBeGreaterThanOrEqual(3);
      expect(Object.keys(signingScript.steps[step].choices).sort()).toEqual([...SIGN_CHOICES[step]].sort());
    }
  });

  it('restores a persisted snapshot and continues identically', () => {
    const cut = 4;
    const original = start(BEST.slice(0, cut));
    const persisted = JSON.parse(JSON.stringify(original.getPersistedSnapshot()));
    const restored = createActor(machine, { snapshot: persisted }).start();
    expect(signing.describe(restored.getSnapshot())).toEqual(signing.describe(original.getSnapshot()));
    for (const choiceId of BEST.slice(cut)) {
      original.send({ type: 'learner.choose', choiceId });
      restored.send({ type: 'learner.choose', choiceId });
      expect(signing.describe(restored.getSnapshot())).toEqual(signing.describe(original.getSnapshot()));
    }
    expect(restored.getSnapshot().value).toBe('signedSound');
  });
});

/** The project's seeded PRNG, so the walks are reproducible. */
const rng = mulberry32;

describe('signing: 1,000 seeded random walks', () => {
  it('never throw, always offer 3+ choices before an ending, keep meters in bounds and end within 40 steps', () => {
    const random = rng(20260803);
    const endings = new Set<string>();
    for (let walk = 0; walk < 1000; walk += 1) {
      const actor = createActor(machine).start();
      let step = signing.describe(actor.getSnapshot());
      let moves = 0;
      while (!step.outcome) {
        expect(step.choices.length, step.stepId).toBeGreaterThanOrEqual(3);
        expectInBounds(step);
        const choice = step.choices[Math.floor(random() * step.choices.length)]!;
        actor.send({ type: 'learner.choose', choiceId: choice.id });
        const next = signing.describe(actor.getSnapshot());
        expect(next.stepId === step.stepId && !next.outcome, `stuck at ${step.stepId}`).toBe(false);
        step = next;
        moves += 1;
        expect(moves).toBeLessThanOrEqual(40);
      }
      expectInBounds(step);
      expect(step.choices).toEqual([]);
      if (step.outcome.kind === 'compliance') expect(step.outcome.article).toBeTruthy();
      endings.add(step.stepId);
    }
    expect(endings.size).toBeGreaterThanOrEqual(4);
  });
});
