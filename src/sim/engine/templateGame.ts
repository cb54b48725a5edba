/**
 * The snapshot → Step view shared by simulators whose script writes each choice's consequence under an
 * effect key (`fx`) and whose prompts and endings are `{slot}` templates: bidding and signing. A definition
 * supplies what is its own (meters, calendar, slot values, score); this module turns them into a Step.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { bySyllabusOrder } from '../../course/syllabus';
import { fillTemplate, type TemplateVars } from './template';
import type { CalendarMark, DebriefItem, Meter, Outcome, OutcomeKind, Step } from '../types';

export interface TemplateGameScript {
  steps: Record<
    string,
    { title: string; speaker: string; lessonLinks: string[]; prompt: string; choices: Record<string, string> }
  >;
  consequences: Record<string, { reaction: string; feedback: string }>;
  endings: Record<string, { title: string; summary: string; article?: string; lessonLinks: string[] }>;
  strongestPath: string;
}

export interface TemplateGameContext {
  decisions: ReadonlyArray<{ stepId: string; choiceId: string; fx: string; verdict: DebriefItem['verdict'] }>;
}

export interface TemplateGameView<C extends TemplateGameContext> {
  /** For error messages: "bidding". */
  id: string;
  script: TemplateGameScript;
  endingKinds: Record<string, OutcomeKind>;
  /** Every choice of each step, in display order; a step offers those the machine accepts now. */
  choiceIds: Record<string, readonly string[]>;
  meters(context: C): Meter[];
  calendar(context: C): CalendarMark[];
  promptVars(context: C): TemplateVars;
  endingVars(context: C): TemplateVars;
  score(context: C, endingId: string): number;
}

/** What happened after the last choice, put above the next screen's text. */
const afterReaction = (reaction: string, text: string) => (reaction ? `${reaction}\n\n${text}` : text);

function outcomeOf<C extends TemplateGameContext>(context: C, endingId: string, view: TemplateGameView<C>): Outcome {
  const { script } = view;
  const ending = script.endings[endingId]!;
  const vars = view.endingVars(context);
  const debrief: DebriefItem[] = context.decisions.map((d) => ({
    step: script.steps[d.stepId]!.title,
    choice: script.steps[d.stepId]!.choices[d.choiceId] ?? d.choiceId,
    feedback: script.consequences[d.fx]!.feedback,
    verdict: d.verdict,
  }));
  // The ending's own lessons plus those of every decision that went wrong.
  const links = new Set(ending.lessonLinks);
  for (const d of context.decisions) {
    if (d.verdict === 'bad' || d.verdict === 'violation') script.steps[d.stepId]!.lessonLinks.forEach((id) => links.add(id));
  }
  return {
    kind: view.endingKinds[endingId]!,
    title: fillTemplate(ending.title, vars),
    summary: fillTemplate(ending.summary, vars),
    score: view.score(context, endingId),
    ...(ending.article ? { article: ending.article } : {}),
    debrief,
    strongestPath: script.strongestPath,
    lessonLinks: [...links].sort(bySyllabusOrder),
  };
}

export function describeTemplateGame<C extends TemplateGameContext>(snapshot: AnyMachineSnapshot, view: TemplateGameView<C>): Step {
  const context = snapshot.context as C;
  const state = String(snapshot.value);
  const meters = view.meters(context);
  const calendar = view.calendar(context);
  const last = context.decisions.at(-1);
  const reaction = last ? view.script.consequences[last.fx]!.reaction : '';
  if (state in view.endingKinds) {
    const outcome = outcomeOf(context, state, view);
    return { stepId: state, speaker: '旁白', prompt: afterReaction(reaction, outcome.summary), choices: [], meters, calendar, outcome };
  }
  const step = view.script.steps[state];
  if (!step) throw new Error(`no script for ${view.id} state "${state}"`);
  // Offer exactly what the machine accepts now.
  const choices = (view.choiceIds[state] ?? [])
    .filter((id) => snapshot.can({ type: 'learner.choose', choiceId: id }))
    .map((id) => ({ id, label: step.choices[id]! }));
  return {
    stepId: state,
    speaker: step.speaker,
    prompt: afterReaction(reaction, fillTemplate(step.prompt, view.promptVars(context))),
    choices,
    meters,
    calendar,
  };
}
