/** Small browser helpers shared by the presenter and audience pages. */
import { commandFor, type PresenterCommand } from '../keys';

/** Inputs that take no typing: keys still steer the deck there, except Space, which they use. */
const CLICK_INPUTS = /^(checkbox|radio|button|submit|reset|range|color|file)$/;

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !CLICK_INPUTS.test(target.type);
  return target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName);
}

const isControl = (target: EventTarget | null) =>
  target instanceof HTMLElement && (/^(BUTTON|A|SUMMARY)$/.test(target.tagName) || (target instanceof HTMLInputElement && CLICK_INPUTS.test(target.type)));

/** One keydown listener turning keys into presenter commands; returns its remover. */
export function onPresenterKeys(handler: (command: PresenterCommand, event: KeyboardEvent) => void): () => void {
  const listener = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const command = commandFor({
      key: e.key,
      shiftKey: e.shiftKey,
      altKey: e.altKey,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      inTextField: isTextField(e.target),
      onControl: isControl(e.target),
    });
    if (!command) return;
    // An open dialog handles its own Escape.
    if (command === 'escape' && document.querySelector('dialog[open]')) return;
    e.preventDefault();
    handler(command, e);
  };
  document.addEventListener('keydown', listener);
  return () => document.removeEventListener('keydown', listener);
}

/**
 * After a mouse click, a button lets go of the focus, so Space turns the page instead of pressing that
 * button again (think "打开观众窗口"). Keyboard users keep the usual focus: their clicks have detail 0.
 */
export function releaseFocusAfterPointerClick(): () => void {
  const listener = (e: MouseEvent) => {
    const button = (e.target as HTMLElement | null)?.closest?.('button');
    if (e.detail > 0 && button && document.activeElement === button) button.blur();
  };
  document.addEventListener('click', listener);
  return () => document.removeEventListener('click', listener);
}

export async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    /* refused (no user gesture, or an iframe without permission): the page works windowed */
  }
}

export async function leaveFullscreen(): Promise<void> {
  if (!document.fullscreenElement) return;
  try {
    await document.exitFullscreen();
  } catch {
    /* already left */
  }
}

export function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** false when the browser refuses (private mode, full): the caller says the data was not kept. */
export function writeStorage(key: string, value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Opens (or brings back) the audience window for the projector. */
export function openAudienceWindow(href: string, name: string): Window | null {
  const w = window.open(href, name, 'popup,width=1280,height=720');
  w?.focus();
  return w;
}

/** Local date and time as "2026-06-16 10:40", for summaries and file names. */
export function localStamp(date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

/** Saves text as a file: a Blob link, nothing sent anywhere. */
export function downloadText(fileName: string, text: string, type = 'text/markdown;charset=utf-8'): void {
  const blob = new Blob([text], { type });
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** The audience window as the presenter knows it. */
export type AudienceLink = 'closed' | 'live' | 'blocked';

const AUDIENCE_STATUS: Record<AudienceLink | 'unsupported', string> = {
  live: '观众窗口已连接',
  blocked: '浏览器拦截了弹出窗口：请允许本站弹出窗口，或按 ? 查看观众画面地址。',
  closed: '观众窗口未打开',
  unsupported: '此浏览器不能同步观众窗口，请改用新版 Chrome、Edge 或 Firefox',
};

/** Writes the presenter bar's line about the audience window (`[data-audience-state]`), and its style state. */
export function showAudienceStatus(link: AudienceLink, syncAvailable: boolean): void {
  const el = document.querySelector<HTMLElement>('[data-audience-state]');
  if (!el) return;
  const shown = link === 'closed' && !syncAvailable ? 'unsupported' : link;
  el.textContent = AUDIENCE_STATUS[shown];
  el.dataset.state = shown === 'live' ? 'live' : shown === 'closed' ? '' : 'error';
}
