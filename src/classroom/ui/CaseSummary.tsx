/**
 * What the class said: a Markdown download and a print view (the print style sheet shows only this).
 * Everything typed is rendered by React, so it stays text.
 */
import { useState } from 'react';
import { caseSummaryMarkdown, pointLines, summaryFileName, type GroupPoints } from '../summary';
import { downloadText, localStamp } from '../client/dom';

export function CaseSummary({
  caseId,
  title,
  chapter,
  minutes,
  questions,
  groups,
}: {
  caseId: string;
  title: string;
  chapter: string;
  minutes: number;
  questions: string[];
  groups: GroupPoints[];
}) {
  const [stamp, setStamp] = useState(() => localStamp());
  const download = () => {
    const date = localStamp();
    setStamp(date);
    downloadText(summaryFileName('case', caseId, date), caseSummaryMarkdown({ title, chapter, minutes, questions, groups, date }));
  };
  const print = () => {
    setStamp(localStamp());
    // Let React paint the new time before the print dialog freezes the page.
    window.setTimeout(() => window.print(), 50);
  };
  return (
    <>
      <section className="panel" aria-labelledby="summary-title">
        <h2 id="summary-title" className="panel__title">
          研讨总结
        </h2>
        <p className="panel__hint">把讨论题和各组要点导出，发给学员或存档。</p>
        <div className="timer-controls">
          <button className="button" type="button" onClick={download} data-download-summary>
            下载 Markdown
          </button>
          <button className="button button--ghost" type="button" onClick={print}>
            打印总结
          </button>
        </div>
      </section>
      <section className="print-summary" aria-label="研讨总结（打印版）">
        <h2>案例研讨记录：{title}</h2>
        <p>
          {chapter} · {stamp} · 讨论用时 {minutes} 分钟
        </p>
        <h3>讨论题</h3>
        <ol>
          {questions.map((q, i) => (
            <li key={i}>{q}</li>
          ))}
        </ol>
        <h3>各组要点</h3>
        {groups.length === 0 ? <p>（本次没有记录要点。）</p> : null}
        {groups.map((g, i) => {
          const lines = pointLines(g.points);
          return (
            <div key={g.id} className="print-summary__group">
              <h4>{g.name.trim() || `第 ${i + 1} 组`}</h4>
              {lines.length === 0 ? (
                <p>（未记录要点）</p>
              ) : (
                <ul>
                  {lines.map((l, j) => (
                    <li key={j}>{l}</li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </section>
    </>
  );
}
