import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { addDays, daysBetween } from '../../../src/course/calendar';
import { allSyllabusItems } from '../../../src/course/syllabus';
import { bidding } from '../../../src/sim/registry';
import {
  BID_CHOICES,
  BID_DATES,
  BID_EFFECTS,
  BID_ENDING_KINDS,
  BID_STEPS,
  LAST_OBJECTION_DAY,
  MIN_TENDER_DAYS,
  bidConditions,
  initialBidContext,
  type BidContext,
} from '../../../src/sim/machines/biddingMachine';
import { biddingScript } from '../../../src/sim/machines/biddingScript';
import type { Step } from '../../../src/sim/types';
import { mulberry32 } from '../../../src/course/random';

const machine = bidding.machine;

/** Plays a path; a choice the game does not accept (or any choice after an ending) is a broken test path. */
function start(path: string[]) {
  const actor = createActor(machine).start();
  path.forEach((choiceId, i) => {
    const event = { type: 'learner.choose', choiceId } as const;
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'done' || !snapshot.can(event)) {
      throw new Error(`choice ${i + 1} "${choiceId}" is not accepted at ${String(snapshot.value)}`);
    }
    actor.send(event);
  });
  return actor;
}
const play = (path: string[]) => bidding.describe(start(path).getSnapshot());
const contextOf = (path: string[]) => start(path).getSnapshot().context;

// The strongest path, step by step (prepTech … presentation).
const BEST = ['align', 'plan', 'formNow', 'thorough', 'formal', 'fullCheck', 'crossCheck', 'tailored', 'full', 'careful', 'earlyTest', 'objectOnSite', 'formal'];
const withChoice = (step: (typeof BID_STEPS)[number], choiceId: string, base = BEST) => {
  const path = [...base];
  path[BID_STEPS.indexOf(step)] = choiceId;
  return path;
};
/** Late start: the team only forms when 刘总 is back, 7月16日. */
const LATE_START = ['align', 'oral', 'waitBoss'];

function expectInBounds(step: Step) {
  for (const m of step.meters) {
    expect(m.value, `${step.stepId}/${m.id}`).toBeGreaterThanOrEqual(m.min);
    expect(m.value, `${step.stepId}/${m.id}`).toBeLessThanOrEqual(m.max);
  }
}

describe('bidding: legal clocks of the case', () => {
  it('gives at least 20日 from the issue of the tender documents to the deadline (招标投标法第24条)', () => {
    expect(daysBetween(BID_DATES.issued, BID_DATES.deadline)).toBeGreaterThanOrEqual(MIN_TENDER_DAYS);
  });

  it('puts the last day for an 异议 to the tender documents 10日 before the deadline (实施条例第22条)', () => {
    expect(LAST_OBJECTION_DAY).toBe('2026-07-17');
    expect(daysBetween(LAST_OBJECTION_DAY, BID_DATES.deadline)).toBe(10);
    const at = (today: string): BidContext => ({ ...initialBidContext(), today });
    expect(bidConditions.isObjectionWindowOpen(at('2026-07-17'))).toBe(true);
    expect(bidConditions.isObjectionWindowOpen(at('2026-07-18'))).toBe(false);
  });

  it('lets our CA key expire before the opening, so only a renewed key decrypts there', () => {
    expect(BID_DATES.caExpiry < BID_DATES.deadline).toBe(true);
    expect(BID_DATES.caExpiry > BID_DATES.issued).toBe(true);
  });

  it('is past the deadline only from the day after it', () => {
    const at = (today: string): BidContext => ({ ...initialBidContext(), today });
    expect(bidConditions.isPastDeadline(at(BID_DATES.deadline))).toBe(false);
    expect(bidConditions.isPastDeadline(at(addDays(BID_DATES.deadline, 1)))).toBe(true);
  });
});

describe('bidding: every ending by a scripted path', () => {
  it('wins with the strongest path', () => {
    const step = play(BEST);
    expect(step.stepId).toBe('won');
    expect(step.outcome?.kind).toBe('win');
    expect(step.outcome?.score).toBeGreaterThanOrEqual(80);
    expect(step.outcome?.debrief).toHaveLength(BEST.length);
    expect(step.outcome?.debrief.every((d) => d.verdict === 'good')).toBe(true);
    expect(step.choices).toEqual([]);
  });

  it.each([
    ['no mock evaluation', withChoice('review', 'crossOnly')],
    ['no 异议 to the local-only scoring clause', withChoice('objection', 'accept')],
    ['a flat cut instead of checking the 工程量清单', withChoice('cost', 'flatCut')],
  ])('still wins with one slip: %s', (_, path) => {
    expect(play(path).stepId).toBe('won');
  });

  it.each([
    ['no mock evaluation and no 异议', withChoice('review', 'crossOnly', withChoice('objection', 'accept'))],
    ['a thin team and a flat cut', withChoice('team', 'soloStart', withChoice('cost', 'flatCut'))],
    ['a padded technical plan and no mock evaluation', withChoice('technical', 'everything', withChoice('review', 'crossOnly'))],
    ['an extra promise in the presentation', withChoice('presentation', 'promise')],
  ])('ranks second after %s', (_, path) => {
    const step = play(path);
    expect(step.stepId).toBe('second');
    expect(step.outcome?.kind).toBe('partial');
    expect(step.outcome?.score).toBeLessThan(80);
  });

  it('ranks third when the points are lost one by one', () => {
    const step = play(['wait', 'oral', 'formNow', 'thorough', 'accept', 'qualOnly', 'crossCheck', 'template', 'full', 'careful', 'earlyTest', 'objectOnSite', 'promise']);
    expect(step.stepId).toBe('third');
    expect(step.outcome?.kind).toBe('loss');
  });

  it.each([
    ['pmConflict', withChoice('qualification', 'borrowPm')],
    ['overCap', withChoice('analysis', 'scoringOnly', withChoice('cost', 'nearCap', withChoice('review', 'crossOnly')))],
    ['missedStar', withChoice('analysis', 'copyOld', withChoice('review', 'skip'))],
    ['unsigned', withChoice('review', 'skip', withChoice('packaging', 'rushed'))],
  ])('rejects the bid at the evaluation for %s', (reason, path) => {
    // Rejected at the evaluation: the presentation step never comes.
    const actor = start(path.slice(0, BID_STEPS.indexOf('presentation')));
    const step = bidding.describe(actor.getSnapshot());
    expect(step.stepId).toBe('rejected');
    expect(step.outcome?.kind).toBe('loss');
    expect(step.outcome?.title).toContain(biddingScript.rejections[reason as keyof typeof biddingScript.rejections].title);
    // Rejected at the evaluation: the presentation never happened.
    expect(actor.getSnapshot().context.decisions.map((d) => d.stepId)).not.toContain('presentation');
  });

  it('cannot open a file whose CA key expired and was never tested', () => {
    const step = play(withChoice('qualification', 'qualOnly', withChoice('upload', 'noTest')).slice(0, 11));
    expect(step.stepId).toBe('rejected');
    expect(step.outcome?.title).toContain('无法解密');
  });

  it.each([
    ['prepTech', 'tailor', 'collusionTenderee', ['招标投标法第32条', '刑法第223条']],
    ['prepPartner', 'rig', 'collusionBidders', ['招标投标法第32条', '刑法第223条']],
    ['opening', 'followExpert', 'privateContact', ['招标投标法第44条']],
    ['presentation', 'bribe', 'bribery', ['第32条', '第53条']],
  ] as const)('ends in 合规失败 when %s → %s', (stepId, choiceId, ending, articles) => {
    const path = BEST.slice(0, BID_STEPS.indexOf(stepId)).concat(choiceId);
    const step = play(path);
    expect(step.stepId).toBe(ending);
    expect(step.outcome?.kind).toBe('compliance');
    expect(step.outcome?.score).toBe(0);
    for (const a of articles) expect(step.outcome?.article).toContain(a);
    expect(step.outcome?.debrief.at(-1)?.verdict).toBe('violation');
  });

  it('reaches every ending the machine declares', () => {
    const reached = new Set<string>();
    const paths = [
      BEST,
      withChoice('presentation', 'promise'),
      ['wait', 'oral', 'formNow', 'thorough', 'accept', 'qualOnly', 'crossCheck', 'template', 'full', 'careful', 'earlyTest', 'objectOnSite', 'promise'],
      withChoice('qualification', 'borrowPm').slice(0, BID_STEPS.indexOf('presentation')),
      [...LATE_START, 'thorough', 'formal', 'fullCheck', 'crossCheck', 'everything', 'full'],
      ['tailor'],
      ['align', 'rig'],
      BEST.slice(0, 11).concat('followExpert'),
      BEST.slice(0, 12).concat('bribe'),
    ];
    for (const p of paths) reached.add(play(p).stepId);
    expect([...reached].sort()).toEqual(Object.keys(BID_ENDING_KINDS).sort());
  });
});

describe('bidding: the countdown at its boundaries', () => {
  it('accepts an 异议 raised on the last day, 7月17日 (late start, quick reading)', () => {
    const before = contextOf([...LATE_START, 'scoringOnly']);
    expect(before.today).toBe('2026-07-17');
    const after = contextOf([...LATE_START, 'scoringOnly', 'formal']);
    expect(after.decisions.at(-1)?.fx).toBe('objection.formal.inTime');
    expect(after.flags.objectionAccepted).toBe(true);
    expect(after.meters.business).toBe(before.meters.business + 4);
    // The 招标人's 3日 reply is on the calendar.
    const step = play([...LATE_START, 'scoringOnly', 'formal']);
    expect(step.calendar?.some((m) => m.date === '2026-07-20' && m.label.includes('3日'))).toBe(true);
  });

  it('refuses an 异议 raised on 7月18日, the first day after the window', () => {
    const before = contextOf([...LATE_START, 'thorough']);
    expect(before.today).toBe('2026-07-18');
    const after = contextOf([...LATE_START, 'thorough', 'formal']);
    expect(after.decisions.at(-1)?.fx).toBe('objection.formal.late');
    expect(after.flags.objectionAccepted).toBe(false);
    expect(after.meters.business).toBe(before.meters.business);
  });

  // Late start → 7月17日; 授权书 fetched during the self-check (3 days) → 7月20日; 清单 2 → 7月22日.
  const toTechnical = [...LATE_START, 'scoringOnly', 'formal', 'fullCheck', 'crossCheck'];

  it('delivers on time when printing starts the day before the deadline', () => {
    const atPackaging = [...toTechnical, 'tailored', 'crossOnly'];
    expect(contextOf(atPackaging).today).toBe('2026-07-26');
    const afterPrinting = contextOf([...atPackaging, 'careful']);
    expect(afterPrinting.today).toBe(BID_DATES.deadline);
    expect(afterPrinting.flags.deliveredLate).toBe(false);
    const step = play([...atPackaging, 'careful', 'earlyTest', 'objectOnSite', 'formal']);
    expect(step.outcome?.kind).not.toBe('loss');
  });

  it('is late when printing starts on the deadline day', () => {
    const atPackaging = [...toTechnical, 'everything', 'crossOnly'];
    expect(contextOf(atPackaging).today).toBe(BID_DATES.deadline);
    const step = play([...atPackaging, 'careful']);
    expect(step.stepId).toBe('late');
    expect(step.outcome?.title).toContain(biddingScript.lates.paper.title);
    expect(play([...atPackaging, 'rushed']).stepId).toBe('late');
  });

  it('needs two days for a courier: one day left is too late', () => {
    const atPackaging = [...toTechnical, 'tailored', 'crossOnly'];
    expect(play([...atPackaging, 'courier']).stepId).toBe('late');
  });

  it('ends as late when the work runs past the deadline', () => {
    const step = play([...LATE_START, 'thorough', 'formal', 'fullCheck', 'crossCheck', 'everything', 'full']);
    expect(step.stepId).toBe('late');
    expect(step.outcome?.title).toContain(biddingScript.lates.unfinished.title);
  });

  // CA key never checked (资格 only) → found only by an early test, renewed only with a day to spare.
  const unchecked = [...LATE_START, 'scoringOnly', 'accept', 'qualOnly', 'crossCheck', 'tailored'];
  it('renews an expired CA key found by an early test with a day left', () => {
    const path = [...unchecked, 'crossOnly', 'careful'];
    expect(contextOf(path).today).toBe('2026-07-25');
    const after = contextOf([...path, 'earlyTest']);
    expect(after.decisions.at(-1)?.fx).toBe('upload.earlyTest.renewed');
    expect(after.today).toBe(BID_DATES.deadline);
    expect(play([...path, 'earlyTest']).stepId).toBe('opening');
  });

  it('cannot renew the CA key on the deadline day', () => {
    const path = [...unchecked, 'full', 'careful'];
    expect(contextOf(path).today).toBe(BID_DATES.deadline);
    const step = play([...path, 'earlyTest']);
    expect(step.stepId).toBe('late');
    expect(step.outcome?.title).toContain(biddingScript.lates.upload.title);
    expect(play([...path, 'lastMinute']).stepId).toBe('late');
  });
});

describe('bidding: consequences that depend on earlier choices', () => {
  it('a team that watches the 补遗 prices near the cap without going over it', () => {
    expect(contextOf(withChoice('cost', 'nearCap').slice(0, 7)).flags.overCap).toBe(false);
    expect(contextOf(withChoice('analysis', 'scoringOnly', withChoice('cost', 'nearCap')).slice(0, 7)).flags.overCap).toBe(true);
    // The mock evaluation catches the over-cap price; a cross-review alone does not.
    const missed = withChoice('analysis', 'scoringOnly', withChoice('cost', 'nearCap'));
    expect(play(missed).stepId).not.toBe('rejected');
    expect(play(withChoice('review', 'crossOnly', missed).slice(0, BID_STEPS.indexOf('presentation'))).stepId).toBe('rejected');
  });

  it('an oral deal with the partner costs a day at the self-check, or points without it', () => {
    const planned = contextOf(BEST.slice(0, 6));
    const oral = contextOf(withChoice('prepPartner', 'oral').slice(0, 6));
    expect(daysBetween(oral.today, planned.today)).toBe(-1);
    expect(oral.decisions.at(-1)?.fx).toBe('qualification.fullCheck.fetchAuth');
    const careless = contextOf(withChoice('prepPartner', 'oral', withChoice('qualification', 'qualOnly')).slice(0, 6));
    expect(careless.decisions.at(-1)?.fx).toBe('qualification.qualOnly.noAuth');
    expect(careless.meters.business).toBeLessThan(oral.meters.business);
  });

  it('a thin team takes longer for the same work and writes a weaker technical plan', () => {
    const full = contextOf(BEST.slice(0, 8));
    const thin = contextOf(withChoice('team', 'soloStart').slice(0, 8));
    expect(daysBetween(full.today, thin.today)).toBeGreaterThan(0);
    expect(thin.meters.technical).toBeLessThan(full.meters.technical);
    expect(thin.meters.effort).toBeLessThan(full.meters.effort);
  });

  it('rushed printing only survives when the file was reviewed', () => {
    expect(contextOf(withChoice('packaging', 'rushed').slice(0, 10)).flags.unsigned).toBe(false);
    expect(contextOf(withChoice('review', 'skip', withChoice('packaging', 'rushed')).slice(0, 10)).flags.unsigned).toBe(true);
  });

  it('a cross-review catches a missed ★ clause from a quick reading', () => {
    const quick = withChoice('analysis', 'scoringOnly');
    expect(contextOf(quick.slice(0, 4)).flags.missedStar).toBe(true);
    expect(contextOf(withChoice('review', 'crossOnly', quick).slice(0, 9)).flags.missedStar).toBe(false);
  });

  it('the presentation profits from the mock evaluation', () => {
    const gain = (path: string[]) => contextOf(path).meters.technical - contextOf(path.slice(0, -1)).meters.technical;
    expect(gain(BEST)).toBe(2);
    expect(gain(withChoice('review', 'crossOnly'))).toBe(1);
  });
});

describe('bidding: debrief, script and definition', () => {
  it('lists each decision with its feedback, the strongest path and syllabus links', () => {
    const ids = new Set(allSyllabusItems.map((i) => i.id));
    // The rejected bid never reaches the presentation: 12 decisions.
    for (const path of [BEST, withChoice('qualification', 'borrowPm').slice(0, 12), ['tailor']]) {
      const outcome = play(path).outcome!;
      expect(outcome.debrief.length).toBe(path.length);
      for (const d of outcome.debrief) expect(d.feedback.length).toBeGreaterThan(10);
      expect(outcome.strongestPath.length).toBeGreaterThan(50);
      expect(outcome.lessonLinks.length).toBeGreaterThan(0);
      for (const id of outcome.lessonLinks) expect(ids.has(id), id).toBe(true);
    }
    // A wrong turn adds the lesson that teaches it.
    expect(play(withChoice('qualification', 'borrowPm').slice(0, 12)).outcome!.lessonLinks).toContain('6.3');
  });

  it('has text for every consequence and every choice, and 6+ decision points of 3+ choices', () => {
    expect(BID_STEPS.length).toBeGreaterThanOrEqual(6);
    for (const key of Object.keys(BID_EFFECTS)) expect(biddingScript.consequences[key as keyof typeof BID_EFFECTS]?.feedback).toBeTruthy();
    for (const step of BID_STEPS) {
      expect(BID_CHOICES[step].length).toBeGreaterThanOrEqual(3);
      const labels = biddingScript.steps[step].choices as Record<string, string>;
      expect(Object.keys(labels).sort()).toEqual([...BID_CHOICES[step]].sort());
    }
  });

  it('shows today and the legal deadlines on the calendar', () => {
    const step = play(BEST.slice(0, 3));
    expect(step.stepId).toBe('analysis');
    const marks = step.calendar!;
    expect(marks.find((m) => m.kind === 'today')?.date).toBe('2026-07-07');
    expect(marks.filter((m) => m.kind === 'deadline').map((m) => m.date)).toEqual([LAST_OBJECTION_DAY, BID_DATES.deadline]);
    expect(step.meters.find((m) => m.id === 'daysLeft')?.value).toBe(20);
    expect(step.prompt).toContain('7月7日');
  });

  it('restores a persisted snapshot and continues identically', () => {
    const cut = 7;
    const original = start(BEST.slice(0, cut));
    const persisted = JSON.parse(JSON.stringify(original.getPersistedSnapshot()));
    const restored = createActor(machine, { snapshot: persisted }).start();
    expect(bidding.describe(restored.getSnapshot())).toEqual(bidding.describe(original.getSnapshot()));
    for (const choiceId of BEST.slice(cut)) {
      original.send({ type: 'learner.choose', choiceId });
      restored.send({ type: 'learner.choose', choiceId });
      expect(bidding.describe(restored.getSnapshot())).toEqual(bidding.describe(original.getSnapshot()));
    }
    expect(restored.getSnapshot().value).toBe('won');
  });

  it('ignores a choice that is not offered', () => {
    const actor = start(BEST.slice(0, 2));
    const before = actor.getSnapshot();
    actor.send({ type: 'learner.choose', choiceId: 'nonsense' });
    expect(actor.getSnapshot().context).toEqual(before.context);
    expect(actor.getSnapshot().value).toBe('team');
  });
});

/** The project's seeded PRNG, so the walks are reproducible. */
const rng = mulberry32;

describe('bidding: 1,000 seeded random walks', () => {
  it('never throw, always offer 3+ choices before an ending, keep meters in bounds and end within 40 steps', () => {
    const random = rng(20260706);
    const endings = new Set<string>();
    for (let walk = 0; walk < 1000; walk += 1) {
      const actor = createActor(machine).start();
      let step = bidding.describe(actor.getSnapshot());
      let moves = 0;
      while (!step.outcome) {
        expect(step.choices.length, step.stepId).toBeGreaterThanOrEqual(3);
        expectInBounds(step);
        const choice = step.choices[Math.floor(random() * step.choices.length)]!;
        actor.send({ type: 'learner.choose', choiceId: choice.id });
        const next = bidding.describe(actor.getSnapshot());
        expect(next.stepId === step.stepId && !next.outcome, `stuck at ${step.stepId}`).toBe(false);
        step = next;
        moves += 1;
        expect(moves).toBeLessThanOrEqual(40);
      }
      expectInBounds(step);
      expect(step.choices).toEqual([]);
      expect(step.outcome.score).toBeGreaterThanOrEqual(0);
      expect(step.outcome.score).toBeLessThanOrEqual(100);
      if (step.outcome.kind === 'compliance') expect(step.outcome.article).toBeTruthy();
      endings.add(step.stepId);
    }
    expect(endings.size).toBeGreaterThanOrEqual(6);
  });
});
