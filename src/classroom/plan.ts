/**
 * The planned time of a module in the chosen agenda: the whole chapter, or one part of it when the
 * chapter runs over several sessions ("第 2/2 段"). Built at build time from buildAgenda, read by the
 * presenter page with the trainer's agenda choice.
 */
import type { AgendaDay, AgendaKind, AgendaSession } from '../course/agenda';

export interface PlannedSession {
  day: number;
  start: string;
  end: string;
  minutes: number;
  part: number;
  parts: number;
}

export interface ModulePlan {
  total: number;
  sessions: PlannedSession[];
}

export type ModulePlans = Record<AgendaKind, ModulePlan>;

export const AGENDA_LABEL: Record<AgendaKind, string> = { 'two-day': '两天版', 'three-day': '三天版' };
export const DAY_LABEL = ['第一天', '第二天', '第三天'];

export function modulePlan(days: AgendaDay[], slug: string): ModulePlan {
  const sessions = days.flatMap((d) =>
    d.rows
      .filter((r): r is AgendaSession => r.kind === 'session' && r.slug === slug)
      .map((r) => ({ day: d.day, start: r.start, end: r.end, minutes: r.minutes, part: r.part, parts: r.parts })),
  );
  return { total: sessions.reduce((s, r) => s + r.minutes, 0), sessions };
}

export interface Planned {
  minutes: number;
  /** "两天版 · 第一天 10:45–12:15 · 第 2/2 段", or "两天版 · 全章". */
  label: string;
  part?: number;
}

/** What the clock measures against: the session the trainer started, else the whole chapter. */
export function planned(plans: ModulePlans, kind: AgendaKind, part?: number): Planned {
  const plan = plans[kind];
  const session = part === undefined ? undefined : plan.sessions.find((s) => s.part === part);
  if (!session || plan.sessions.length < 2) {
    const only = plan.sessions.length === 1 ? plan.sessions[0] : undefined;
    const when = only ? ` · ${DAY_LABEL[only.day - 1]} ${only.start}–${only.end}` : ' · 全章';
    return { minutes: plan.total, label: `${AGENDA_LABEL[kind]}${when}` };
  }
  return {
    minutes: session.minutes,
    label: `${AGENDA_LABEL[kind]} · ${DAY_LABEL[session.day - 1]} ${session.start}–${session.end} · 第 ${session.part}/${session.parts} 段（全章 ${plan.total} 分钟）`,
    part: session.part,
  };
}

export function parsePart(value: string | null): number | undefined {
  if (!value || !/^\d{1,2}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

export function parseAgendaKind(value: string | null): AgendaKind | undefined {
  return value === 'two-day' || value === 'three-day' ? value : undefined;
}
