/**
 * The presenter window of a module (/trainer/present/<slug>/): current slide, next slide, the trainer
 * notes of the current section, the session clock against the agenda, keyboard control, and the link
 * to the audience window. Vanilla: the slides are static HTML, this only shows and hides them.
 */
import type { PresenterCommand } from '../keys';
import { parseAgendaKind, parsePart, planned, type ModulePlans } from '../plan';
import { parseAgendaChoice, parseDeckRecord, serializeDeckRecord, STORAGE_KEYS } from '../stored';
import { channelName, initialPresentation, type PresentationState } from '../sync';
import { isRunning, newTimer, setMinutes } from '../timer';
import { createPresenter } from './channel';
import { clockText, tick } from './clock';
import { deckSlides, refitOnResize, renderPreview, showSlide, slideTitle } from './deck';
import {
  leaveFullscreen,
  onPresenterKeys,
  openAudienceWindow,
  readStorage,
  releaseFocusAfterPointerClick,
  showAudienceStatus,
  toggleFullscreen,
  writeStorage,
} from './dom';

/** A presentation left this recently comes back at its slide… */
const RESUME_SLIDE_MS = 10 * 3600_000;
/** …and with its clock only after a reload, not after lunch. */
const RESUME_CLOCK_MS = 30 * 60_000;

const root = document.querySelector<HTMLElement>('[data-presenter]')!;
const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel);
const slug = root.dataset.id!;
const slides = deckSlides(root);
const plans = JSON.parse(root.dataset.plan!) as ModulePlans;
const params = new URLSearchParams(location.search);
const kind = parseAgendaKind(params.get('agenda')) ?? parseAgendaChoice(readStorage(STORAGE_KEYS.agenda)).kind;
const plan = planned(plans, kind, parsePart(params.get('part')));

// --- initial state: a fresh start, or where this module stopped -----------------------------------
const now = Date.now();
const saved = parseDeckRecord(readStorage(STORAGE_KEYS.deck(slug)), now, RESUME_SLIDE_MS);
let initial: PresentationState = initialPresentation(slides.length, plan.minutes);
if (saved && saved.slide > 0 && saved.slide < slides.length) {
  initial = { ...initial, slide: saved.slide };
  if (now - saved.savedAt < RESUME_CLOCK_MS) initial = { ...initial, timer: setMinutes(saved.timer, plan.minutes) };
}

const status = $('[data-status]')!;
const presenter = createPresenter({
  name: channelName('module', slug),
  initial,
  onAudience: () => showAudienceStatus('live', true),
});
showAudienceStatus('closed', presenter.link.available);
if (initial.slide > 0) {
  status.hidden = false;
  status.querySelector('[data-status-text]')!.textContent = `已从上次停下的第 ${initial.slide + 1} 张继续。`;
}

// --- rendering --------------------------------------------------------------------------------------
const counter = $('[data-counter]')!;
const preview = $('[data-preview]')!;
const nextTitle = $('[data-next-title]')!;
const notesView = $('[data-notes-view]')!;
const notesStore = root.querySelector<HTMLElement>('[data-deck-notes]');
const blankButton = $<HTMLButtonElement>('[data-action="blank"]')!;
const timerButton = $<HTMLButtonElement>('[data-action="timer"]')!;
const showClock = $<HTMLInputElement>('[data-clock-show]')!;
$('[data-clock-plan]')!.textContent = `计划 ${plan.minutes} 分钟 · ${plan.label}`;

let shownSlide = -1;
let shownSection = '';
function render(state: PresentationState) {
  if (state.slide !== shownSlide) {
    shownSlide = state.slide;
    showSlide(slides, state.slide);
    counter.textContent = `第 ${state.slide + 1} / ${slides.length} 张`;
    const next = slides[state.slide + 1];
    renderPreview(preview, next);
    nextTitle.textContent = next ? slideTitle(next) : '这是最后一张。';
    const section = slides[state.slide]!.dataset.section ?? '';
    if (section !== shownSection) {
      shownSection = section;
      const notes = notesStore?.querySelector<HTMLElement>(`[data-notes-section="${section}"]`);
      notesView.replaceChildren(...(notes ? [...notes.childNodes].map((n) => n.cloneNode(true)) : []));
      if (!notes) notesView.innerHTML = '<p class="presenter__empty">本节没有讲师备注。</p>';
    }
  }
  root.dataset.blank = String(state.blank);
  blankButton.setAttribute('aria-pressed', String(state.blank));
  timerButton.textContent = isRunning(state.timer) ? '暂停计时 (T)' : state.timer.bankedMs > 0 ? '继续计时 (T)' : '开始计时 (T)';
  showClock.checked = state.timerShown;
}

const clock = $('[data-clock]')!;
const clockSpoken = $('[data-clock-spoken]')!;
let lastSpokenMinute = -1;
tick((t) => {
  const c = clockText(presenter.getState().timer, 'elapsed', t);
  clock.textContent = c.text;
  root.dataset.overrun = String(c.ended);
  // Screen readers hear the clock once a minute, not every tick.
  const minute = Math.floor(Number(c.text.split(':')[0]));
  if (minute !== lastSpokenMinute) {
    lastSpokenMinute = minute;
    clockSpoken.textContent = c.spoken;
  }
});

// --- persistence --------------------------------------------------------------------------------------
const save = () => {
  const s = presenter.getState();
  writeStorage(STORAGE_KEYS.deck(slug), serializeDeckRecord({ slide: s.slide, timer: s.timer, savedAt: Date.now() }));
};
presenter.subscribe((s) => {
  render(s);
  save();
});
// A running clock changes no state, so keep its record fresh for a reload.
window.setInterval(() => isRunning(presenter.getState().timer) && save(), 15_000);

// --- commands ----------------------------------------------------------------------------------------
const help = $<HTMLDialogElement>('[data-help]')!;
const audienceHref = root.dataset.audienceHref!;

function run(command: PresenterCommand | 'open-audience' | 'restart' | 'timer-reset') {
  switch (command) {
    case 'next':
      return presenter.dispatch({ type: 'slide.next' });
    case 'prev':
      return presenter.dispatch({ type: 'slide.prev' });
    case 'first':
      return presenter.dispatch({ type: 'slide.first' });
    case 'last':
      return presenter.dispatch({ type: 'slide.last' });
    case 'blank':
      return presenter.dispatch({ type: 'blank.toggle' });
    case 'timer':
      return presenter.dispatch({ type: 'timer.toggle', now: Date.now() });
    case 'timer-reset':
      return presenter.dispatch({ type: 'timer.reset' });
    case 'fullscreen':
      return void toggleFullscreen();
    case 'help':
      return help.open ? help.close() : help.showModal();
    case 'escape':
      return void leaveFullscreen();
    case 'open-audience': {
      if (!openAudienceWindow(audienceHref, `kam-audience-${slug}`)) showAudienceStatus('blocked', presenter.link.available);
      return;
    }
    case 'restart':
      presenter.dispatch({ type: 'slide.first' });
      presenter.dispatch({ type: 'timer.reset' });
      status.hidden = true;
      return;
  }
}

onPresenterKeys((command) => run(command));
releaseFocusAfterPointerClick();
root.addEventListener('click', (e) => {
  const button = (e.target as HTMLElement).closest<HTMLElement>('[data-action]');
  if (button) run(button.dataset.action as Parameters<typeof run>[0]);
});
showClock.addEventListener('change', () => presenter.dispatch({ type: 'timer.show', shown: showClock.checked }));
refitOnResize(() => [slides[presenter.getState().slide], preview.firstElementChild as HTMLElement | undefined]);

render(presenter.getState());
// Fresh timers start from the plan even when an old record kept another length.
if (initial.timer.durationMs !== newTimer(plan.minutes).durationMs) presenter.dispatch({ type: 'timer.setMinutes', minutes: plan.minutes });
root.dataset.ready = 'true';
