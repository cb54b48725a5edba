/**
 * The pure snapshot → Step view of a "decision game": a machine whose context holds meters and the
 * decisions taken, and whose text lives in a SimScript. Contact and trust use it; the module holds no
 * machine, so a simulator page bundles only its own machine and script.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { bySyllabusOrder } from '../../course/syllabus';
import { metersOf, type MeterSpec } from './meters';
import type { DecisionRecord } from '../machines/contactMachine';
import type { SimScript } from '../machines/contactScript';
import type { DebriefItem, Outcome, OutcomeKind, Step } from '../types';

export interface GameContext {
  meters: Record<string, number>;
  decisions: DecisionRecord[];
}

export interface DecisionGameView<C extends GameContext> {
  script: SimScript<string, string>;
  endingKinds: Record<string, OutcomeKind>;
  meterSpecs: Record<string, MeterSpec>;
  score(context: C, kind: OutcomeKind): number;
  /** Which scene variant of a step to show, when earlier choices changed who is in the room. */
  sceneOf?(stepId: string, context: C): string | undefined;
  /** A paragraph put before the ending summary (e.g. why the game ended early). */
  summaryPrefix?(endingId: string, context: C): string | undefined;
}


/** The text of one recorded decision, with its variant applied. */
export function decisionText(script: SimScript<string, string>, d: DecisionRecord) {
  const choice = script.steps[d.stepId]?.choices[d.choiceId];
  if (!choice) throw new Error(`script has no choice ${d.stepId}/${d.choiceId}`);
  const variant = d.variant ? choice.variants?.[d.variant] : undefined;
  if (d.variant && !variant) throw new Error(`script has no variant ${d.stepId}/${d.choiceId}/${d.variant}`);
  return {
    label: choice.label,
    reaction: variant?.reaction ?? choice.reaction,
    feedback: variant?.feedback ?? choice.feedback,
    verdict: variant?.verdict ?? choice.verdict,
  };
}

export function describeDecisionGame<C extends GameContext>(snapshot: AnyMachineSnapshot, view: DecisionGameView<C>): Step {
  const context = snapshot.context as C;
  const state = String(snapshot.value);
  const meters = metersOf(context.meters, view.meterSpecs);
  const kind = view.endingKinds[state];

  if (kind) {
    const ending = view.script.endings[state]!;
    const debrief: DebriefItem[] = context.decisions.map((d) => {
      const text = decisionText(view.script, d);
      return { step: view.script.steps[d.stepId]!.title, choice: text.label, feedback: text.feedback, verdict: text.verdict };
    });
    // Link the ending's lessons plus those of every decision that went wrong.
    const links = new Set(ending.lessonLinks);
    context.decisions.forEach((d, i) => {
      if (debrief[i]!.verdict === 'bad' || debrief[i]!.verdict === 'violation') {
        view.script.steps[d.stepId]!.lessonLinks.forEach((id) => links.add(id));
      }
    });
    const prefix = view.summaryPrefix?.(state, context);
    const outcome: Outcome = {
      kind,
      title: ending.title,
      summary: prefix ? `${prefix}${ending.summary}` : ending.summary,
      score: view.score(context, kind),
      ...(ending.article ? { article: ending.article } : {}),
      debrief,
      strongestPath: view.script.strongestPath,
      lessonLinks: [...links].sort(bySyllabusOrder),
    };
    return { stepId: state, speaker: '旁白', prompt: outcome.summary, choices: [], meters, outcome };
  }

  const step = view.script.steps[state];
  if (!step) throw new Error(`no script for state "${state}"`);
  const sceneKey = view.sceneOf?.(state, context);
  const scene = sceneKey ? step.scenes?.[sceneKey] : undefined;
  const last = context.decisions.at(-1);
  const reaction = last ? decisionText(view.script, last).reaction : '';
  const prompt = scene?.prompt ?? step.prompt;
  // Only choices the machine accepts in this context are offered (e.g. a peer meeting needs a senior manager).
  const choices = Object.entries(step.choices)
    .filter(([id]) => snapshot.can({ type: 'learner.choose', choiceId: id }))
    .map(([id, c]) => ({ id, label: c.label }));
  return {
    stepId: state,
    speaker: scene?.speaker ?? step.speaker,
    prompt: reaction ? `${reaction}\n\n${prompt}` : prompt,
    choices,
    meters,
  };
}
