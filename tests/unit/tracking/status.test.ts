import { describe, expect, it } from 'vitest';
import { courseStatus, completionRules, type ModuleRef } from '../../../src/course/completion';
import { emptyProgress, type ProgressData } from '../../../src/progress/types';
import { completionOf, progressOf, scoreOf, scorm12Status, successOf, type CourseFacts } from '../../../src/tracking/status';
import { fullState } from './fullState';

const modules: ModuleRef[] = Object.keys(fullState().state.modules).map((slug) => ({ slug, quiz: slug }));

/** What the bridge hands the mapping: the completion rules' verdict on stored progress. */
function facts(p: ProgressData): CourseFacts {
  const cs = courseStatus(p, modules);
  const exam = p.quizzes[completionRules.course.finalExamId];
  return { complete: cs.complete, ratio: cs.ratio, hasExam: true, examAttempted: (exam?.attempts ?? 0) > 0, examBest: cs.examBest, examPassed: cs.examPassed };
}
const map = (p: ProgressData) => {
  const f = facts(p);
  return { completion: completionOf(f), success: successOf(f), lesson_status: scorm12Status(completionOf(f), successOf(f)), score: scoreOf(f), progress: progressOf(f) };
};
const everything = () => fullState().state as unknown as ProgressData;
const exam = (best: number) => ({ attempts: 1, bestPercent: best, lastPercent: best, passed: best >= 80, lastQuestionIds: [], lastAnswers: {} });

describe('LMS status from the completion rules', () => {
  it('a fresh learner: incomplete, unknown, no score', () => {
    expect(map(emptyProgress())).toEqual({ completion: 'incomplete', success: 'unknown', lesson_status: 'incomplete', score: undefined, progress: 0 });
  });

  it('everything done: completed and passed, with the exam score', () => {
    expect(map(everything())).toEqual({ completion: 'completed', success: 'passed', lesson_status: 'passed', score: { raw: 96.7, min: 0, max: 100, scaled: 0.967 }, progress: 1 });
  });

  it('exam failed: 1.2 says failed; 2004 keeps completion and success apart', () => {
    const p = everything();
    p.quizzes['final-exam'] = exam(62.5);
    expect(map(p)).toMatchObject({ completion: 'incomplete', success: 'failed', lesson_status: 'failed', score: { raw: 62.5, scaled: 0.625 } });
  });

  it('exam passed with a chapter still open: not passed in 1.2, passed (but incomplete) in 2004', () => {
    const p = everything();
    delete p.modules['11-collection']!.readAt;
    const m = map(p);
    expect(m).toMatchObject({ completion: 'incomplete', success: 'passed', lesson_status: 'incomplete' });
    expect(m.progress).toBeCloseTo(16 / 17, 3);
  });

  it('a simulator ended in 合规失败 does not count', () => {
    const p = everything();
    p.simulators.objection = { plays: 1, bestScore: 0, bestOutcome: 'compliance', lastOutcome: 'compliance' };
    expect(map(p).lesson_status).toBe('incomplete');
  });

  it('scorm12Status covers every pair', () => {
    expect(scorm12Status('completed', 'unknown')).toBe('completed');
    expect(scorm12Status('completed', 'passed')).toBe('passed');
    expect(scorm12Status('completed', 'failed')).toBe('failed');
    expect(scorm12Status('incomplete', 'failed')).toBe('failed');
    expect(scorm12Status('incomplete', 'passed')).toBe('incomplete');
    expect(scorm12Status('incomplete', 'unknown')).toBe('incomplete');
  });
});
