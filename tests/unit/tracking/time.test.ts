import { describe, expect, it } from 'vitest';
import { isoDuration, scorm12Duration, scorm12TimeOfDay, scorm2004Timestamp } from '../../../src/tracking/time';

describe('session time formats', () => {
  it('SCORM 1.2 CMITimespan HHHH:MM:SS.SS', () => {
    expect(scorm12Duration(0)).toBe('0000:00:00.00');
    expect(scorm12Duration(3723.456)).toBe('0001:02:03.46');
    expect(scorm12Duration(59.999)).toBe('0000:01:00.00');
    expect(scorm12Duration(-5)).toBe('0000:00:00.00');
    expect(scorm12Duration(Number.NaN)).toBe('0000:00:00.00');
    expect(scorm12Duration(1e12)).toBe('9999:59:59.99');
    for (const s of [0, 1.5, 86399.99, 360000]) expect(scorm12Duration(s)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/);
  });

  it('ISO 8601 durations for SCORM 2004 and xAPI', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3723.456)).toBe('PT1H2M3.46S');
    expect(isoDuration(7200)).toBe('PT2H');
    expect(isoDuration(90)).toBe('PT1M30S');
    expect(isoDuration(0.5)).toBe('PT0.5S');
    expect(isoDuration(100 * 3600)).toBe('PT100H');
  });

  it('time stamps of an attempt', () => {
    expect(scorm12TimeOfDay('2026-03-05T08:30:07.512Z')).toBe('08:30:07');
    expect(scorm2004Timestamp('2026-03-05T08:30:07.512Z')).toBe('2026-03-05T08:30:07.51Z');
    expect(scorm2004Timestamp('garbage')).toBe('1970-01-01T00:00:00.00Z');
  });
});
