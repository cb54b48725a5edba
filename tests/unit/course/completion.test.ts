import { describe, expect, it } from 'vitest';
import { courseStatus, moduleStatus, simulatorDone } from '../../../src/course/completion';
import { emptyProgress, type ProgressData } from '../../../src/progress/types';

const mods = [
  { slug: '01-a', quiz: '01-a' },
  { slug: '02-b', quiz: '02-b' },
];
const at = '2026-11-20T02:00:00.000Z';
const passedQuiz = { attempts: 1, bestPercent: 90, lastPercent: 90, passed: true, lastQuestionIds: [], lastAnswers: {} };
const sims = ['contact', 'trust', 'bidding', 'objection', 'signing'] as const;

function everything(): ProgressData {
  const p = emptyProgress();
  for (const m of mods) {
    p.modules[m.slug] = { readAt: at };
    p.quizzes[m.quiz] = passedQuiz;
  }
  for (const id of sims) p.simulators[id] = { plays: 1, bestScore: 70, bestOutcome: 'partial' };
  p.quizzes['final-exam'] = { ...passedQuiz, bestPercent: 80 };
  return p;
}

describe('completion rules', () => {
  it('a module needs both the lesson read and its quiz passed', () => {
    const p = emptyProgress();
    expect(moduleStatus(p, mods[0]!)).toBe('not-started');
    p.modules['01-a'] = { readAt: at };
    expect(moduleStatus(p, mods[0]!)).toBe('in-progress');
    p.quizzes['01-a'] = { ...passedQuiz, passed: false, bestPercent: 60 };
    expect(moduleStatus(p, mods[0]!)).toBe('in-progress');
    p.quizzes['01-a'] = passedQuiz;
    expect(moduleStatus(p, mods[0]!)).toBe('complete');
  });

  it('a simulator ending in 合规失败 does not count', () => {
    const p = emptyProgress();
    p.simulators.bidding = { plays: 3, bestScore: 0, bestOutcome: 'compliance' };
    expect(simulatorDone(p, 'bidding')).toBe(false);
    p.simulators.bidding = { plays: 4, bestScore: 40, bestOutcome: 'loss' };
    expect(simulatorDone(p, 'bidding')).toBe(true);
  });

  it('the course is complete only with every module, every simulator and the exam at 80%', () => {
    expect(courseStatus(everything(), mods)).toMatchObject({ complete: true, ratio: 1 });
    const lowExam = everything();
    lowExam.quizzes['final-exam'] = { ...passedQuiz, bestPercent: 79 };
    expect(courseStatus(lowExam, mods).complete).toBe(false);
    const missingSim = everything();
    delete missingSim.simulators.signing;
    expect(courseStatus(missingSim, mods)).toMatchObject({ complete: false, simulatorsDone: 4 });
    const unread = everything();
    delete unread.modules['02-b'];
    expect(courseStatus(unread, mods)).toMatchObject({ complete: false, modulesDone: 1 });
  });
});
