import { describe, expect, it } from 'vitest';
import {
  parseAgendaChoice,
  parseCaseRecord,
  parseDeckRecord,
  parseSimRecord,
  serializeAgendaChoice,
  serializeCaseRecord,
  serializeDeckRecord,
  serializeSimRecord,
} from '../../../src/classroom/stored';
import { newTimer } from '../../../src/classroom/timer';
import { voteRecord } from '../../../src/classroom/votes';

describe('agenda choice', () => {
  it('round-trips and falls back to day 1 of the two-day agenda', () => {
    expect(parseAgendaChoice(serializeAgendaChoice({ kind: 'three-day', day: 3 }))).toEqual({ kind: 'three-day', day: 3 });
    expect(parseAgendaChoice(null)).toEqual({ kind: 'two-day', day: 1 });
    expect(parseAgendaChoice('{not json')).toEqual({ kind: 'two-day', day: 1 });
    expect(parseAgendaChoice('{"kind":"two-day","day":3}')).toEqual({ kind: 'two-day', day: 2 });
    expect(parseAgendaChoice('{"kind":"five-day","day":1.5}')).toEqual({ kind: 'two-day', day: 1 });
  });
});

describe('deck record', () => {
  const now = 1_750_000_000_000;
  const rec = { slide: 7, timer: newTimer(90), savedAt: now - 1000 };

  it('comes back while fresh', () => {
    expect(parseDeckRecord(serializeDeckRecord(rec), now, 3_600_000)).toEqual(rec);
  });

  it('is dropped when old, from the future, or malformed', () => {
    expect(parseDeckRecord(serializeDeckRecord({ ...rec, savedAt: now - 4_000_000 }), now, 3_600_000)).toBeNull();
    expect(parseDeckRecord(serializeDeckRecord({ ...rec, savedAt: now + 3_600_000 }), now, 3_600_000)).toBeNull();
    expect(parseDeckRecord(serializeDeckRecord({ ...rec, slide: -1 }), now, 3_600_000)).toBeNull();
    expect(parseDeckRecord('[]', now, 1)).toBeNull();
  });
});

describe('case record', () => {
  it('keeps valid groups and drops the rest', () => {
    const raw = JSON.stringify({
      v: 1,
      groups: [{ id: 'g1', name: '第一组', points: '要点' }, { id: 2, name: 'x', points: 'y' }, null, { id: 'g3', name: 'n'.repeat(90), points: '' }],
      timer: { durationMs: 'x' },
    });
    const r = parseCaseRecord(raw);
    expect(r.groups.map((g) => g.id)).toEqual(['g1', 'g3']);
    expect(r.groups[1]!.name).toHaveLength(40);
    expect(r.timer).toBeNull();
  });

  it('round-trips and survives garbage', () => {
    const r = { groups: [{ id: 'a', name: 'A 组', points: '1\n2' }], timer: newTimer(20) };
    expect(parseCaseRecord(serializeCaseRecord(r))).toEqual(r);
    expect(parseCaseRecord('%%%')).toEqual({ groups: [], timer: null });
    expect(parseCaseRecord('{"v":9,"groups":[]}')).toEqual({ groups: [], timer: null });
  });
});

describe('simulator record', () => {
  const step = { stepId: 's', speaker: 'x', prompt: 'p', choices: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] };
  const rec = { path: ['a', 'b'], votes: [voteRecord(step, 1, { a: 2 }, 'a', 'majority'), voteRecord(step, 2, {}, 'b', 'picked')], snapshot: { value: 'x' } };

  it('round-trips', () => {
    expect(parseSimRecord(serializeSimRecord(rec))).toEqual(rec);
  });

  it('is refused when the path and the votes disagree', () => {
    expect(parseSimRecord(serializeSimRecord({ ...rec, path: ['a'] }))).toBeNull();
    expect(parseSimRecord(serializeSimRecord({ ...rec, path: ['a', 'a'] }))).toBeNull();
    const bad = JSON.parse(serializeSimRecord(rec));
    bad.votes[0].method = 'bribe';
    expect(parseSimRecord(JSON.stringify(bad))).toBeNull();
    expect(parseSimRecord(null)).toBeNull();
  });
});
