/**
 * The contract every simulator fulfils. The shell, the classroom vote panel and the tests drive any
 * simulator through this alone, without knowing its machine's insides.
 */
import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import type { SimulatorId } from '../schemas/module';

export type { SimulatorId };

export interface Choice {
  /** Stable id sent back as `{ type: 'learner.choose', choiceId }`. */
  id: string;
  /** What the learner reads on the button (zh-CN). */
  label: string;
}

export interface Meter {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  /** Optional unit shown after the value, e.g. "天" or "个工作日". */
  unit?: string;
  /** true when a higher value is worse (合规风险), so the UI can colour it. */
  higherIsWorse?: boolean;
}

/** A date that matters in a legal clock, shown on the simulator's calendar. */
export interface CalendarMark {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  label: string;
  kind: 'today' | 'deadline' | 'event';
}

export type OutcomeKind = 'win' | 'partial' | 'loss' | 'compliance';

export interface DebriefItem {
  /** The step's prompt, short. */
  step: string;
  /** The choice the learner made. */
  choice: string;
  /** Why it was good or bad. */
  feedback: string;
  /** 'good' | 'ok' | 'bad' | 'violation' — drives the icon. */
  verdict: 'good' | 'ok' | 'bad' | 'violation';
}

export interface Outcome {
  kind: OutcomeKind;
  /** Short ending title, e.g. "合规失败：向评标专家私下请托". */
  title: string;
  /** What happened, one paragraph. */
  summary: string;
  /** 0–100. A 合规失败 ending scores 0. */
  score: number;
  /** For 合规失败: the article broken, from law-facts.md, e.g. "招标投标法第44条". */
  article?: string;
  debrief: DebriefItem[];
  /** The strongest path, explained in a few sentences. */
  strongestPath: string;
  /** Lesson sections that teach this, as syllabus ids ("7.4"), linked to the module page. */
  lessonLinks: string[];
}

export interface Step {
  /** Stable id of the decision point (state), used for timelines and votes. */
  stepId: string;
  /** Who speaks: "招标代理 王经理", "旁白". */
  speaker: string;
  /** The situation and the question (zh-CN). May contain several paragraphs separated by "\n\n". */
  prompt: string;
  /** Empty only at an ending. */
  choices: Choice[];
  meters: Meter[];
  calendar?: CalendarMark[];
  /** Present exactly when the game has ended. */
  outcome?: Outcome;
}

export interface SimulatorDefinition<TMachine extends AnyStateMachine = AnyStateMachine> {
  id: SimulatorId;
  title: string;
  /** One sentence for the simulator index. */
  tagline: string;
  /** Chapter the simulator belongs to (links back to the module page). */
  chapter: number;
  machine: TMachine;
  /**
   * Every line the learner reads, as plain serialisable data. A simulator page passes it to its island as
   * props, and the island rebuilds the definition with `loadSimulator(id, script)`.
   */
  script: unknown;
  /** Pure: the current step of a snapshot. */
  describe(snapshot: SnapshotFrom<TMachine>): Step;
}

/** Builds a definition from a serialised script (which was built from the typed source at build time). */
export type SimulatorFactory = (script: never) => SimulatorDefinition;

export type ChooseEvent = { type: 'learner.choose'; choiceId: string };
