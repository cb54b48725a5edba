/** Session-time formats of the three standards. Pure. */

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimeSpan, "HHHH:MM:SS.SS" (hours capped at 9999, as the format allows no more). */
export function scorm12Duration(totalSeconds: number): string {
  const cs = Math.min(Math.max(0, Math.round((Number.isFinite(totalSeconds) ? totalSeconds : 0) * 100)), 9999 * 360000 + 359999);
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(cs % 100, 2)}`;
}

/** ISO 8601 duration for SCORM 2004 (timeinterval, centiseconds at most) and xAPI: "PT1H2M3.5S", "PT0S". */
export function isoDuration(totalSeconds: number): string {
  const cs = Math.max(0, Math.round((Number.isFinite(totalSeconds) ? totalSeconds : 0) * 100));
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const rest = (cs % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (rest || out === 'PT') out += `${Number(rest.toFixed(2))}S`;
  return out;
}

/** SCORM 1.2 CMITime (time of day, "HH:MM:SS") of an ISO instant, in UTC. */
export function scorm12TimeOfDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '00:00:00';
  return `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
}

/**
 * SCORM 2004 time(second,10,0) of an ISO instant. Its grammar allows the time zone only after fractional
 * seconds (YYYY-MM-DDThh:mm:ss.s[TZD]) and at most centiseconds: "2026-03-05T08:30:00.51Z".
 */
export function scorm2004Timestamp(iso: string): string {
  const d = new Date(iso);
  return (Number.isNaN(d.getTime()) ? new Date(0) : d).toISOString().replace(/(\.\d{2})\dZ$/, '$1Z');
}
