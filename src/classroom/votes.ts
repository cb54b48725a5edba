/**
 * The room's vote on a simulator step: counts typed in by the trainer, the choice with the most votes,
 * and ties, which the trainer settles by picking among the tied choices.
 */

export interface Tally {
  total: number;
  /** The highest count (0 when nobody voted). */
  top: number;
  /** Choice ids with the highest count, in the order the step offers them. */
  leaders: string[];
  /** 'none': no votes yet; 'majority': one clear leader; 'tie': several share the top. */
  status: 'none' | 'majority' | 'tie';
}

/** A count as the trainer typed it: a whole number 0 … 9999, blank meaning 0; null when it is not one. */
export function parseCount(input: string): number | null {
  const text = input.trim();
  if (text === '') return 0;
  if (!/^\d{1,4}$/.test(text)) return null;
  return Number(text);
}

export function tally(choiceIds: readonly string[], counts: Readonly<Record<string, number | undefined>>): Tally {
  const of = (id: string) => {
    const n = counts[id];
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 0;
  };
  const total = choiceIds.reduce((s, id) => s + of(id), 0);
  if (total === 0) return { total: 0, top: 0, leaders: [], status: 'none' };
  const top = Math.max(...choiceIds.map(of));
  const leaders = choiceIds.filter((id) => of(id) === top);
  return { total, top, leaders, status: leaders.length === 1 ? 'majority' : 'tie' };
}

/** The choice to play: the clear leader, or the trainer's pick among the tied ones. */
export function decide(t: Tally, tieBreak?: string): string | null {
  if (t.status === 'majority') return t.leaders[0]!;
  if (t.status === 'tie' && tieBreak && t.leaders.includes(tieBreak)) return tieBreak;
  return null;
}

/** Share of the votes, whole percent, for the bars on the projector. */
export function percent(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

/** How the class's choice at one step was made, as kept in the record and the summary. */
export type VoteMethod = 'majority' | 'tie-break' | 'picked';

export interface VoteRecord {
  stepId: string;
  /** 1-based step number in the class's game. */
  stepNumber: number;
  speaker: string;
  /** The situation, kept so the summary reads on its own. */
  prompt: string;
  choices: { id: string; label: string; votes: number }[];
  chosenId: string;
  method: VoteMethod;
}

/** The record of one step, built from the step and the counts used to decide it. */
export function voteRecord(
  step: { stepId: string; speaker: string; prompt: string; choices: readonly { id: string; label: string }[] },
  stepNumber: number,
  counts: Readonly<Record<string, number | undefined>>,
  chosenId: string,
  method: VoteMethod,
): VoteRecord {
  return {
    stepId: step.stepId,
    stepNumber,
    speaker: step.speaker,
    prompt: step.prompt,
    choices: step.choices.map((c) => ({ id: c.id, label: c.label, votes: method === 'picked' ? 0 : Math.max(0, Math.floor(counts[c.id] ?? 0)) })),
    chosenId,
    method,
  };
}
