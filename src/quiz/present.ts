/**
 * The order in which an attempt shows options, items and pairs. Derived from the attempt seed and the
 * question id alone, so a reload shows the same order without storing it.
 */
import { matchingRightChoices } from './answers';
import { shuffle, streamFor } from './random';
import type { Question } from './types';

type Of<T extends Question['type']> = Extract<Question, { type: T }>;

/** An option such as "以上都对", "上述做法均不正确" or "都不对" only makes sense last, in the author's order. */
const REFERS_TO_OTHERS = /^(以上|上述|前述)(各项|选项|做法|说法|答案)?(都|均|皆|全)|^(都|均|皆)不(对|正确|是)/;

export function optionOrder(seed: number, q: Of<'single'> | Of<'multiple'>): string[] {
  const ids = q.options.map((o) => o.id);
  if (q.options.some((o) => REFERS_TO_OTHERS.test(o.text))) return ids;
  return shuffle(ids, streamFor(seed, `options:${q.id}`));
}

/** The scrambled order an ordering question starts in — never already correct. */
export function initialOrder(seed: number, q: Of<'ordering'>): string[] {
  const correct = q.items.map((i) => i.id);
  const order = shuffle(correct, streamFor(seed, `items:${q.id}`));
  if (order.every((id, i) => id === correct[i])) order.push(order.shift()!);
  return order;
}

export function matchingLeftOrder(seed: number, q: Of<'matching'>): string[] {
  return shuffle(q.pairs.map((p) => p.id), streamFor(seed, `lefts:${q.id}`));
}

export function matchingChoiceOrder(seed: number, q: Of<'matching'>): { id: string; text: string }[] {
  return shuffle(matchingRightChoices(q), streamFor(seed, `rights:${q.id}`));
}

/** Moves the item at `from` one step up (-1) or down (+1); out-of-range moves change nothing. */
export function moveItem(order: readonly string[], from: number, step: -1 | 1): string[] {
  const to = from + step;
  if (from < 0 || from >= order.length || to < 0 || to >= order.length) return order.slice();
  const out = order.slice();
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}
