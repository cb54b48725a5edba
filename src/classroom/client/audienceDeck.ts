/**
 * The audience (projector) window of a module or a case: follows the presenter's slide, black screen
 * and timer; for a case, also shows the groups' key points when the trainer projects them. It holds no
 * trainer material at all — the page is built without it — and only ever renders typed text as text.
 */
import type { GroupPoints } from '../summary';
import { pointLines } from '../summary';
import { channelName, initialPresentation, type AudienceView, type ChannelKind } from '../sync';
import { followPresenter } from './channel';
import { clockText, tick, type ClockMode } from './clock';
import { deckSlides, fitSlide, refitOnResize, showSlide } from './deck';
import { leaveFullscreen, toggleFullscreen } from './dom';

export interface CaseExtra {
  groups: GroupPoints[];
}

const root = document.querySelector<HTMLElement>('[data-audience]')!;
const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel);
const kind = root.dataset.kind as ChannelKind;
const mode = (root.dataset.timerMode ?? 'elapsed') as ClockMode;
const slides = deckSlides(root);
const blank = $('[data-blank]')!;
const timerBox = $('[data-timer]')!;
const timerText = $('[data-timer-text]')!;
const timeUp = $('[data-timeup]');
const pointsPanel = $('[data-points]');
const hint = $('[data-hint]')!;
const deckBox = $('[data-deck-box]')!;

let view: AudienceView<CaseExtra> | null = null;
let shown = -1;

function renderPoints(groups: GroupPoints[]) {
  const list = pointsPanel?.querySelector('[data-points-list]');
  if (!list) return;
  const items = groups.map((g, i) => {
    const li = document.createElement('li');
    li.className = 'points__group';
    const name = document.createElement('h3');
    name.textContent = g.name.trim() || `第 ${i + 1} 组`;
    const ul = document.createElement('ul');
    const lines = pointLines(g.points);
    for (const line of lines.length ? lines : ['（尚未记录）']) {
      const item = document.createElement('li');
      item.textContent = line;
      ul.append(item);
    }
    li.append(name, ul);
    return li;
  });
  list.replaceChildren(...items);
  pointsPanel!.querySelector<HTMLElement>('[data-points-empty]')!.hidden = groups.length > 0;
}

function render(v: AudienceView<CaseExtra>) {
  view = v;
  const s = v.state;
  const onPoints = s.panel === 'points' && pointsPanel !== null;
  if (s.slide !== shown || onPoints !== deckBox.hidden) {
    deckBox.hidden = onPoints;
    shown = s.slide;
    showSlide(slides, Math.min(s.slide, slides.length - 1));
  }
  if (pointsPanel) {
    pointsPanel.hidden = !onPoints;
    if (onPoints) renderPoints(v.extra?.groups ?? []);
  }
  blank.hidden = !s.blank;
  if (root.dataset.connection !== v.connection) {
    root.dataset.connection = v.connection;
    if (v.connection === 'closed') showHint('讲师窗口已关闭。重新打开讲师视图后，这里会自动跟上。');
    if (v.connection === 'live') {
      showHint('已与讲师窗口连接。按 F 全屏，翻页请在讲师窗口操作。');
      hideHintSoon();
    }
  }
}

tick((now) => {
  const s = view?.state;
  if (!s) return;
  // The trainer decides (a countdown puts itself on screen when first started).
  const visible = s.timerShown;
  timerBox.hidden = !visible || s.blank;
  // The timer sits in the slide's bottom corner: while it shows, the slide leaves room for it.
  if (root.dataset.timerOn !== String(visible)) {
    root.dataset.timerOn = String(visible);
    fitSlide(slides[Math.min(s.slide, slides.length - 1)]);
  }
  if (!visible) {
    if (timeUp) timeUp.hidden = true;
    return;
  }
  const c = clockText(s.timer, mode, now);
  timerText.textContent = c.text;
  timerBox.dataset.ended = String(c.ended);
  timerBox.dataset.running = String(c.running);
  if (timeUp) timeUp.hidden = !(mode === 'countdown' && c.ended) || s.blank;
});

// --- the hint line: how to go full screen, and whether the presenter is there ----------------------------
let hintTimer = 0;
function showHint(text: string) {
  hint.querySelector('[data-hint-text]')!.textContent = text;
  hint.hidden = false;
  window.clearTimeout(hintTimer);
}
function hideHintSoon() {
  window.clearTimeout(hintTimer);
  hintTimer = window.setTimeout(() => (hint.hidden = true), 6000);
}

showHint('等待讲师窗口……按 F 全屏。');
render(followPresenter<CaseExtra>(channelName(kind, root.dataset.id!), initialPresentation(slides.length, 1), render));

document.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key === 'f' || e.key === 'F') void toggleFullscreen();
  else if (e.key === 'Escape') void leaveFullscreen();
});
root.addEventListener('dblclick', () => void toggleFullscreen());
refitOnResize(() => [slides[view?.state.slide ?? 0]]);
root.dataset.ready = 'true';
