/**
 * What the projector shows of a simulator played by the class: the step (scene and numbered choices),
 * the live vote, the class's path so far, and the ending. Built by the presenter from the game's step
 * and the vote records, sent to the audience as plain data (text only, never HTML).
 */
import type { Step } from '../sim/types';
import { tally, type VoteMethod, type VoteRecord } from './votes';

export interface SceneDecision {
  stepNumber: number;
  label: string;
  votes: number;
  total: number;
  method: VoteMethod;
}

export interface SimScene {
  title: string;
  stepNumber: number;
  speaker: string;
  prompt: string;
  choices: string[];
  /** Counts typed so far for this step (null: not entered), shown as bars while the room votes. */
  votes: (number | null)[];
  meters: { label: string; value: string }[];
  path: SceneDecision[];
  outcome?: { kind: string; title: string; summary: string; score: number; article?: string };
}

export function decisionOf(r: VoteRecord): SceneDecision {
  const chosen = r.choices.find((c) => c.id === r.chosenId);
  const total = r.choices.reduce((s, c) => s + c.votes, 0);
  return { stepNumber: r.stepNumber, label: chosen?.label ?? r.chosenId, votes: chosen?.votes ?? 0, total, method: r.method };
}

export function sceneOf(
  title: string,
  step: Step,
  records: readonly VoteRecord[],
  counts: Readonly<Record<string, number | null>>,
  outcomeLabel: (kind: string) => string,
): SimScene {
  return {
    title,
    stepNumber: records.length + 1,
    speaker: step.speaker,
    prompt: step.prompt,
    choices: step.choices.map((c) => c.label),
    votes: step.choices.map((c) => counts[c.id] ?? null),
    meters: step.meters.map((m) => ({ label: m.label, value: `${m.value}${m.unit ?? ''}` })),
    path: records.map(decisionOf),
    outcome: step.outcome
      ? {
          kind: outcomeLabel(step.outcome.kind),
          title: step.outcome.title,
          summary: step.outcome.summary,
          score: step.outcome.score,
          article: step.outcome.article,
        }
      : undefined,
  };
}

/** "12 票中 7 票" style line for a decision, as the room reads it. */
export function decisionLine(d: SceneDecision): string {
  if (d.method === 'picked') return `第 ${d.stepNumber} 步：${d.label}（讲师按讨论直接选定）`;
  const tie = d.method === 'tie-break' ? '，平票后由讲师选定' : '';
  return `第 ${d.stepNumber} 步：${d.label}（${d.total} 票中 ${d.votes} 票${tie}）`;
}

/** The leaders of the counts entered so far, for the projector's highlight (nothing while no votes). */
export function leadingChoices(scene: SimScene): number[] {
  const ids = scene.choices.map((_, i) => String(i));
  const counts = Object.fromEntries(scene.votes.map((v, i) => [String(i), v ?? 0]));
  return tally(ids, counts).leaders.map(Number);
}
