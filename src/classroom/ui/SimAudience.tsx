/**
 * Audience (projector) side of a simulator played by the class: the scene and its numbered choices,
 * the room's vote as it is entered, the countdown, and at the end the outcome and the class's path.
 * Everything arrives from the presenter as plain data and is rendered as text.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { decisionLine, leadingChoices, type SimScene } from '../scene';
import { channelName, initialPresentation } from '../sync';
import { percent } from '../votes';
import { clockText } from '../client/clock';
import { leaveFullscreen, toggleFullscreen } from '../client/dom';
import { useAudience, useNow } from './hooks';

export default function SimAudience({ simId, title }: { simId: string; title: string }) {
  const view = useAudience<SimScene>(channelName('simulate', simId), initialPresentation(1, 3));
  const now = useNow();
  const [hint, setHint] = useState(true);
  const s = view.state;
  const scene = view.extra;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'f' || e.key === 'F') void toggleFullscreen();
      else if (e.key === 'Escape') void leaveFullscreen();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (view.connection !== 'live') return setHint(true);
    const id = window.setTimeout(() => setHint(false), 6000);
    return () => window.clearTimeout(id);
  }, [view.connection]);

  // Shrink the type until the whole step fits the projector (long prompts, four long choices).
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(0);
  useEffect(() => {
    const onResize = () => setSize((n) => n + 1);
    window.addEventListener('resize', onResize);
    document.addEventListener('fullscreenchange', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      document.removeEventListener('fullscreenchange', onResize);
    };
  }, []);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    let fit = 1;
    el.style.setProperty('--fit', '1');
    while (fit > 0.5 && el.scrollHeight > el.clientHeight + 1) {
      fit = Math.round((fit - 0.05) * 100) / 100;
      el.style.setProperty('--fit', String(fit));
    }
  }, [scene, size, s.timerShown]);

  const c = clockText(s.timer, 'countdown', now);
  const timerVisible = s.timerShown && !s.blank && !scene?.outcome;
  const leaders = scene ? leadingChoices(scene) : [];
  const total = scene ? scene.votes.reduce<number>((sum, v) => sum + (v ?? 0), 0) : 0;

  return (
    <div className="sim-audience" ref={box} onDoubleClick={() => void toggleFullscreen()} data-connection={view.connection}>
      {!scene ? (
        <div className="sim-audience__waiting">
          <p className="sim-audience__title">{title}</p>
          <p>全班模拟演练：等待讲师开始……</p>
        </div>
      ) : scene.outcome ? (
        <article className="sim-audience__ending" aria-labelledby="aud-ending" data-audience-ending>
          <p className="sim-audience__kind">{scene.outcome.kind} · 得分 {scene.outcome.score} / 100</p>
          <h2 id="aud-ending" className="sim-audience__heading">
            {scene.outcome.title}
          </h2>
          {scene.outcome.article ? <p className="sim-audience__article">依据：{scene.outcome.article}</p> : null}
          {scene.outcome.summary.split(/\n{2,}/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          <h3>全班的选择</h3>
          <ol className="sim-audience__path">
            {scene.path.map((d) => (
              <li key={d.stepNumber}>{decisionLine(d)}</li>
            ))}
          </ol>
        </article>
      ) : (
        <article className="sim-audience__scene" aria-labelledby="aud-step" data-audience-step={scene.stepNumber}>
          <div className="sim-audience__top">
            <div>
              <p className="sim-audience__title">{scene.title}</p>
              <h2 id="aud-step" className="sim-audience__heading">
                第 {scene.stepNumber} 步 · {scene.speaker}
              </h2>
            </div>
            {timerVisible ? (
              <div className="audience__timer" data-ended={c.ended} data-timer>
                <span className="audience__timer-label">剩余</span>
                <span className="audience__timer-text">{c.text}</span>
              </div>
            ) : null}
          </div>
          <div className="sim-audience__prompt">
            {scene.prompt.split(/\n{2,}/).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
          <ol className="sim-audience__choices">
            {scene.choices.map((label, i) => {
              const v = scene.votes[i];
              return (
                <li key={i} className="aud-choice" data-leading={total > 0 && leaders.includes(i) ? true : undefined}>
                  <span className="aud-choice__key" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span className="aud-choice__label">{label}</span>
                  {total > 0 ? (
                    <span className="aud-choice__votes">
                      {v ?? 0} 票
                      <span className="aud-choice__bar" aria-hidden="true">
                        <span className="aud-choice__fill" style={{ width: `${percent(v ?? 0, total)}%` }} />
                      </span>
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ol>
          <div className="sim-audience__foot">
            {scene.meters.length > 0 ? (
              <p className="sim-audience__meters">
                {scene.meters.map((m) => (
                  <span key={m.label}>
                    {m.label} <strong>{m.value}</strong>
                  </span>
                ))}
              </p>
            ) : null}
            {scene.path.length > 0 ? <p className="sim-audience__last">上一步全班选择：{decisionLine(scene.path.at(-1)!)}</p> : null}
          </div>
        </article>
      )}
      {timerVisible && c.ended ? <p className="audience__timeup">时间到</p> : null}
      {s.blank ? <div className="audience__blank" data-blank /> : null}
      {hint ? (
        <p className="audience__hint" role="status">
          {view.connection === 'live' ? '已与讲师窗口连接。按 F 全屏。' : view.connection === 'closed' ? '讲师窗口已关闭。' : '等待讲师窗口……按 F 全屏。'}
        </p>
      ) : null}
    </div>
  );
}
