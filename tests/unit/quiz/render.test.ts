// The question markup, rendered on the server the way the island's HTML starts: real form controls,
// a fieldset/legend per question, and nothing that needs a mouse.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { QuestionCard } from '../../../src/quiz/QuestionCard';
import { initialOrder } from '../../../src/quiz/present';
import type { Question } from '../../../src/quiz/types';
import { question } from './sample';

const noop = () => {};
function render(q: Question, answer: unknown, submitted = false) {
  return renderToStaticMarkup(
    createElement(QuestionCard, {
      q,
      number: 2,
      seed: 7,
      answer,
      submitted,
      partialCredit: true,
      section: { label: '6.1 成立投标团队，确定投标负责人', href: '/modules/06-bidding/#s-6-1' },
      onAnswer: noop,
      onSubmit: noop,
      announce: noop,
    }),
  );
}

describe('question markup', () => {
  it('single choice: radios in a fieldset whose legend is the prompt', () => {
    const html = render(question('q90-01', 'single'), undefined);
    expect(html).toMatch(/<fieldset[^>]*><legend class="quiz-q__prompt">拿到招标文件后，第一件事是什么？<\/legend>/);
    expect(html.match(/type="radio"/g)).toHaveLength(3);
    expect(html).toContain('第 2 题');
    expect(html).toContain('提交答案');
    expect(html).not.toContain('quiz-feedback');
  });

  it('multiple choice: checkboxes; true/false: two radios 正确 / 错误', () => {
    expect(render(question('q90-02', 'multiple'), ['a']).match(/type="checkbox"/g)).toHaveLength(4);
    const tf = render(question('q90-03', 'truefalse'), undefined);
    expect(tf.match(/type="radio"/g)).toHaveLength(2);
    expect(tf).toMatch(/正确[\s\S]*错误/);
  });

  it('a case question shows its vignette in its own box, above the question', () => {
    const html = render(question('q90-06', 'single'), undefined);
    expect(html).toContain('案例题 · 单选题');
    expect(html.indexOf('quiz-vignette')).toBeLessThan(html.indexOf('<fieldset'));
    expect(html).toContain('某市城投集团');
  });

  it('ordering: 上移/下移 buttons, the first cannot go up and the last cannot go down', () => {
    const q = question('q90-04', 'ordering');
    const html = render(q, initialOrder(7, q));
    expect(html.match(/上移：/g)).toHaveLength(4);
    expect(html.match(/<button[^>]*disabled=""[^>]*aria-label="上移/g)).toHaveLength(1);
    expect(html.match(/<button[^>]*disabled=""[^>]*aria-label="下移/g)).toHaveLength(1);
    expect(html).not.toContain('draggable');
  });

  it('matching: one labelled select per left item', () => {
    const html = render(question('q90-05', 'matching'), undefined);
    expect(html.match(/<select/g)).toHaveLength(3);
    for (const id of ['p1', 'p2', 'p3']) expect(html).toContain(`for="quiz-q90-05-${id}"`);
    // Each right text once, plus the empty choice.
    expect(html.match(/<option/g)).toHaveLength(3 * 3);
  });

  it('after submitting: locked inputs, per-option feedback, explanation, law and the lesson link', () => {
    const html = render(question('q90-03', 'truefalse'), true, true);
    expect(html).toMatch(/<fieldset[^>]*disabled=""/);
    expect(html).toContain('回答错误');
    expect(html).toContain('不对。私下接触本身就被禁止。');
    expect(html).toContain('依据：</strong>招标投标法第44条');
    expect(html).toContain('href="/modules/06-bidding/#s-6-1"');
    expect(html).not.toContain('提交答案');
  });
});
