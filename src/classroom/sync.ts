/**
 * The presentation state the presenter window owns and the audience window mirrors, the events that
 * change it, and the BroadcastChannel messages that carry it. The presenter always sends a whole
 * snapshot (never a delta), so an audience window opened late, or reloaded, catches up at once.
 */
import * as timer from './timer';
import type { TimerState } from './timer';

export type Panel = 'slides' | 'points';

export interface PresentationState {
  /** Index of the slide on screen, 0-based. */
  slide: number;
  slideCount: number;
  /** The projector shows black (B key). */
  blank: boolean;
  timer: TimerState;
  /** The audience sees the timer (a countdown shows itself while it runs or has ended). */
  timerShown: boolean;
  /** Case exercise: the projector shows the groups' key points instead of the slides. */
  panel: Panel;
}

export type PresenterEvent =
  | { type: 'slide.next' }
  | { type: 'slide.prev' }
  | { type: 'slide.first' }
  | { type: 'slide.last' }
  | { type: 'slide.goto'; index: number }
  | { type: 'blank.toggle' }
  | { type: 'timer.toggle'; now: number }
  | { type: 'timer.reset' }
  | { type: 'timer.setMinutes'; minutes: number }
  | { type: 'timer.adjust'; minutes: number }
  | { type: 'timer.show'; shown: boolean }
  | { type: 'panel.set'; panel: Panel }
  | { type: 'deck.resize'; slideCount: number };

export function initialPresentation(slideCount: number, minutes: number, slide = 0): PresentationState {
  const count = Math.max(1, Math.floor(slideCount));
  return {
    slide: clampSlide(slide, count),
    slideCount: count,
    blank: false,
    timer: timer.newTimer(minutes),
    timerShown: false,
    panel: 'slides',
  };
}

const clampSlide = (i: number, count: number) => (Number.isFinite(i) ? Math.min(count - 1, Math.max(0, Math.floor(i))) : 0);

/** Moves the deck; while the screen is blank, the first move only brings the picture back (as PowerPoint does). */
function move(state: PresentationState, to: number): PresentationState {
  if (state.blank) return { ...state, blank: false };
  const slide = clampSlide(to, state.slideCount);
  return slide === state.slide && state.panel === 'slides' ? state : { ...state, slide, panel: 'slides' };
}

export function present(state: PresentationState, event: PresenterEvent): PresentationState {
  switch (event.type) {
    case 'slide.next':
      return move(state, state.slide + 1);
    case 'slide.prev':
      return move(state, state.slide - 1);
    case 'slide.first':
      return move(state, 0);
    case 'slide.last':
      return move(state, state.slideCount - 1);
    case 'slide.goto':
      return move(state, event.index);
    case 'blank.toggle':
      return { ...state, blank: !state.blank };
    case 'timer.toggle':
      return { ...state, timer: timer.toggle(state.timer, event.now) };
    case 'timer.reset':
      return { ...state, timer: timer.reset(state.timer) };
    case 'timer.setMinutes':
      return { ...state, timer: timer.setMinutes(state.timer, event.minutes) };
    case 'timer.adjust':
      return { ...state, timer: timer.adjustMinutes(state.timer, event.minutes) };
    case 'timer.show':
      return state.timerShown === event.shown ? state : { ...state, timerShown: event.shown };
    case 'panel.set':
      return state.panel === event.panel ? state : { ...state, panel: event.panel, blank: false };
    case 'deck.resize': {
      const slideCount = Math.max(1, Math.floor(event.slideCount));
      return { ...state, slideCount, slide: clampSlide(state.slide, slideCount) };
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Messages on the channel

export const MESSAGE_TAG = 'kam-classroom';
export const PROTOCOL_VERSION = 1;

export type ChannelKind = 'module' | 'case' | 'simulate';

/** One channel per deck, so two presenter tabs (a module and a case) never steer each other's screens. */
export function channelName(kind: ChannelKind, id: string): string {
  return `${MESSAGE_TAG}:${kind}:${id}`;
}

export interface StateMessage<Extra = unknown> {
  tag: typeof MESSAGE_TAG;
  v: typeof PROTOCOL_VERSION;
  type: 'presenter.state';
  /** Random per presenter page load: a reloaded presenter starts its revisions again from 1. */
  session: string;
  rev: number;
  state: PresentationState;
  /** Mode-specific content: the groups' points of a case, the simulator's scene. */
  extra?: Extra;
}

export type SyncMessage =
  | { tag: typeof MESSAGE_TAG; v: typeof PROTOCOL_VERSION; type: 'audience.hello' }
  | { tag: typeof MESSAGE_TAG; v: typeof PROTOCOL_VERSION; type: 'presenter.closed'; session: string }
  | StateMessage;

export const helloMessage = (): SyncMessage => ({ tag: MESSAGE_TAG, v: PROTOCOL_VERSION, type: 'audience.hello' });
export const closedMessage = (session: string): SyncMessage => ({ tag: MESSAGE_TAG, v: PROTOCOL_VERSION, type: 'presenter.closed', session });
export function stateMessage<E>(session: string, rev: number, state: PresentationState, extra?: E): StateMessage<E> {
  return { tag: MESSAGE_TAG, v: PROTOCOL_VERSION, type: 'presenter.state', session, rev, state, ...(extra === undefined ? {} : { extra }) };
}

/** Checks a message from the channel; anything malformed or from another version is dropped. */
export function parseMessage(data: unknown): SyncMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.tag !== MESSAGE_TAG || m.v !== PROTOCOL_VERSION) return null;
  if (m.type === 'audience.hello') return { tag: MESSAGE_TAG, v: PROTOCOL_VERSION, type: 'audience.hello' };
  if (m.type === 'presenter.closed' && typeof m.session === 'string') return closedMessage(m.session);
  if (m.type !== 'presenter.state' || typeof m.session !== 'string' || typeof m.rev !== 'number') return null;
  const state = parseState(m.state);
  return state ? stateMessage(m.session, m.rev, state, m.extra) : null;
}

function parseState(value: unknown): PresentationState | null {
  if (!value || typeof value !== 'object') return null;
  const s = value as Record<string, unknown>;
  const t = timer.parseTimer(s.timer);
  if (!t || typeof s.slide !== 'number' || typeof s.slideCount !== 'number' || s.slideCount < 1) return null;
  if (typeof s.blank !== 'boolean' || typeof s.timerShown !== 'boolean') return null;
  if (s.panel !== 'slides' && s.panel !== 'points') return null;
  return {
    slide: clampSlide(s.slide, Math.floor(s.slideCount)),
    slideCount: Math.floor(s.slideCount),
    blank: s.blank,
    timer: t,
    timerShown: s.timerShown,
    panel: s.panel,
  };
}

// ---------------------------------------------------------------------------------------------------
// The audience side

export interface AudienceView<Extra = unknown> {
  /** Which presenter this window follows (null until one has spoken). */
  session: string | null;
  rev: number;
  state: PresentationState;
  extra?: Extra;
  connection: 'waiting' | 'live' | 'closed';
}

export function initialAudience<E>(state: PresentationState): AudienceView<E> {
  return { session: null, rev: 0, state, connection: 'waiting' };
}

/**
 * Applies a message to what the audience shows. A snapshot from the same presenter is taken only if it
 * is newer (messages can cross); a snapshot from a new presenter session always wins.
 */
export function receive<E>(view: AudienceView<E>, message: SyncMessage): AudienceView<E> {
  switch (message.type) {
    case 'audience.hello':
      return view;
    case 'presenter.closed':
      return message.session === view.session ? { ...view, connection: 'closed' } : view;
    case 'presenter.state':
      if (message.session === view.session && message.rev <= view.rev) return view;
      return {
        session: message.session,
        rev: message.rev,
        state: message.state,
        extra: message.extra as E | undefined,
        connection: 'live',
      };
  }
}
