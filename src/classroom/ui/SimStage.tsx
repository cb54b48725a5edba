/**
 * The step as the trainer sees it while the room votes: the scene, each choice with its vote count,
 * and what the counts decide (a clear majority, or a tie the trainer settles). At the end, the debrief.
 */
import { useEffect, useRef } from 'react';
import { DebriefView } from '../../sim/components/DebriefView';
import { Paragraphs } from '../../sim/components/Paragraphs';
import type { Step } from '../../sim/types';
import { decisionLine, decisionOf } from '../scene';
import { decide, tally, type VoteMethod, type VoteRecord } from '../votes';

export function SimStage({
  step,
  stepNumber,
  moves,
  counts,
  parsed,
  tieBreak,
  onCount,
  onTieBreak,
  onPlay,
  votes,
}: {
  step: Step;
  stepNumber: number;
  moves: number;
  counts: Record<string, string>;
  parsed: Record<string, number | null>;
  tieBreak: boolean;
  onCount(choiceId: string, value: string): void;
  onTieBreak(): void;
  onPlay(choiceId: string, method: VoteMethod): void;
  votes: VoteRecord[];
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus follows the game to the new step (or the debrief), never on first render.
  const seen = useRef(moves);
  useEffect(() => {
    if (seen.current === moves) return;
    seen.current = moves;
    heading.current?.focus();
  }, [moves]);

  if (step.outcome) {
    return (
      <div className="sim-class__ending" data-sim-ending={step.outcome.kind}>
        <DebriefView outcome={step.outcome} headingRef={heading} />
        <ClassPath votes={votes} />
      </div>
    );
  }

  const ids = step.choices.map((c) => c.id);
  const invalid = ids.filter((id) => parsed[id] === null);
  const t = tally(ids, Object.fromEntries(ids.map((id) => [id, parsed[id] ?? 0])));
  const labelOf = (id: string) => `${ids.indexOf(id) + 1}. ${step.choices.find((c) => c.id === id)?.label ?? id}`;
  const winner = decide(t);

  return (
    <article className="sim-class__scene" aria-labelledby="class-step-heading" data-step-id={step.stepId}>
      <h2 id="class-step-heading" className="sim-class__heading" tabIndex={-1} ref={heading}>
        <span className="sim-class__number">第 {stepNumber} 步</span>
        <span className="visually-hidden">：</span> {step.speaker}
      </h2>
      <div className="sim-class__prompt">
        <Paragraphs text={step.prompt} />
      </div>
      <p className="sim-class__ask" id="class-vote-hint">
        请全班讨论后举手表决，在每个选项旁录入票数（空着算 0 票）。
      </p>
      <ol className="vote-list" aria-describedby="class-vote-hint">
        {step.choices.map((c, i) => {
          const bad = parsed[c.id] === null;
          const leading = t.leaders.includes(c.id);
          return (
            <li key={c.id} className="vote" data-choice={c.id} data-leading={leading || undefined}>
              <span className="vote__key" aria-hidden="true">
                {i + 1}
              </span>
              <span className="vote__label" id={`vote-label-${c.id}`}>
                {c.label}
              </span>
              <span className="vote__inputs">
                <label className="vote__count">
                  <span>票数</span>
                  <input
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    size={4}
                    value={counts[c.id] ?? ''}
                    aria-describedby={`vote-label-${c.id}${bad ? ` vote-error-${c.id}` : ''}`}
                    aria-invalid={bad || undefined}
                    onChange={(e) => onCount(c.id, e.target.value)}
                    data-vote-input
                  />
                </label>
                <button type="button" className="button button--ghost button--small" onClick={() => onPlay(c.id, 'picked')} aria-describedby={`vote-label-${c.id}`}>
                  直接选定
                </button>
              </span>
              {bad ? (
                <span className="vote__error" id={`vote-error-${c.id}`}>
                  请输入 0–9999 的整数
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className="decision" aria-live="polite">
        {invalid.length > 0 ? (
          <p className="decision__text">有票数不是整数，请更正后再执行。</p>
        ) : t.status === 'none' ? (
          <p className="decision__text">还没有录入票数。也可以在讨论一致时“直接选定”。</p>
        ) : t.status === 'majority' && winner ? (
          <>
            <p className="decision__text">
              多数票：<strong>{labelOf(winner)}</strong>（{t.total} 票中 {t.top} 票）
            </p>
            <button type="button" className="button" onClick={() => onPlay(winner, 'majority')} data-play-majority>
              按多数票执行
            </button>
          </>
        ) : (
          <>
            <p className="decision__text">
              平票：{t.leaders.map(labelOf).join('、')} 各 {t.top} 票。
            </p>
            {tieBreak ? (
              <div className="decision__tie" role="group" aria-label="在并列选项中选定">
                <p className="decision__text">请讲师在并列的选项中选定一个：</p>
                {t.leaders.map((id) => (
                  <button key={id} type="button" className="button" onClick={() => onPlay(id, 'tie-break')} data-tie-choice={id}>
                    选定 {labelOf(id)}
                  </button>
                ))}
              </div>
            ) : (
              <button type="button" className="button" onClick={onTieBreak} data-tie-break>
                由讲师在并列选项中选定
              </button>
            )}
          </>
        )}
      </div>
      {votes.length > 0 ? (
        <p className="sim-class__last">上一步全班选择：{decisionLine(decisionOf(votes.at(-1)!))}</p>
      ) : null}
    </article>
  );
}

/** The class's decisions with their votes, under the debrief. */
export function ClassPath({ votes }: { votes: VoteRecord[] }) {
  return (
    <section className="class-path" aria-labelledby="class-path-title">
      <h3 id="class-path-title">全班的选择与票数</h3>
      {votes.length === 0 ? (
        <p>还没有记录。</p>
      ) : (
        <ol className="class-path__list" data-class-path>
          {votes.map((r) => {
            const d = decisionOf(r);
            return (
              <li key={r.stepNumber} data-step={r.stepId}>
                <p className="class-path__line">{decisionLine(d)}</p>
                {r.method === 'picked' ? null : (
                  <p className="class-path__votes">{r.choices.map((c, i) => `${i + 1}. ${c.label}：${c.votes} 票`).join('；')}</p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
