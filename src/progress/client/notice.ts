import { progressStore } from '../index';

/** Says which parts of stored progress were unreadable and reset; the valid rest was kept. */
export function showResetNotice(): void {
  const host = document.getElementById('progress-notice');
  const dropped = progressStore.getState().resetNotice;
  if (!host || dropped.length === 0) return;
  const text = document.createElement('p');
  text.textContent = `本机保存的学习记录有部分无法读取，已重置：${dropped.slice(0, 6).join('、')}${dropped.length > 6 ? ` 等 ${dropped.length} 项` : ''}。其余记录已保留。`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--ghost';
  button.textContent = '知道了';
  button.addEventListener('click', () => {
    progressStore.getState().dismissNotice();
    host.hidden = true;
  });
  host.replaceChildren(text, button);
  host.hidden = false;
}
