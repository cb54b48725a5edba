/**
 * Presenter side of a case exercise (/trainer/case/<id>/). The case slides are static HTML beside this
 * island; the island drives them, runs the discussion countdown, keeps the groups' key points (per
 * case, in this browser), reveals the reference answer on this screen only, and exports a summary.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PresenterCommand } from '../keys';
import { parseCaseRecord, serializeCaseRecord, STORAGE_KEYS } from '../stored';
import { channelName, initialPresentation, type PresenterEvent } from '../sync';
import type { GroupPoints } from '../summary';
import { isEnded } from '../timer';
import type { CaseExtra } from '../client/audienceDeck';
import { deckSlides, refitOnResize, showSlide } from '../client/deck';
import { openAudienceWindow, readStorage, writeStorage, type AudienceLink } from '../client/dom';
import { runSharedBarCommand, useAudienceStatus, useBarActions, useBarState, useNow, usePresenter, usePresenterKeys } from './hooks';
import { PointsEditor } from './PointsEditor';
import { CaseSummary } from './CaseSummary';
import { TimerPanel } from './TimerPanel';

export interface CasePresenterProps {
  caseId: string;
  title: string;
  chapter: string;
  minutes: number;
  questions: string[];
  referenceAnswer: string;
  audienceHref: string;
}

const newGroupId = () => `g${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export default function CasePresenter(props: CasePresenterProps) {
  const { caseId, minutes, referenceAnswer, audienceHref } = props;
  const key = STORAGE_KEYS.case(caseId);
  const [stored] = useState(() => parseCaseRecord(readStorage(key)));
  const [groups, setGroups] = useState<GroupPoints[]>(() =>
    stored.groups.length > 0 ? stored.groups : [{ id: newGroupId(), name: '第一组', points: '' }],
  );
  const groupsRef = useRef(groups);
  groupsRef.current = groups;
  const [slides] = useState(() => deckSlides(document));
  const [state, presenter] = usePresenter<CaseExtra>({
    name: channelName('case', caseId),
    initial: { ...initialPresentation(slides.length, minutes), ...(stored.timer ? { timer: stored.timer } : {}) },
    extra: () => ({ groups: groupsRef.current }),
    onAudience: () => setAudience('live'),
  });
  const [audience, setAudience] = useState<AudienceLink>('closed');
  const [saved, setSaved] = useState(true);
  const [answerShown, setAnswerShown] = useState(false);
  const dispatch = useCallback((e: PresenterEvent) => presenter.dispatch(e), [presenter]);
  const now = useNow();

  // Slides, counter and the static bar follow the state.
  useEffect(() => {
    showSlide(slides, state.slide);
    const counter = document.querySelector('[data-counter]');
    if (counter) counter.textContent = `第 ${state.slide + 1} / ${slides.length} 张`;
  }, [slides, state.slide]);
  useBarState(state, { start: '开始计时 (T)', pause: '暂停计时 (T)', resume: '继续计时 (T)' });
  useEffect(() => refitOnResize(() => [slides[presenter.getState().slide]]), [slides, presenter]);

  // Points and timer are kept per case; the audience sees the points when they are projected.
  useEffect(() => {
    setSaved(writeStorage(key, serializeCaseRecord({ groups, timer: state.timer })));
  }, [key, groups, state.timer]);
  const firstGroups = useRef(true);
  useEffect(() => {
    if (firstGroups.current) {
      firstGroups.current = false;
      return;
    }
    presenter.publish();
  }, [groups, presenter]);

  const ended = isEnded(state.timer, now);
  useAudienceStatus(audience, presenter.link.available);

  const run = (command: PresenterCommand | string) => {
    switch (command) {
      case 'next':
        return dispatch({ type: 'slide.next' });
      case 'prev':
        return dispatch({ type: 'slide.prev' });
      case 'first':
        return dispatch({ type: 'slide.first' });
      case 'last':
        return dispatch({ type: 'slide.last' });
      default:
        runSharedBarCommand(command, {
          state,
          dispatch,
          openAudience: () => {
            if (!openAudienceWindow(audienceHref, `kam-audience-case-${caseId}`)) setAudience('blocked');
          },
        });
    }
  };
  usePresenterKeys(run);
  useBarActions(run);

  return (
    <div className="case-panel">
      <TimerPanel timer={state.timer} shown={state.timerShown} now={now} dispatch={dispatch} />
      {ended ? (
        <p className="notice notice--timeup" role="alert">
          时间到。请各组停笔，准备汇报。
        </p>
      ) : null}

      <section className="panel" aria-labelledby="projector-title">
        <h2 id="projector-title" className="panel__title">
          投影内容
        </h2>
        <div className="segmented" role="group" aria-label="投影内容">
          <button className="button button--ghost" type="button" aria-pressed={state.panel === 'slides'} onClick={() => dispatch({ type: 'panel.set', panel: 'slides' })}>
            案例与讨论题
          </button>
          <button className="button button--ghost" type="button" aria-pressed={state.panel === 'points'} onClick={() => dispatch({ type: 'panel.set', panel: 'points' })}>
            各组要点
          </button>
        </div>
      </section>

      <PointsEditor
        groups={groups}
        saved={saved}
        onChange={setGroups}
        onAdd={() => setGroups((g) => [...g, { id: newGroupId(), name: `第${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][g.length] ?? ` ${g.length + 1} `}组`, points: '' }])}
      />

      <section className="panel" aria-labelledby="answer-title">
        <h2 id="answer-title" className="panel__title">
          参考答案（仅讲师可见）
        </h2>
        <button className="button button--ghost" type="button" aria-expanded={answerShown} aria-controls="reference-answer" onClick={() => setAnswerShown((v) => !v)}>
          {answerShown ? '收起参考答案' : '显示参考答案'}
        </button>
        <div id="reference-answer" className="reference-answer" hidden={!answerShown}>
          {referenceAnswer.split(/\n{2,}/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      </section>

      <CaseSummary {...props} groups={groups} />
    </div>
  );
}
