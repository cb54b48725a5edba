import { describe, expect, it } from 'vitest';
import { buildAgenda, type AgendaModule } from '../../../src/course/agenda';
import { modulePlan, parseAgendaKind, parsePart, planned, type ModulePlans } from '../../../src/classroom/plan';
import { readModules } from '../helpers/content';

const modules: AgendaModule[] = readModules().map((m) => ({
  slug: m.id,
  chapter: m.data.chapter,
  title: m.data.title,
  durationMinutes: m.data.durationMinutes,
  durationMinutesShort: m.data.durationMinutesShort,
}));
const plansOf = (slug: string): ModulePlans => ({
  'two-day': modulePlan(buildAgenda(modules, 'two-day'), slug),
  'three-day': modulePlan(buildAgenda(modules, 'three-day'), slug),
});

describe('planned minutes of a module', () => {
  it('matches the module’s frontmatter in both agendas', () => {
    for (const m of modules) {
      const plans = plansOf(m.slug);
      expect(plans['two-day'].total, m.slug).toBe(m.durationMinutesShort);
      expect(plans['three-day'].total, m.slug).toBe(m.durationMinutes);
    }
  });

  it('gives one part’s minutes when the chapter spans sessions, and the whole chapter otherwise', () => {
    const multi = modules.find((m) => plansOf(m.slug)['three-day'].sessions.length > 1)!;
    const plans = plansOf(multi.slug);
    const parts = plans['three-day'].sessions;
    expect(planned(plans, 'three-day', 2)).toMatchObject({ minutes: parts[1]!.minutes, part: 2 });
    expect(planned(plans, 'three-day', 2).label).toContain(`第 2/${parts.length} 段`);
    expect(planned(plans, 'three-day')).toMatchObject({ minutes: multi.durationMinutes, label: '三天版 · 全章' });
    expect(planned(plans, 'three-day', 99).minutes).toBe(multi.durationMinutes);
  });

  it('reads the query string defensively', () => {
    expect(parsePart('2')).toBe(2);
    expect(parsePart('0')).toBeUndefined();
    expect(parsePart('x')).toBeUndefined();
    expect(parsePart(null)).toBeUndefined();
    expect(parseAgendaKind('three-day')).toBe('three-day');
    expect(parseAgendaKind('week')).toBeUndefined();
  });
});
