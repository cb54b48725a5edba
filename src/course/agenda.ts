/**
 * Agendas computed from the modules' durations: 6 teaching hours a day in four 90-minute slots
 * (two before lunch, two after), with breaks between them. A module longer than what is left of a
 * slot continues in the next one, so every minute in frontmatter appears exactly once in the plan.
 */
export type AgendaKind = 'two-day' | 'three-day';

export interface AgendaModule {
  slug: string;
  chapter: number;
  title: string;
  durationMinutes: number;
  durationMinutesShort: number;
}

export interface AgendaSession {
  kind: 'session';
  start: string;
  end: string;
  minutes: number;
  slug: string;
  chapter: number;
  title: string;
  /** 1-based part number when a module spans several sessions. */
  part: number;
  /** How many parts the module has in this agenda. */
  parts: number;
}

export interface AgendaPause {
  kind: 'break' | 'lunch';
  start: string;
  end: string;
  minutes: number;
}

export type AgendaRow = AgendaSession | AgendaPause;

export interface AgendaDay {
  day: number;
  rows: AgendaRow[];
  teachingMinutes: number;
}

export const DAY_TEACHING_MINUTES = 360;
const SLOT_MINUTES = 90;
const DAY_START = 9 * 60;
/** Pause after each slot: a tea break, lunch, a tea break, end of day. */
const PAUSES: { kind: AgendaPause['kind']; minutes: number }[] = [
  { kind: 'break', minutes: 15 },
  { kind: 'lunch', minutes: 75 },
  { kind: 'break', minutes: 15 },
];

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function agendaDays(kind: AgendaKind): number {
  return kind === 'two-day' ? 2 : 3;
}

export function buildAgenda(modules: AgendaModule[], kind: AgendaKind): AgendaDay[] {
  const sorted = [...modules].sort((a, b) => a.chapter - b.chapter);
  const minutesOf = (m: AgendaModule) => (kind === 'two-day' ? m.durationMinutesShort : m.durationMinutes);
  const total = sorted.reduce((s, m) => s + minutesOf(m), 0);
  const capacity = agendaDays(kind) * DAY_TEACHING_MINUTES;
  if (total !== capacity) {
    throw new Error(`${kind} agenda: module durations add up to ${total} min, but ${agendaDays(kind)} days hold ${capacity} min`);
  }

  // First cut every module into pieces along slot boundaries on one continuous teaching timeline.
  const pieces: { module: AgendaModule; from: number; minutes: number }[] = [];
  let t = 0;
  for (const m of sorted) {
    let left = minutesOf(m);
    while (left > 0) {
      const room = SLOT_MINUTES - (t % SLOT_MINUTES);
      const take = Math.min(left, room);
      pieces.push({ module: m, from: t, minutes: take });
      t += take;
      left -= take;
    }
  }
  const partsOf = new Map<string, number>();
  for (const p of pieces) partsOf.set(p.module.slug, (partsOf.get(p.module.slug) ?? 0) + 1);
  const partSeen = new Map<string, number>();

  const days: AgendaDay[] = Array.from({ length: agendaDays(kind) }, (_, i) => ({ day: i + 1, rows: [], teachingMinutes: 0 }));
  for (const p of pieces) {
    const dayIndex = Math.floor(p.from / DAY_TEACHING_MINUTES);
    const inDay = p.from % DAY_TEACHING_MINUTES;
    const slot = Math.floor(inDay / SLOT_MINUTES);
    const day = days[dayIndex]!;
    // A new slot starts after the pause that closes the previous one.
    const last = day.rows.at(-1);
    if (last && last.kind === 'session' && inDay % SLOT_MINUTES === 0 && slot > 0) {
      const pause = PAUSES[slot - 1]!;
      const start = DAY_START + inDay + pauseOffset(slot - 1);
      day.rows.push({ kind: pause.kind, start: clock(start), end: clock(start + pause.minutes), minutes: pause.minutes });
    }
    const start = DAY_START + inDay + pauseOffset(slot);
    const part = (partSeen.get(p.module.slug) ?? 0) + 1;
    partSeen.set(p.module.slug, part);
    day.rows.push({
      kind: 'session',
      start: clock(start),
      end: clock(start + p.minutes),
      minutes: p.minutes,
      slug: p.module.slug,
      chapter: p.module.chapter,
      title: p.module.title,
      part,
      parts: partsOf.get(p.module.slug)!,
    });
    day.teachingMinutes += p.minutes;
  }
  return days;
}

/** Minutes of pauses before the given slot of a day. */
function pauseOffset(slot: number): number {
  return PAUSES.slice(0, slot).reduce((s, p) => s + p.minutes, 0);
}
