/**
 * The one small script every page loads (no React): reads stored progress, shows the reset notice,
 * and wires whatever progress hooks the page has (lesson reading, check lists, home overview).
 * Overviews re-render on every change, including changes made in another tab (storage event).
 */
import { hydrateProgress, progressStore } from '../index';
import { showResetNotice } from './notice';
import { wireLesson } from './lesson';
import { wireOverview } from './overview';

if (document.querySelector('meta[name="kam-lms"]')) void import('../lmsBridge').then((m) => m.startLmsBridge()).catch(() => undefined);

void hydrateProgress().then(() => {
  showResetNotice();
  wireLesson();
  wireOverview();
  let queued = false;
  progressStore.subscribe(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      wireOverview();
    });
  });
});
