import { describe, expect, it } from 'vitest';
import {
  channelName,
  closedMessage,
  helloMessage,
  initialAudience,
  initialPresentation,
  parseMessage,
  present,
  receive,
  stateMessage,
  type PresentationState,
  type PresenterEvent,
} from '../../../src/classroom/sync';
import { isRunning, MINUTE } from '../../../src/classroom/timer';

const T0 = 1_750_000_000_000;
const run = (s: PresentationState, ...events: PresenterEvent[]) => events.reduce(present, s);

describe('presentation reducer', () => {
  it('moves through the deck and stops at both ends', () => {
    const s = initialPresentation(3, 90);
    expect(run(s, { type: 'slide.next' }).slide).toBe(1);
    expect(run(s, { type: 'slide.next' }, { type: 'slide.next' }, { type: 'slide.next' }).slide).toBe(2);
    expect(run(s, { type: 'slide.prev' })).toBe(s);
    expect(run(s, { type: 'slide.last' }).slide).toBe(2);
    expect(run(s, { type: 'slide.last' }, { type: 'slide.first' }).slide).toBe(0);
    expect(run(s, { type: 'slide.goto', index: 99 }).slide).toBe(2);
    expect(run(s, { type: 'slide.goto', index: Number.NaN }).slide).toBe(0);
  });

  it('while blank, the first move only brings the picture back', () => {
    const blank = run(initialPresentation(5, 30), { type: 'blank.toggle' });
    expect(blank.blank).toBe(true);
    const back = present(blank, { type: 'slide.next' });
    expect(back).toMatchObject({ blank: false, slide: 0 });
    expect(present(back, { type: 'slide.next' }).slide).toBe(1);
    expect(run(blank, { type: 'blank.toggle' }).blank).toBe(false);
  });

  it('drives the timer with the time given in the event', () => {
    let s = initialPresentation(1, 15);
    s = present(s, { type: 'timer.toggle', now: T0 });
    expect(isRunning(s.timer)).toBe(true);
    s = present(s, { type: 'timer.toggle', now: T0 + MINUTE });
    expect(s.timer).toEqual({ durationMs: 15 * MINUTE, bankedMs: MINUTE, startedAt: null });
    s = run(s, { type: 'timer.adjust', minutes: 2 }, { type: 'timer.setMinutes', minutes: 20 });
    expect(s.timer.durationMs).toBe(20 * MINUTE);
    expect(run(s, { type: 'timer.reset' }).timer.bankedMs).toBe(0);
    expect(run(s, { type: 'timer.show', shown: true }).timerShown).toBe(true);
  });

  it('showing the points panel lifts a blank screen; a slide move returns to the slides', () => {
    const s = run(initialPresentation(4, 30), { type: 'blank.toggle' }, { type: 'panel.set', panel: 'points' });
    expect(s).toMatchObject({ panel: 'points', blank: false });
    expect(present(s, { type: 'slide.next' })).toMatchObject({ panel: 'slides', slide: 1 });
    expect(present(s, { type: 'slide.goto', index: 0 })).toMatchObject({ panel: 'slides', slide: 0 });
  });

  it('keeps the slide inside a deck that got shorter', () => {
    const s = run(initialPresentation(10, 30, 9), { type: 'deck.resize', slideCount: 4 });
    expect(s).toMatchObject({ slide: 3, slideCount: 4 });
    expect(initialPresentation(0, 30).slideCount).toBe(1);
  });
});

describe('messages', () => {
  it('round-trips through structured clone and rejects strangers', () => {
    const state = initialPresentation(12, 45, 3);
    const msg = stateMessage('abc', 7, state, { points: [] });
    expect(parseMessage(structuredClone(msg))).toEqual(msg);
    expect(parseMessage(helloMessage())).toEqual(helloMessage());
    expect(parseMessage(closedMessage('abc'))).toEqual(closedMessage('abc'));
    expect(parseMessage({ ...msg, v: 2 })).toBeNull();
    expect(parseMessage({ ...msg, tag: 'other' })).toBeNull();
    expect(parseMessage({ ...msg, state: { ...state, panel: 'secret' } })).toBeNull();
    expect(parseMessage({ ...msg, state: { ...state, timer: { durationMs: -1 } } })).toBeNull();
    expect(parseMessage('hello')).toBeNull();
    expect(parseMessage(null)).toBeNull();
  });

  it('a slide index out of range is pulled back into the deck', () => {
    const msg = stateMessage('s', 1, { ...initialPresentation(3, 10), slide: 40 });
    expect((parseMessage(msg) as ReturnType<typeof stateMessage>).state.slide).toBe(2);
  });

  it('names one channel per deck', () => {
    expect(channelName('module', '06-bidding')).not.toBe(channelName('case', '06-bidding'));
  });
});

describe('audience', () => {
  const base = initialPresentation(10, 30);
  const at = (slide: number) => ({ ...base, slide });

  it('follows newer snapshots of its presenter and ignores older ones', () => {
    let v = initialAudience(base);
    expect(v.connection).toBe('waiting');
    v = receive(v, stateMessage('p1', 2, at(2)));
    expect(v).toMatchObject({ session: 'p1', rev: 2, connection: 'live' });
    v = receive(v, stateMessage('p1', 1, at(1)));
    expect(v.state.slide).toBe(2);
    v = receive(v, stateMessage('p1', 3, at(5), { x: 1 }));
    expect(v.state.slide).toBe(5);
    expect(v.extra).toEqual({ x: 1 });
  });

  it('a reloaded presenter (new session, revisions from 1) takes over', () => {
    let v = receive(initialAudience(base), stateMessage('p1', 40, at(7)));
    v = receive(v, stateMessage('p2', 1, at(0)));
    expect(v).toMatchObject({ session: 'p2', rev: 1 });
    expect(v.state.slide).toBe(0);
  });

  it('notes when its presenter closes, but not when another one does', () => {
    const v = receive(initialAudience(base), stateMessage('p1', 1, at(1)));
    expect(receive(v, closedMessage('other')).connection).toBe('live');
    const closed = receive(v, closedMessage('p1'));
    expect(closed.connection).toBe('closed');
    expect(closed.state.slide).toBe(1);
    expect(receive(v, helloMessage())).toBe(v);
  });
});
