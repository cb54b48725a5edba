import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { objection } from '../../../src/sim/registry';
import { playPath } from '../../../src/sim/engine/play';
import { chooseEvent, replay } from '../../../src/sim/engine/replay';
import { createSimulatorSession, type SessionChange } from '../../../src/sim/engine/session';
import {
  challengeDeadline,
  complaintDeadline,
  miscountedDeadline,
  replyDue,
  believedDeadline,
} from '../../../src/sim/machines/objectionClock';
import {
  ENDING_KINDS,
  objectionMachine,
  offeredChoices,
  STEPS,
  type EndingId,
  type ObjectionContext,
  type StepId,
} from '../../../src/sim/machines/objectionMachine';
import { objectionScript } from '../../../src/sim/machines/objectionScript';

const ctxAfter = (path: string[]) => replay(objection, path).snapshot.context as ObjectionContext;

// Strongest paths (win at the 异议/质疑 stage).
const WORKS_WIN = ['caseWorks', 'record', 'scoreReview', 'verify', 'objection', 'fileToday', 'cooperate', 'formalDebrief'];
const GOV_WIN = ['caseGov', 'record', 'scoreReview', 'verify', 'challenge', 'fileToday', 'cooperate', 'formalDebrief'];
// Solid grounds but thin record: the reply rejects, the complaint is needed.
const WORKS_TO_REPLY_REJECTED = ['caseWorks', 'callCustomer', 'skipReview', 'verify', 'objection', 'fileToday'];

const ENDING_PATHS: Record<EndingId, string[]> = {
  resultChanged: WORKS_WIN,
  complaintWon: [...WORKS_TO_REPLY_REJECTED, 'prepareComplaint', 'rightBody', 'formalDebrief'],
  lawfulNoChange: ['caseGov', 'record', 'scoreReview', 'rumour', 'challenge', 'fileToday', 'acceptReply', 'formalDebrief'],
  acceptedResult: ['caseGov', 'record', 'scoreReview', 'noGrounds', 'accept', 'formalDebrief'],
  relationshipLost: ['caseWorks', 'callCustomer', 'pressLeader', 'rumour', 'objection', 'fileToday', 'acceptReply', 'blastOnline'],
  challengeLate: ['caseWorks', 'skim', 'skipReview', 'verify', 'objection', 'fileToday'],
  complaintLate: [...WORKS_TO_REPLY_REJECTED, 'waitLong', 'prepareComplaint', 'rightBody'],
  rejectedNoPrior: ['caseWorks', 'record', 'scoreReview', 'verify', 'complainDirect'],
  rejectedWrongBody: ['caseGov', 'callCustomer', 'skipReview', 'verify', 'challenge', 'fileToday', 'prepareComplaint', 'wrongBody'],
  rejectedNoEvidence: ['caseGov', 'record', 'scoreReview', 'noGrounds', 'challenge', 'fileToday', 'prepareComplaint', 'rightBody'],
  expertContact: ['caseWorks', 'record', 'scoreReview', 'contactExpert'],
  bribeAgent: ['caseGov', 'record', 'scoreReview', 'bribeAgent'],
  fabricatedEvidence: [...WORKS_TO_REPLY_REJECTED, 'prepareComplaint', 'fabricate'],
  threat: ['caseGov', 'record', 'skipReview', 'rumour', 'challenge', 'fileToday', 'threaten'],
  bribeOfficial: ['caseGov', 'callCustomer', 'skipReview', 'verify', 'challenge', 'fileToday', 'prepareComplaint', 'bribeOfficial'],
};

describe('objection simulator: every ending by a scripted path', () => {
  for (const [ending, path] of Object.entries(ENDING_PATHS) as [EndingId, string[]][]) {
    it(`${ending} (${ENDING_KINDS[ending]})`, () => {
      const step = playPath(objection, path);
      expect(step.stepId).toBe(`end.${ending}`);
      expect(step.choices).toEqual([]);
      expect(step.outcome?.kind).toBe(ENDING_KINDS[ending]);
      expect(step.outcome?.debrief.length).toBe(path.length - 1); // the case pick is not judged
      expect(step.outcome?.lessonLinks.length).toBeGreaterThan(0);
    });
  }

  it('合规失败 scores 0 and names the article it breaks', () => {
    expect(playPath(objection, ENDING_PATHS.expertContact).outcome).toMatchObject({ score: 0, article: '招标投标法第44条' });
    expect(playPath(objection, ENDING_PATHS.bribeAgent).outcome).toMatchObject({ score: 0, article: '刑法第164条' });
    expect(playPath(objection, ENDING_PATHS.fabricatedEvidence).outcome).toMatchObject({ score: 0, article: '招标投标法实施条例第60条' });
    expect(playPath(objection, ENDING_PATHS.threat).outcome).toMatchObject({ score: 0, article: '刑法第391条' });
    expect(playPath(objection, ENDING_PATHS.bribeOfficial).outcome).toMatchObject({ score: 0, article: '刑法第389条、第390条' });
    for (const ending of Object.keys(ENDING_KINDS) as EndingId[]) {
      if (ENDING_KINDS[ending] !== 'compliance') continue;
      const o = playPath(objection, ENDING_PATHS[ending]).outcome!;
      expect(o.article, ending).toMatch(/第\d+条/);
      expect(o.debrief.at(-1)?.verdict).toBe('violation');
    }
  });

  it('the strongest path scores higher than a win reached with mistakes', () => {
    const best = playPath(objection, WORKS_WIN).outcome!;
    const messy = playPath(objection, ENDING_PATHS.complaintWon).outcome!;
    expect(best.kind).toBe('win');
    expect(best.debrief.every((d) => d.verdict === 'good')).toBe(true);
    expect(best.score).toBeGreaterThan(messy.score);
    expect(playPath(objection, GOV_WIN).outcome?.kind).toBe('win');
  });

  it('scores stay inside the band of their kind', () => {
    for (const path of Object.values(ENDING_PATHS)) {
      const o = playPath(objection, path).outcome!;
      const band = { win: [60, 100], partial: [35, 69], loss: [5, 34], compliance: [0, 0] }[o.kind];
      expect(o.score).toBeGreaterThanOrEqual(band[0]!);
      expect(o.score).toBeLessThanOrEqual(band[1]!);
    }
  });

  it('accepting the result is judged by the grounds the learner held', () => {
    const solid = playPath(objection, ['caseWorks', 'record', 'scoreReview', 'verify', 'accept', 'formalDebrief']).outcome!;
    const none = playPath(objection, ENDING_PATHS.acceptedResult).outcome!;
    expect(solid.kind).toBe('partial');
    expect(solid.debrief.find((d) => d.step === objectionScript.steps.remedy.short)?.verdict).toBe('bad');
    expect(solid.summary).toContain(objectionScript.endings.acceptedResult.ifSolid);
    expect(none.debrief.find((d) => d.step === objectionScript.steps.remedy.short)?.verdict).toBe('good');
    expect(solid.score).toBeLessThan(none.score);
  });
});

describe('objection simulator: the regime decides the clock', () => {
  it('招标投标: 异议 only within the 公示期 — 9月30日 is the last valid day', () => {
    expect(challengeDeadline('works')).toBe('2026-09-30');
    const path = ['caseWorks', 'askBoss', 'scoreReview', 'verify', 'objection'];
    expect(ctxAfter(path).today).toBe('2026-09-30');
    const step = playPath(objection, [...path, 'fileToday']);
    expect(step.stepId).toBe('replyUpheld');
  });

  it('招标投标: the first late day (10月1日, a holiday) loses the 异议', () => {
    // A persisted snapshot moved to 10月1日: the same guard must refuse it.
    const { persisted } = replay(objection, ['caseWorks', 'record', 'scoreReview', 'verify', 'objection']);
    const moved = structuredClone(persisted) as unknown as { context: ObjectionContext };
    moved.context.today = '2026-10-01';
    const actor = createActor(objectionMachine, { snapshot: moved as never }).start();
    actor.send(chooseEvent('fileToday'));
    expect(actor.getSnapshot().context.ending).toBe('challengeLate');
  });

  it('招标投标: a 公示期 "extended" over 国庆 is a miscount', () => {
    expect(miscountedDeadline('works', 'objection')).toBe('2026-10-08');
    const step = playPath(objection, ['caseWorks', 'record', 'scoreReview', 'verify', 'objection', 'fileMiscount']);
    expect(step.outcome?.kind).toBe('loss');
    expect(step.stepId).toBe('end.challengeLate');
  });

  it('招标投标 treated as 政府采购: the 7-working-day "deadline" is already too late', () => {
    expect(believedDeadline('works', 'challenge')).toBe('2026-10-15');
    const step = playPath(objection, ['caseWorks', 'record', 'scoreReview', 'verify', 'challenge', 'fileLastDay']);
    expect(step.stepId).toBe('end.challengeLate');
    expect(step.outcome?.debrief.find((d) => d.step === objectionScript.steps.remedy.short)?.verdict).toBe('bad');
  });

  it('政府采购: 7个工作日 across 国庆 with the 10月10日 make-up Saturday — 10月15日 valid, 10月16日 late', () => {
    expect(challengeDeadline('gov')).toBe('2026-10-15');
    expect(miscountedDeadline('gov', 'challenge')).toBe('2026-10-16');
    const base = ['caseGov', 'record', 'scoreReview', 'verify', 'challenge'];
    const onTime = replay(objection, [...base, 'fileLastDay']).snapshot;
    expect(onTime.context.filedOn).toBe('2026-10-15');
    expect(onTime.value).toBe('replyUpheld');
    // The reply period runs 7个工作日 from the 15th: 16, 19, 20, 21, 22, 23, 26.
    expect(onTime.context.replyOn).toBe('2026-10-26');
    expect(playPath(objection, [...base, 'fileMiscount']).stepId).toBe('end.challengeLate');
  });

  it('政府采购: a 质疑 filed after 国庆 is still on time (the clock counts working days)', () => {
    const ctx = ctxAfter(['caseGov', 'skim', 'skipReview', 'verify', 'challenge', 'fileToday']);
    expect(ctx.filedOn).toBe('2026-10-09');
    expect(ctx.ending).toBeNull();
  });

  it('reply periods: 3日 moved off the holiday vs 7个工作日', () => {
    // 3日 from 9月29日 ends 10月2日, inside 国庆: the period ends on the next working day.
    expect(replyDue('works', '2026-09-29')).toBe('2026-10-08');
    expect(ctxAfter(WORKS_TO_REPLY_REJECTED).replyOn).toBe('2026-10-08');
    expect(replyDue('gov', '2026-09-29')).toBe('2026-10-14');
  });

  it('招标投标 complaint: 10日 minus the days before the 异议, ending on a weekend → Monday', () => {
    // Filed 9月29日 (1 day used), reply 10月8日: 9 more days end Saturday 10月17日 → Monday 10月19日.
    expect(complaintDeadline('works', '2026-09-29', '2026-10-08')).toBe('2026-10-19');
    // Filed on the last 公示 day (2 used): Friday 10月16日, no move.
    expect(complaintDeadline('works', '2026-09-30', '2026-10-08')).toBe('2026-10-16');
    const { persisted } = replay(objection, [...WORKS_TO_REPLY_REJECTED, 'prepareComplaint']);
    const complainOn = (day: string) => {
      const moved = structuredClone(persisted) as unknown as { context: ObjectionContext };
      moved.context.today = day;
      const actor = createActor(objectionMachine, { snapshot: moved as never }).start();
      actor.send(chooseEvent('rightBody'));
      return actor.getSnapshot().context;
    };
    expect(complainOn('2026-10-19').ending).toBeNull(); // accepted, goes on to the follow-up
    expect(complainOn('2026-10-19').resultChanged).toBe('complaint');
    expect(complainOn('2026-10-20').ending).toBe('complaintLate');
  });

  it('waiting two weeks kills a 招标投标 complaint but not a 政府采购 one', () => {
    expect(playPath(objection, ENDING_PATHS.complaintLate).stepId).toBe('end.complaintLate');
    const gov = ['caseGov', 'callCustomer', 'skipReview', 'verify', 'challenge', 'fileToday'];
    // Filed 9月30日: reply period 7个工作日 → 10月15日; complaint 15个工作日 after it → 11月5日.
    expect(ctxAfter(gov).replyOn).toBe('2026-10-15');
    expect(complaintDeadline('gov', '2026-09-30', '2026-10-15')).toBe('2026-11-05');
    const after = playPath(objection, [...gov, 'waitLong', 'prepareComplaint', 'rightBody']);
    expect(after.stepId).toBe('followUp');
  });
});

describe('objection simulator: guards and offered choices', () => {
  it('offers each case its own shortcut and refuses the other', () => {
    const works = replay(objection, ['caseWorks', 'record', 'scoreReview']).snapshot;
    expect(works.can(chooseEvent('contactExpert'))).toBe(true);
    expect(works.can(chooseEvent('bribeAgent'))).toBe(false);
    const gov = replay(objection, ['caseGov', 'record', 'scoreReview']).snapshot;
    expect(gov.can(chooseEvent('bribeAgent'))).toBe(true);
    expect(gov.can(chooseEvent('contactExpert'))).toBe(false);
    const worksComplaint = playPath(objection, [...WORKS_TO_REPLY_REJECTED, 'prepareComplaint']).choices.map((c) => c.id);
    expect(worksComplaint).toContain('fabricate');
    expect(worksComplaint).not.toContain('bribeOfficial');
  });

  it('ignores a choice of another step', () => {
    const actor = createActor(objectionMachine).start();
    actor.send(chooseEvent('verify'));
    expect(actor.getSnapshot().value).toBe('pickCase');
  });

  it('offers the long wait only once', () => {
    const step = playPath(objection, [...WORKS_TO_REPLY_REJECTED, 'waitLong']);
    expect(step.stepId).toBe('replyRejected');
    expect(step.choices.map((c) => c.id)).not.toContain('waitLong');
  });

  it('the score review saves the day that checking the winner would take', () => {
    expect(ctxAfter(['caseWorks', 'record', 'scoreReview', 'verify']).today).toBe('2026-09-29');
    expect(ctxAfter(['caseWorks', 'record', 'skipReview', 'verify']).today).toBe('2026-09-29');
    expect(ctxAfter(['caseWorks', 'askBoss', 'skipReview', 'verify']).today).toBe('2026-09-30');
  });

  it('a restored persisted snapshot continues identically', () => {
    const head = ['caseGov', 'callCustomer', 'skipReview', 'verify', 'challenge'];
    const tail = ['fileToday', 'prepareComplaint', 'rightBody', 'formalDebrief'];
    const { persisted } = replay(objection, head);
    const restored = createActor(objectionMachine, { snapshot: JSON.parse(JSON.stringify(persisted)) }).start();
    tail.forEach((id) => restored.send(chooseEvent(id)));
    const straight = playPath(objection, [...head, ...tail]);
    expect(objection.describe(restored.getSnapshot())).toEqual(straight);
    expect(straight.outcome?.kind).toBe('win');
  });

  it('every feedback key a decision can produce exists in the script (no missing text)', () => {
    for (const path of Object.values(ENDING_PATHS)) {
      for (const d of playPath(objection, path).outcome!.debrief) expect(d.feedback.length).toBeGreaterThan(10);
    }
  });
});

describe('objection simulator: model-based paths (xstate/graph)', () => {
  const eventsFor = (snapshot: { value: unknown; context: ObjectionContext; status: string }) =>
    snapshot.status !== 'active' || !(String(snapshot.value) in STEPS)
      ? []
      : offeredChoices(String(snapshot.value) as StepId, snapshot.context).map(chooseEvent);
  // The decisions list only records history: leaving it out of the state key merges equivalent states.
  const serializeState = (s: { value: unknown; context: ObjectionContext }) => {
    const { decisions: _d, ...rest } = s.context;
    return JSON.stringify([s.value, rest]);
  };
  const paths = getShortestPaths(objectionMachine, { events: eventsFor as never, serializeState: serializeState as never });

  it('reaches every ending the machine declares', () => {
    const reached = new Set(paths.map((p) => (p.state.context as ObjectionContext).ending).filter(Boolean));
    expect([...reached].sort()).toEqual(Object.keys(ENDING_KINDS).sort());
  });

  it('every reachable state describes itself: choices before an ending, an outcome at one', () => {
    expect(paths.length).toBeGreaterThan(50);
    for (const p of paths) {
      const step = objection.describe(p.state as never);
      if (p.state.status === 'done') expect(step.outcome).toBeDefined();
      else expect(step.choices.length).toBeGreaterThan(0);
      expect(p.steps.length).toBeLessThanOrEqual(12);
    }
  });

  it('the shortest path to each ending replays to the same ending through an actor', () => {
    const firstByEnding = new Map<string, (typeof paths)[number]>();
    for (const p of paths) {
      const ending = (p.state.context as ObjectionContext).ending;
      if (ending && !firstByEnding.has(ending)) firstByEnding.set(ending, p);
    }
    for (const [ending, p] of firstByEnding) {
      const ids = p.steps.map((s) => (s.event as { choiceId?: string }).choiceId).filter((x): x is string => Boolean(x));
      expect(replay(objection, ids).snapshot.context.ending).toBe(ending);
    }
  });
});

describe('simulator session (the controller any chooser drives), on the objection game', () => {
  const changes: SessionChange[] = [];
  const track = (c: SessionChange) => changes.push(c);

  it('plays, announces meter changes, steps back by replay and restarts', () => {
    changes.length = 0;
    const s = createSimulatorSession(objection, { onChange: track });
    expect(s.choose('verify')).toBe(false); // not offered at the first step
    expect(s.choose('caseWorks')).toBe(true);
    expect(s.choose('record')).toBe(true);
    expect(s.getState().announcement).toBe('证据充分度 +15，当前 15');
    expect(s.choose('pressLeader')).toBe(true);
    expect(s.getState().announcement).toBe('客户关系 -20，当前 40；合规风险 +10，当前 20');
    expect(s.getState().timeline.map((t) => t.choiceId)).toEqual(['caseWorks', 'record', 'pressLeader']);
    s.back();
    expect(s.getState().path).toEqual(['caseWorks', 'record']);
    expect(s.getState().step).toEqual(playPath(objection, ['caseWorks', 'record']));
    expect(s.getState().announcement).toBe('客户关系 +20，当前 60；合规风险 -10，当前 10');
    s.restart();
    expect(s.getState().path).toEqual([]);
    expect(changes.map((c) => c.reason)).toEqual(['choose', 'choose', 'choose', 'back', 'restart']);
  });

  it('resumes from a persisted snapshot and its path, timeline included', () => {
    changes.length = 0;
    const first = createSimulatorSession(objection, { onChange: track });
    ['caseGov', 'record', 'scoreReview'].forEach((id) => first.choose(id));
    const saved = JSON.parse(JSON.stringify(changes.at(-1)!.persisted));
    const resumed = createSimulatorSession(objection, { resume: { snapshot: saved, path: ['caseGov', 'record', 'scoreReview'] } });
    expect(resumed.getState().origin).toBe('resumed');
    expect(resumed.getState().step).toEqual(first.getState().step);
    expect(resumed.getState().timeline).toEqual(first.getState().timeline);
    resumed.back();
    expect(resumed.getState().path).toEqual(['caseGov', 'record']);
  });

  it('starts a fresh game when the stored snapshot cannot be restored', () => {
    const broken = createSimulatorSession(objection, { resume: { snapshot: { status: 'active', value: 'noSuchState', context: {} }, path: ['x'] } });
    expect(broken.getState().origin).toBe('resume-failed');
    expect(broken.getState().step.stepId).toBe('pickCase');
    expect(broken.getState().path).toEqual([]);
  });

  it('reports the ending once and refuses further choices', () => {
    changes.length = 0;
    const s = createSimulatorSession(objection, { onChange: track });
    ENDING_PATHS.expertContact.forEach((id) => s.choose(id));
    expect(s.getState().step.outcome?.kind).toBe('compliance');
    expect(s.choose('verify')).toBe(false);
    expect(changes.filter((c) => c.state.step.outcome).length).toBe(1);
  });
});
