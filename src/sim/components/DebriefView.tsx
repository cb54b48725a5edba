/** The ending: what happened, the score, every decision judged, the strongest path, where to read more. */
import type { Ref } from 'react';
import type { Outcome } from '../types';
import { lessonLink } from './lessons';
import { OUTCOME_LABEL, VERDICT_LABEL } from './labels';
import { Paragraphs } from './Paragraphs';

export function DebriefView({ outcome, headingRef }: { outcome: Outcome; headingRef: Ref<HTMLHeadingElement> }) {
  const links = outcome.lessonLinks.map(lessonLink).filter((l) => l !== undefined);
  return (
    <article className={`sim-debrief sim-debrief--${outcome.kind}`} aria-labelledby="sim-step-heading">
      <p className="sim-debrief__kind">{OUTCOME_LABEL[outcome.kind]}</p>
      <h2 id="sim-step-heading" className="sim-debrief__title" tabIndex={-1} ref={headingRef}>
        {outcome.title}
      </h2>
      {outcome.article ? (
        <p className="sim-debrief__article">
          {outcome.kind === 'compliance' ? '违反：' : '依据：'}
          <strong>{outcome.article}</strong>
        </p>
      ) : null}
      <Paragraphs text={outcome.summary} />
      <p className="sim-debrief__score">
        得分 <strong>{outcome.score}</strong> / 100
      </p>

      <h3>每一步的复盘</h3>
      <ol className="sim-debrief__list">
        {outcome.debrief.map((d, i) => (
          <li key={i} className={`sim-verdict sim-verdict--${d.verdict}`}>
            <p className="sim-verdict__head">
              <span className="sim-verdict__badge">
                <span aria-hidden="true">{VERDICT_LABEL[d.verdict].icon} </span>
                {VERDICT_LABEL[d.verdict].text}
              </span>
              <span className="sim-verdict__step">{d.step}</span>
            </p>
            <p className="sim-verdict__choice">你的选择：{d.choice}</p>
            <p className="sim-verdict__feedback">{d.feedback}</p>
          </li>
        ))}
      </ol>

      <h3>最强路径</h3>
      <Paragraphs text={outcome.strongestPath} />

      {links.length > 0 ? (
        <>
          <h3>回到课程</h3>
          <ul className="sim-debrief__lessons">
            {links.map((l) => (
              <li key={l.id}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
