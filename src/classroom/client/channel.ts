/**
 * The presenter ↔ audience link: a BroadcastChannel between two windows of the same site in the same
 * browser. Works offline and from a zip served locally; nothing leaves the laptop.
 */
import { closedMessage, helloMessage, initialAudience, parseMessage, present, receive, stateMessage } from '../sync';
import type { AudienceView, PresentationState, PresenterEvent, SyncMessage } from '../sync';

export interface Link {
  /** false where the browser has no BroadcastChannel: the presenter then says the audience window cannot follow. */
  available: boolean;
  post(message: SyncMessage): void;
  listen(handler: (message: SyncMessage) => void): void;
}

export function openLink(name: string): Link {
  if (typeof BroadcastChannel === 'undefined') return { available: false, post() {}, listen() {} };
  const channel = new BroadcastChannel(name);
  return {
    available: true,
    post(message) {
      try {
        channel.postMessage(message);
      } catch {
        /* a closed channel while the page unloads: nothing to tell */
      }
    },
    listen(handler) {
      channel.addEventListener('message', (e: MessageEvent) => {
        const message = parseMessage(e.data);
        if (message) handler(message);
      });
    },
  };
}

export interface Presenter<E> {
  readonly link: Link;
  getState(): PresentationState;
  dispatch(event: PresenterEvent): void;
  /** Sends the state again with new mode content (points typed, simulator step). */
  publish(): void;
  subscribe(listener: (state: PresentationState) => void): () => void;
  extra(): E | undefined;
}

export interface PresenterOptions<E> {
  name: string;
  initial: PresentationState;
  /** Mode content sent with every snapshot. */
  extra?: () => E;
  /** An audience window said hello (opened, or reloaded). */
  onAudience?: () => void;
}

/** The presenter side: owns the state, answers every audience window that says hello. */
export function createPresenter<E>({ name, initial, extra, onAudience }: PresenterOptions<E>): Presenter<E> {
  const link = openLink(name);
  const session = Math.random().toString(36).slice(2) + Date.now().toString(36);
  let rev = 1;
  let state = initial;
  const listeners = new Set<(s: PresentationState) => void>();
  const send = () => link.post(stateMessage(session, rev, state, extra?.()));
  link.listen((m) => {
    if (m.type !== 'audience.hello') return;
    send();
    onAudience?.();
  });
  window.addEventListener('pagehide', () => link.post(closedMessage(session)));
  send();
  return {
    link,
    getState: () => state,
    dispatch(event) {
      const next = present(state, event);
      if (next === state) return;
      state = next;
      rev++;
      send();
      listeners.forEach((l) => l(state));
    },
    publish() {
      rev++;
      send();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    extra: () => extra?.(),
  };
}

/** The audience side: asks for the state once, then follows every snapshot. */
export function followPresenter<E>(name: string, initial: PresentationState, onView: (view: AudienceView<E>) => void): AudienceView<E> {
  const link = openLink(name);
  let view = initialAudience<E>(initial);
  link.listen((m) => {
    const next = receive(view, m);
    if (next === view) return;
    // A presenter this window has not greeted yet (opened or reloaded after us): say hello, so it
    // knows an audience window is following.
    const greet = next.session !== view.session;
    view = next;
    onView(view);
    if (greet) link.post(helloMessage());
  });
  link.post(helloMessage());
  return view;
}
