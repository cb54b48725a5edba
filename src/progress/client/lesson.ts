import { progressStore } from '../index';

/**
 * On a module page: reading progress bar, "read" once the end marker is reached, check-list ticks kept
 * in progress, and the page remembered as the place to resume.
 */
export function wireLesson(): void {
  const article = document.querySelector<HTMLElement>('[data-lesson]');
  if (!article) return;
  const slug = article.dataset.lesson!;
  const store = progressStore.getState;
  store().setLastLocation(location.pathname + location.hash, document.title.split(' · ')[0] ?? document.title);
  store().markVisited(slug, 0);

  const bar = document.querySelector<HTMLProgressElement>('[data-reading-progress]');
  const status = document.querySelector<HTMLElement>('[data-read-status]');
  const showRead = () => {
    if (status && store().modules[slug]?.readAt) status.textContent = '本章已读完 ✓';
  };
  showRead();

  let furthest = 0;
  let scheduled = false;
  const onScroll = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      const rect = article.getBoundingClientRect();
      const total = rect.height - window.innerHeight;
      const ratio = total <= 0 ? 1 : Math.min(1, Math.max(0, -rect.top / total));
      if (bar) bar.value = Math.round(ratio * 100);
      if (ratio > furthest + 0.05) {
        furthest = ratio;
        store().markVisited(slug, ratio);
      }
    });
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  onScroll();

  const end = document.querySelector('[data-lesson-end]');
  if (end && 'IntersectionObserver' in window) {
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        store().markRead(slug);
        showRead();
        io.disconnect();
      }
    });
    io.observe(end);
  }

  for (const box of document.querySelectorAll<HTMLInputElement>('[data-check-id]')) {
    const id = box.dataset.checkId!;
    box.checked = Boolean(store().modules[slug]?.checks?.[id]);
    box.addEventListener('change', () => {
      store().setCheck(slug, id, box.checked);
      countChecks(box.closest('[data-checklist]'));
    });
  }
  for (const list of document.querySelectorAll('[data-checklist]')) countChecks(list);
}

function countChecks(list: Element | null) {
  if (!list) return;
  const boxes = [...list.querySelectorAll<HTMLInputElement>('[data-check-id]')];
  const out = list.querySelector('[data-check-count]');
  const done = boxes.filter((b) => b.checked).length;
  if (out) out.textContent = done ? `已完成 ${done} / ${boxes.length} 项` : '';
}
