/**
 * Presenter keyboard map, as data: the keys a trainer's laptop or a presentation clicker sends, and the
 * command each one means. Clickers send PageDown/PageUp, and "b" or "." for a black screen.
 */

export type PresenterCommand = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'blank' | 'timer' | 'escape' | 'help';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** The event came from a text field (typing must never turn slides) … */
  inTextField?: boolean;
  /** … or from a button or link, where Space and Enter belong to that control. */
  onControl?: boolean;
}

export function commandFor(input: KeyInput): PresenterCommand | null {
  if (input.altKey || input.ctrlKey || input.metaKey) return null;
  if (input.inTextField) return input.key === 'Escape' ? 'escape' : null;
  switch (input.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      if (input.onControl) return null;
      return input.shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 't':
    case 'T':
      return 'timer';
    case 'Escape':
      return 'escape';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/** The shortcut list shown in the help overlay. */
export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: '→ / 空格 / PageDown', action: '下一张' },
  { keys: '← / Shift+空格 / PageUp', action: '上一张' },
  { keys: 'Home / End', action: '第一张 / 最后一张' },
  { keys: 'B（或 .）', action: '观众屏黑屏 / 恢复' },
  { keys: 'T', action: '开始 / 暂停计时' },
  { keys: 'F', action: '全屏 / 退出全屏' },
  { keys: 'Esc', action: '关闭提示，退出全屏' },
  { keys: '?', action: '显示本快捷键表' },
];
