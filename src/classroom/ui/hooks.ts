/** React glue for classroom islands: the presenter store, the audience link, a ticking clock. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { PresenterCommand } from '../keys';
import type { AudienceView, PresentationState, PresenterEvent } from '../sync';
import { createPresenter, followPresenter, type Presenter, type PresenterOptions } from '../client/channel';
import {
  leaveFullscreen,
  onPresenterKeys,
  releaseFocusAfterPointerClick,
  showAudienceStatus,
  toggleFullscreen,
  type AudienceLink,
} from '../client/dom';
import { toggleCountdown } from './TimerPanel';

/** One presenter for the island's life (islands here are client:only: no server render to match). */
export function usePresenter<E>(options: PresenterOptions<E>): [PresentationState, Presenter<E>] {
  const [presenter] = useState(() => createPresenter(options));
  const state = useSyncExternalStore(
    (listener) => presenter.subscribe(listener),
    presenter.getState,
  );
  return [state, presenter];
}

export function useAudience<E>(name: string, initial: PresentationState): AudienceView<E> {
  const [view, setView] = useState<AudienceView<E> | null>(null);
  const [first] = useState(() => followPresenter<E>(name, initial, setView));
  return view ?? first;
}

/** Date.now(), refreshed every `ms` while mounted. */
export function useNow(ms = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), ms);
    return () => window.clearInterval(id);
  }, [ms]);
  return now;
}

/** Presenter keys for the life of the component; the handler may change between renders. */
export function usePresenterKeys(handler: (command: PresenterCommand) => void): void {
  const [ref] = useState(() => ({ current: handler }));
  ref.current = handler;
  useEffect(() => {
    const stopKeys = onPresenterKeys((c) => ref.current(c));
    const stopClicks = releaseFocusAfterPointerClick();
    return () => {
      stopKeys();
      stopClicks();
    };
  }, [ref]);
}

/** Clicks on the static presenter bar's buttons ([data-action]) outside the island. */
export function useBarActions(handler: (action: string) => void): void {
  const [ref] = useState(() => ({ current: handler }));
  ref.current = handler;
  useEffect(() => {
    const root = document.querySelector<HTMLElement>('[data-presenter]');
    if (!root) return;
    const onClick = (e: MouseEvent) => {
      const el = (e.target as HTMLElement).closest<HTMLElement>('.presenter__bar [data-action]');
      if (el?.dataset.action) ref.current(el.dataset.action);
    };
    root.addEventListener('click', onClick);
    // Like the module presenter: the static bar's buttons only work from here on.
    root.dataset.ready = 'true';
    return () => {
      root.removeEventListener('click', onClick);
      delete root.dataset.ready;
    };
  }, [ref]);
}

/** Keeps the static presenter bar (outside the island) in step: black-screen state, timer button label. */
export function useBarState(state: PresentationState, timerLabels: { start: string; pause: string; resume: string }): void {
  const running = state.timer.startedAt !== null;
  const pristine = !running && state.timer.bankedMs === 0;
  const label = running ? timerLabels.pause : pristine ? timerLabels.start : timerLabels.resume;
  useEffect(() => {
    const root = document.querySelector<HTMLElement>('[data-presenter]');
    if (root) root.dataset.blank = String(state.blank);
    document.querySelector('.presenter__bar [data-action="blank"]')?.setAttribute('aria-pressed', String(state.blank));
    const timer = document.querySelector('.presenter__bar [data-action="timer"]');
    if (timer) timer.textContent = label;
  }, [state.blank, label]);
}

/**
 * The bar commands every island presenter (case, simulator) handles the same way. Returns false for a
 * command that is the caller's own (slides, restart…).
 */
export function runSharedBarCommand(
  command: string,
  { state, dispatch, openAudience }: { state: PresentationState; dispatch: (e: PresenterEvent) => void; openAudience: () => void },
): boolean {
  switch (command) {
    case 'blank':
      dispatch({ type: 'blank.toggle' });
      return true;
    case 'timer':
      toggleCountdown(state.timer, state.timerShown, dispatch);
      return true;
    case 'fullscreen':
      void toggleFullscreen();
      return true;
    case 'escape':
      void leaveFullscreen();
      return true;
    case 'help': {
      const help = document.querySelector<HTMLDialogElement>('[data-help]');
      if (help?.open) help.close();
      else help?.showModal();
      return true;
    }
    case 'open-audience':
      openAudience();
      return true;
    default:
      return false;
  }
}

/** Keeps the static bar's audience line in step with the audience window. */
export function useAudienceStatus(link: AudienceLink, syncAvailable: boolean): void {
  useEffect(() => showAudienceStatus(link, syncAvailable), [link, syncAvailable]);
}
