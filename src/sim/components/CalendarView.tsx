/**
 * The legal clock: a month grid that shows days off, 调休 working days, today and deadlines (for the eye;
 * hidden from screen readers), and the same marks as a plain list that everyone gets.
 */
import { memo, useMemo } from 'react';
import { addDays, formatDateZh, isWorkingDay } from '../../course/calendar';
import type { CalendarMark } from '../types';

const WEEK = ['一', '二', '三', '四', '五', '六', '日'];
const MAX_WEEKS = 10;

const weekdayMon0 = (iso: string) => (new Date(iso + 'T00:00:00Z').getUTCDay() + 6) % 7;

interface Cell {
  date: string;
  day: number;
  off: boolean;
  makeUp: boolean;
  marks: CalendarMark[];
  monthStart: boolean;
}

function buildWeeks(marks: CalendarMark[]): Cell[][] {
  const dates = marks.map((m) => m.date).sort();
  const today = marks.find((m) => m.kind === 'today')?.date ?? dates[0]!;
  let first = dates[0]!;
  let last = dates[dates.length - 1]!;
  // Keep the grid small (about MAX_WEEKS weeks, the latest marks), but never hide today.
  const earliest = addDays(last, -(MAX_WEEKS - 1) * 7);
  if (first < earliest) first = today < earliest ? today : earliest;
  first = addDays(first, -weekdayMon0(first));
  last = addDays(last, 6 - weekdayMon0(last));
  const byDate = new Map<string, CalendarMark[]>();
  for (const m of marks) byDate.set(m.date, [...(byDate.get(m.date) ?? []), m]);
  const weeks: Cell[][] = [];
  for (let d = first; d <= last; d = addDays(d, 7)) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const date = addDays(d, i);
        const weekend = i >= 5;
        const working = isWorkingDay(date);
        const day = Number(date.slice(8));
        return { date, day, off: !working, makeUp: weekend && working, marks: byDate.get(date) ?? [], monthStart: day === 1 };
      }),
    );
  }
  return weeks;
}

export const CalendarView = memo(function CalendarView({ marks }: { marks: CalendarMark[] }) {
  const weeks = useMemo(() => buildWeeks(marks), [marks]);
  if (marks.length === 0) return null;
  const month = (iso: string) => `${Number(iso.slice(5, 7))}月`;
  return (
    <section className="sim-panel sim-calendar" aria-labelledby="sim-calendar-title">
      <h3 id="sim-calendar-title" className="sim-panel__title">日历（2026年）</h3>
      <div className="sim-calendar__grid" aria-hidden="true">
        <div className="sim-calendar__row sim-calendar__row--head">
          {WEEK.map((w) => (
            <span key={w}>{w}</span>
          ))}
        </div>
        {weeks.map((week) => (
          <div className="sim-calendar__row" key={week[0]!.date}>
            {week.map((c) => {
              const kinds = new Set(c.marks.map((m) => m.kind));
              const cls = [
                'sim-day',
                c.off && 'sim-day--off',
                c.makeUp && 'sim-day--makeup',
                kinds.has('event') && 'sim-day--event',
                kinds.has('deadline') && 'sim-day--deadline',
                kinds.has('today') && 'sim-day--today',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <span key={c.date} className={cls} title={c.marks.map((m) => m.label).join('；') || undefined}>
                  {c.monthStart || c.date === week[0]!.date ? <small>{month(c.date)}</small> : null}
                  {c.day}
                  {c.makeUp ? <em>班</em> : null}
                </span>
              );
            })}
          </div>
        ))}
      </div>
      <p className="sim-calendar__legend" aria-hidden="true">
        <span className="sim-key sim-key--today">今天</span>
        <span className="sim-key sim-key--deadline">截止</span>
        <span className="sim-key sim-key--event">事件</span>
        <span className="sim-key sim-key--off">休息日</span>
        <span className="sim-key sim-key--makeup">调休上班</span>
      </p>
      <ul className="sim-calendar__list">
        {marks.map((m, i) => (
          <li key={`${m.date}-${i}`} className={`sim-mark sim-mark--${m.kind}`}>
            <time dateTime={m.date}>{formatDateZh(m.date)}</time>
            <span>
              {m.kind === 'deadline' ? <span className="visually-hidden">截止：</span> : null}
              {m.label}
              {m.kind !== 'today' && !isWorkingDay(m.date) ? '（休息日）' : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
});
