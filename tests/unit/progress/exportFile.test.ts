import { describe, expect, it } from 'vitest';
import { buildExport, parseExport } from '../../../src/progress/exportFile';
import { emptyProgress, PROGRESS_VERSION } from '../../../src/progress/types';

describe('progress export file', () => {
  it('round-trips', () => {
    const data = emptyProgress();
    data.learner.name = '赵敏';
    data.modules['06-bidding'] = { readAt: '2026-11-20T02:00:00.000Z', checks: { 'seal-1': true } };
    data.quizzes['06-bidding'] = { attempts: 1, bestPercent: 90, lastPercent: 90, passed: true, lastQuestionIds: ['q06-01'], lastAnswers: { 'q06-01': 'a' } };
    const result = parseExport(buildExport(data));
    expect(result).toEqual({ ok: true, data, dropped: [] });
  });

  it('rejects text that is not JSON, another format, or a newer version with a reason', () => {
    expect(parseExport('{')).toMatchObject({ ok: false, error: expect.stringContaining('JSON') });
    expect(parseExport('{"format":"other"}')).toMatchObject({ ok: false, error: expect.stringContaining('kam-progress') });
    expect(parseExport(JSON.stringify({ format: 'kam-progress', version: PROGRESS_VERSION + 1, progress: {} }))).toMatchObject({
      ok: false,
      error: expect.stringContaining('更新版本'),
    });
  });

  it('keeps the valid parts of a damaged file and lists the rest', () => {
    const text = JSON.stringify({ format: 'kam-progress', version: PROGRESS_VERSION, progress: { modules: { ok: { readAt: '2026-11-20T02:00:00.000Z' }, bad: 7 } } });
    const result = parseExport(text);
    expect(result.ok && Object.keys(result.data.modules)).toEqual(['ok']);
    expect(result.ok && result.dropped).toEqual(['章节「bad」']);
  });
});
