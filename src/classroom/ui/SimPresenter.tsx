/**
 * Presenter side of a simulator played by the class (/trainer/simulate/<id>/). The game runs through
 * `useSimulatorSession`; this vote panel is its chooser: the trainer types the room's count for each
 * choice and the majority is played with `choose()`, a tie asks the trainer to pick among the tied
 * choices, and "直接选定" plays a choice the room agreed on without counting. The class's path and
 * votes are kept in this browser and exported as Markdown.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { OUTCOME_LABEL } from '../../sim/components/labels';
import { loadSimulator } from '../../sim/loaders';
import type { SimulatorDefinition } from '../../sim/types';
import type { SessionChange } from '../../sim/engine/session';
import { useSimulatorSession } from '../../sim/components/useSimulatorSession';
import { sceneOf, type SimScene } from '../scene';
import { parseSimRecord, serializeSimRecord, STORAGE_KEYS } from '../stored';
import { channelName, initialPresentation, type PresenterEvent } from '../sync';
import { parseCount, voteRecord, type VoteMethod, type VoteRecord } from '../votes';
import { openAudienceWindow, readStorage, writeStorage, type AudienceLink } from '../client/dom';
import { runSharedBarCommand, useAudienceStatus, useBarActions, useBarState, useNow, usePresenter, usePresenterKeys } from './hooks';
import { TimerPanel } from './TimerPanel';
import { SimStage } from './SimStage';
import { SimRecordPanel } from './SimRecordPanel';

export interface SimPresenterProps {
  simId: string;
  /** The simulator's script, passed by the page (text travels as props, not in the bundle). */
  script: unknown;
  title: string;
  audienceHref: string;
}

const DISCUSSION_MINUTES = 3;

export default function SimPresenter(props: SimPresenterProps) {
  const [def, setDef] = useState<SimulatorDefinition | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    loadSimulator(props.simId, props.script).then(
      (d) => alive && setDef(d),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [props.simId, props.script]);
  if (failed) return <p className="notice" role="alert">演练没能加载。请刷新页面再试。</p>;
  if (!def) return <p className="presenter__empty">正在载入演练……</p>;
  return <ClassGame def={def} {...props} />;
}

function ClassGame({ def, title, audienceHref }: SimPresenterProps & { def: SimulatorDefinition }) {
  const key = STORAGE_KEYS.simulate(def.id);
  const [stored] = useState(() => parseSimRecord(readStorage(key)));
  const [votes, setVotes] = useState<VoteRecord[]>(() => stored?.votes ?? []);
  const votesRef = useRef(votes);
  const pending = useRef<VoteRecord | null>(null);
  const [notice, setNotice] = useState('');

  const onChange = useCallback(
    ({ reason, state, persisted }: SessionChange) => {
      let next = votesRef.current;
      if (reason === 'choose' && pending.current) next = [...next, pending.current];
      else if (reason === 'back') next = next.slice(0, state.path.length);
      else if (reason === 'restart') next = [];
      pending.current = null;
      votesRef.current = next;
      setVotes(next);
      const ok = writeStorage(key, state.path.length === 0 ? null : serializeSimRecord({ path: state.path, votes: next, snapshot: persisted }));
      if (!ok) setNotice('浏览器不允许保存：请在结束时导出记录。');
    },
    [key],
  );
  const session = useSimulatorSession(def, { resume: stored ? { snapshot: stored.snapshot, path: stored.path } : undefined, onChange });
  const { step, path, moves } = session;

  // A stored game that did not come back whole starts afresh, and says so.
  useEffect(() => {
    if (session.origin === 'resume-failed' || (session.origin === 'resumed' && votesRef.current.length !== session.path.length)) {
      votesRef.current = [];
      setVotes([]);
      writeStorage(key, null);
      setNotice('上次保存的全班演练无法恢复，已重新开始。');
    } else if (session.origin === 'resumed') {
      setNotice(`已恢复上次的全班演练：已做 ${session.path.length} 步。`);
    }
    // Only the state the game was loaded in matters here: run once.
  }, []);

  // The room's counts for the step on screen; a new step starts empty.
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [tieBreak, setTieBreak] = useState(false);
  const parsed = useMemo(() => Object.fromEntries(step.choices.map((c) => [c.id, parseCount(counts[c.id] ?? '')])), [step, counts]);
  const scene: SimScene = useMemo(
    () => sceneOf(title, step, votes, Object.fromEntries(step.choices.map((c) => [c.id, counts[c.id]?.trim() ? parsed[c.id] ?? null : null])), (k) => OUTCOME_LABEL[k as keyof typeof OUTCOME_LABEL] ?? k),
    [title, step, votes, counts, parsed],
  );
  const sceneRef = useRef(scene);
  sceneRef.current = scene;

  const [audience, setAudience] = useState<AudienceLink>('closed');
  const [state, presenter] = usePresenter<SimScene>({
    name: channelName('simulate', def.id),
    initial: initialPresentation(1, DISCUSSION_MINUTES),
    extra: () => sceneRef.current,
    onAudience: () => setAudience('live'),
  });
  const dispatch = useCallback((e: PresenterEvent) => presenter.dispatch(e), [presenter]);
  const now = useNow();

  useEffect(() => presenter.publish(), [scene, presenter]);
  const seenMoves = useRef(moves);
  useEffect(() => {
    if (seenMoves.current === moves) return;
    seenMoves.current = moves;
    setCounts({});
    setTieBreak(false);
    dispatch({ type: 'timer.reset' });
  }, [moves, dispatch]);

  useAudienceStatus(audience, presenter.link.available);
  useBarState(state, { start: '讨论计时 (T)', pause: '暂停计时 (T)', resume: '继续计时 (T)' });

  const run = (command: string) =>
    runSharedBarCommand(command, {
      state,
      dispatch,
      openAudience: () => {
        if (!openAudienceWindow(audienceHref, `kam-audience-sim-${def.id}`)) setAudience('blocked');
      },
    });
  usePresenterKeys(run);
  useBarActions(run);

  const play = (choiceId: string, method: VoteMethod) => {
    const numbers = Object.fromEntries(Object.entries(parsed).map(([id, n]) => [id, n ?? 0]));
    pending.current = voteRecord(step, path.length + 1, numbers, choiceId, method);
    if (!session.choose(choiceId)) pending.current = null;
  };

  return (
    <div className="sim-class">
      <div className="sim-class__main">
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <SimStage
          step={step}
          stepNumber={path.length + 1}
          moves={moves}
          counts={counts}
          parsed={parsed}
          tieBreak={tieBreak}
          onCount={(id, value) => {
            setTieBreak(false);
            setCounts((c) => ({ ...c, [id]: value }));
          }}
          onTieBreak={() => setTieBreak(true)}
          onPlay={play}
          votes={votes}
        />
      </div>
      <div className="sim-class__side">
        {step.outcome ? null : <TimerPanel timer={state.timer} shown={state.timerShown} now={now} dispatch={dispatch} />}
        <SimRecordPanel
          def={def}
          title={title}
          step={step}
          votes={votes}
          canGoBack={session.canGoBack}
          onBack={() => {
            if (window.confirm('撤销全班的上一步选择（票数一并删除）？')) session.back();
          }}
          onRestart={() => {
            if (window.confirm('重新开始全班演练？已记录的路径和票数会被清除（可先导出）。')) session.restart();
          }}
        />
      </div>
    </div>
  );
}
