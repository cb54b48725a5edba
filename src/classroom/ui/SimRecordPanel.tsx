/** Side panel of the class game: meters, the path so far, undo / restart, and the Markdown export. */
import { MetersView } from '../../sim/components/MetersView';
import { OUTCOME_LABEL } from '../../sim/components/labels';
import type { SimulatorDefinition, Step } from '../../sim/types';
import { decisionLine, decisionOf } from '../scene';
import { simSummaryMarkdown, summaryFileName } from '../summary';
import type { VoteRecord } from '../votes';
import { downloadText, localStamp } from '../client/dom';

export function SimRecordPanel({
  def,
  title,
  step,
  votes,
  canGoBack,
  onBack,
  onRestart,
}: {
  def: SimulatorDefinition;
  title: string;
  step: Step;
  votes: VoteRecord[];
  canGoBack: boolean;
  onBack(): void;
  onRestart(): void;
}) {
  const exportMarkdown = () => {
    const date = localStamp();
    const o = step.outcome;
    const md = simSummaryMarkdown({
      title,
      date,
      records: votes,
      outcome: o ? { kind: OUTCOME_LABEL[o.kind], title: o.title, score: o.score, summary: o.summary, article: o.article } : undefined,
    });
    downloadText(summaryFileName('simulate', def.id, date), md);
  };
  return (
    <>
      {step.meters.length > 0 ? <MetersView meters={step.meters} /> : null}
      <section className="panel" aria-labelledby="class-record-title">
        <h2 id="class-record-title" className="panel__title">
          全班路径
        </h2>
        {votes.length === 0 ? (
          <p className="presenter__empty">还没有做出选择。</p>
        ) : (
          <ol className="class-path__list class-path__list--compact">
            {votes.map((r) => (
              <li key={r.stepNumber}>{decisionLine(decisionOf(r))}</li>
            ))}
          </ol>
        )}
        <div className="timer-controls">
          <button className="button button--ghost" type="button" onClick={onBack} disabled={!canGoBack}>
            撤销上一步
          </button>
          <button className="button button--ghost" type="button" onClick={onRestart} disabled={!canGoBack}>
            重新开始
          </button>
          <button className="button" type="button" onClick={exportMarkdown} disabled={votes.length === 0} data-export-sim>
            导出记录（Markdown）
          </button>
        </div>
        <p className="panel__hint">路径和票数保存在本浏览器，刷新页面不会丢失。</p>
      </section>
    </>
  );
}
