import { describe, expect, it } from 'vitest';
import { fillTemplate, templateSlots, withThousands } from '../../../src/sim/engine/template';
import { biddingScript } from '../../../src/sim/machines/biddingScript';
import { signingScript } from '../../../src/sim/machines/signingScript';

describe('fillTemplate', () => {
  it('fills every slot, numbers included, and leaves other text alone', () => {
    expect(fillTemplate('今天是{today}，还有{daysLeft}天。{today}', { today: '7月17日（周五）', daysLeft: 0 })).toBe(
      '今天是7月17日（周五），还有0天。7月17日（周五）',
    );
    expect(fillTemplate('没有槽位', {})).toBe('没有槽位');
    expect(fillTemplate('{empty}结尾', { empty: '' })).toBe('结尾');
  });

  it('throws on a slot without a value, naming it', () => {
    expect(() => fillTemplate('今天是{tody}', { today: 'x' })).toThrow('template slot {tody} has no value');
  });

  it('lists the slots a template uses, once each', () => {
    expect(templateSlots('{a}与{b}，再说{a}')).toEqual(['a', 'b']);
    expect(templateSlots('全角｛不是槽位｝')).toEqual([]);
  });
});

describe('withThousands', () => {
  it('groups whole numbers by thousands as toLocaleString("en-US") does', () => {
    for (const n of [0, 7, 999, 1000, 1280, 1320, 12345, 1234567, -4500]) expect(withThousands(n)).toBe(n.toLocaleString('en-US'));
    expect(withThousands(1306.8)).toBe('1,306.8');
  });
});

/** Slots the definitions fill; a reworded line may use these and nothing else. */
const BIDDING_PROMPT = ['today', 'deadline', 'lastObjectionDay', 'daysLeft', 'knownCap', 'urgency', 'daysNote'];
const BIDDING_ENDING = ['table', 'rejectionTitle', 'rejectionText', 'lateTitle', 'lateText'];
const SIGNING_PROMPT = ['today', 'notice', 'deadline', 'daysLeft', 'signedOn', 'bondDue', 'left'];
const SIGNING_ENDING = ['signedOn', 'deadline', 'signedDay', 'risks', 'lapse'];

describe('script templates use only the slots their definition fills', () => {
  const cases: Array<[string, string, string[]]> = [
    ...Object.entries(biddingScript.steps).map(([id, s]): [string, string, string[]] => [`bidding step ${id}`, s.prompt, BIDDING_PROMPT]),
    ['bidding daysNote', biddingScript.daysNote, BIDDING_PROMPT],
    ...Object.entries(biddingScript.endings).flatMap(([id, e]): Array<[string, string, string[]]> => [
      [`bidding ending ${id} title`, e.title, BIDDING_ENDING],
      [`bidding ending ${id} summary`, e.summary, BIDDING_ENDING],
    ]),
    ...Object.entries(signingScript.steps).map(([id, s]): [string, string, string[]] => [`signing step ${id}`, s.prompt, SIGNING_PROMPT]),
    ['signing daysLeftNote', signingScript.daysLeftNote, SIGNING_PROMPT],
    ...Object.entries(signingScript.endings).map(([id, e]): [string, string, string[]] => [`signing ending ${id}`, e.summary, SIGNING_ENDING]),
    ...Object.values(signingScript.lapseLines).map((t): [string, string, string[]] => ['signing lapse line', t, SIGNING_ENDING]),
  ];
  it.each(cases)('%s', (_, template, allowed) => {
    expect(templateSlots(template).filter((slot) => !allowed.includes(slot))).toEqual([]);
  });
});
