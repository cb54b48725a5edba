/**
 * The final exam (结业考试): N questions drawn across all banks, each chapter's share weighted by its
 * teaching time (durationMinutes), rounded by largest remainder, at least one question per chapter.
 */
import type { DrawGroup, Question } from './types';

export interface ChapterWeight {
  chapter: number;
  /** durationMinutes of the chapter. */
  weight: number;
  /** Questions its bank holds (a chapter never gets more than that). */
  available: number;
}

/**
 * Largest-remainder allocation of `total` seats. Each chapter gets floor(quota); the seats left go one
 * by one to the largest quota − seats (the largest remainder; ties: the earlier chapter), skipping full
 * banks. Then a chapter left at 0 takes a seat from the most over-served chapter that has two or more.
 */
export function allocateQuestions(chapters: readonly ChapterWeight[], total: number): Map<number, number> {
  const eligible = chapters.filter((c) => c.available > 0 && c.weight > 0);
  const seats = Math.min(total, eligible.reduce((s, c) => s + c.available, 0));
  const weightSum = eligible.reduce((s, c) => s + c.weight, 0);
  const quota = eligible.map((c) => (seats * c.weight) / weightSum);
  const count = eligible.map((c, i) => Math.min(Math.floor(quota[i]!), c.available));
  let left = seats - count.reduce((s, n) => s + n, 0);
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < eligible.length; i++) {
      if (count[i]! >= eligible[i]!.available) continue;
      if (best < 0 || quota[i]! - count[i]! > quota[best]! - count[best]! + 1e-9) best = i;
    }
    count[best]! += 1;
    left--;
  }
  for (let i = 0; i < eligible.length; i++) {
    if (count[i]! > 0) continue;
    let donor = -1;
    for (let j = 0; j < eligible.length; j++) {
      if (count[j]! < 2) continue;
      if (donor < 0 || count[j]! - quota[j]! > count[donor]! - quota[donor]! + 1e-9) donor = j;
    }
    if (donor < 0) break; // fewer seats than chapters: the heaviest chapters keep theirs
    count[donor]! -= 1;
    count[i] = 1;
  }
  return new Map(eligible.map((c, i) => [c.chapter, count[i]!]));
}

export interface ExamBank {
  id: string;
  chapter: number;
  questions: Question[];
}

/**
 * The exam's draw plan, one group per chapter in chapter order, and the pool of questions. Throws when
 * two banks share a question id (ids must be unique across all banks: results and drafts key on them).
 */
export function examPlan(banks: readonly ExamBank[], weights: ReadonlyMap<number, number>, total: number): { groups: DrawGroup[]; pool: Question[] } {
  const owner = new Map<string, string>();
  for (const b of banks) {
    for (const q of b.questions) {
      const other = owner.get(q.id);
      if (other) throw new Error(`question id "${q.id}" appears in both quizzes/${other}.yaml and quizzes/${b.id}.yaml; ids must be unique across all banks`);
      owner.set(q.id, b.id);
    }
  }
  const byChapter = new Map<number, Question[]>();
  for (const b of banks) byChapter.set(b.chapter, [...(byChapter.get(b.chapter) ?? []), ...b.questions]);
  const chapters = [...byChapter.keys()].sort((a, b) => a - b);
  const counts = allocateQuestions(
    chapters.map((chapter) => ({ chapter, weight: weights.get(chapter) ?? 0, available: byChapter.get(chapter)!.length })),
    total,
  );
  const groups = chapters.filter((c) => (counts.get(c) ?? 0) > 0).map((c) => ({ ids: byChapter.get(c)!.map((q) => q.id), count: counts.get(c)! }));
  const pool = chapters.filter((c) => (counts.get(c) ?? 0) > 0).flatMap((c) => byChapter.get(c)!);
  return { groups, pool };
}
