import { describe, expect, it } from 'vitest';
import { buildAgenda, DAY_TEACHING_MINUTES, type AgendaModule, type AgendaSession } from '../../../src/course/agenda';
import { readModules } from '../helpers/content';

const modules: AgendaModule[] = readModules().map((m) => ({
  slug: m.id,
  chapter: m.data.chapter,
  title: m.data.title,
  durationMinutes: m.data.durationMinutes,
  durationMinutesShort: m.data.durationMinutesShort,
}));
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

describe.each([
  ['two-day', 2, 'durationMinutesShort'],
  ['three-day', 3, 'durationMinutes'],
] as const)('%s agenda from the modules’ frontmatter', (kind, days, field) => {
  const agenda = buildAgenda(modules, kind);

  it(`has ${days} days of exactly 6 teaching hours`, () => {
    expect(agenda).toHaveLength(days);
    for (const day of agenda) {
      const sessions = day.rows.filter((r): r is AgendaSession => r.kind === 'session');
      expect(sessions.reduce((s, r) => s + r.minutes, 0)).toBe(DAY_TEACHING_MINUTES);
      expect(day.teachingMinutes).toBe(DAY_TEACHING_MINUTES);
    }
  });

  it('gives every module exactly its frontmatter minutes, in chapter order', () => {
    const sessions = agenda.flatMap((d) => d.rows).filter((r): r is AgendaSession => r.kind === 'session');
    for (const m of modules) {
      const total = sessions.filter((s) => s.slug === m.slug).reduce((s, r) => s + r.minutes, 0);
      expect(total, m.slug).toBe(m[field]);
    }
    const chapters = sessions.map((s) => s.chapter);
    expect(chapters).toEqual([...chapters].sort((a, b) => a - b));
  });

  it('runs 9:00 to 16:45 with two tea breaks and lunch, no overlaps', () => {
    for (const day of agenda) {
      expect(day.rows[0]!.start).toBe('09:00');
      expect(day.rows.at(-1)!.end).toBe('16:45');
      expect(day.rows.filter((r) => r.kind === 'lunch')).toHaveLength(1);
      expect(day.rows.filter((r) => r.kind === 'break')).toHaveLength(2);
      for (let i = 1; i < day.rows.length; i++) expect(day.rows[i]!.start).toBe(day.rows[i - 1]!.end);
      for (const r of day.rows) expect(minutes(r.end) - minutes(r.start)).toBe(r.minutes);
    }
  });

  it('numbers the parts of a module that spans sessions', () => {
    const sessions = agenda.flatMap((d) => d.rows).filter((r): r is AgendaSession => r.kind === 'session');
    for (const s of sessions) expect(s.part).toBeLessThanOrEqual(s.parts);
    const longest = modules.reduce((a, b) => (a[field] > b[field] ? a : b));
    expect(sessions.filter((s) => s.slug === longest.slug).length).toBeGreaterThan(1);
  });
});

it('refuses durations that do not fill the days', () => {
  const short = modules.map((m, i) => (i === 0 ? { ...m, durationMinutes: m.durationMinutes - 15 } : m));
  expect(() => buildAgenda(short, 'three-day')).toThrow(/1065 min.*1080/);
});
