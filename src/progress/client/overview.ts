import { progressStore } from '../index';
import { courseStatus, moduleStatus, type ModuleRef } from '../../course/completion';

const LABEL = { 'not-started': '未开始', 'in-progress': '学习中', complete: '已完成' } as const;

/**
 * On pages listing modules (home, 我的学习): fills each module's status badge, the course progress bar
 * and the "继续学习" link from stored progress. The build-time HTML shows the not-started state.
 */
export function wireOverview(): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-module-status]')];
  const progress = progressStore.getState();
  const refs: ModuleRef[] = items.map((el) => ({ slug: el.dataset.moduleStatus!, quiz: el.dataset.quiz || undefined }));
  items.forEach((el, i) => {
    const status = moduleStatus(progress, refs[i]!);
    el.textContent = LABEL[status];
    el.classList.toggle('badge--done', status === 'complete');
    el.classList.toggle('badge--progress', status === 'in-progress');
    const read = progress.modules[refs[i]!.slug]?.readAt;
    const quiz = refs[i]!.quiz ? progress.quizzes[refs[i]!.quiz!] : undefined;
    const detail = el.parentElement?.querySelector<HTMLElement>('[data-module-detail]');
    if (detail) detail.textContent = [read ? '已读完' : '', quiz ? `测验最好 ${Math.round(quiz.bestPercent)}%` : ''].filter(Boolean).join(' · ');
  });

  const summary = document.querySelector<HTMLElement>('[data-course-summary]');
  if (summary && refs.length) {
    const s = courseStatus(progress, refs);
    const bar = summary.querySelector<HTMLProgressElement>('progress');
    if (bar) bar.value = Math.round(s.ratio * 100);
    const text = summary.querySelector<HTMLElement>('[data-course-summary-text]');
    if (text) {
      text.textContent = s.complete
        ? '恭喜，全部课程要求已完成。'
        : `章节 ${s.modulesDone}/${s.modulesTotal} · 模拟演练 ${s.simulatorsDone}/${s.simulatorsTotal} · 结业考试${s.examPassed ? '已通过' : '未通过'}`;
    }
  }

  const resume = document.querySelector<HTMLAnchorElement>('[data-resume]');
  const loc = progress.lastLocation;
  if (resume && loc) {
    const base = document.documentElement.dataset.base ?? '/';
    // Stored paths are site-absolute; only follow them when they stay inside this course.
    if (loc.href.startsWith(base)) {
      resume.href = loc.href;
      const label = resume.querySelector('[data-resume-label]');
      if (label) label.textContent = `继续学习：${loc.title}`;
    }
  }
}
