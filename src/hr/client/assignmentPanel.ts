/**
 * Home page: the learner's assignment — cohort, due date (days left or 已逾期 N 天), each required item
 * with its status and what is left. Vanilla and small: the home page carries no React.
 */
import { hydrateProgress, progressStore } from '../../progress/index';
import { dueState, formatDay, localDate } from '../due';
import { requirementStatus } from '../items';
import { pageModules, sitePath } from './dom';
import { requirementList } from './requirementView';

function render(panel: HTMLElement): void {
  const progress = progressStore.getState();
  const a = progress.assignment;
  panel.hidden = !a;
  if (!a) return;
  const modules = pageModules();
  const status = requirementStatus(progress, a.required, modules);
  const due = dueState(a.due, localDate());
  const left = status.total - status.done;

  const cohort = panel.querySelector<HTMLElement>('[data-assignment-cohort]')!;
  cohort.textContent = a.cohort;
  const dueText = panel.querySelector<HTMLElement>('[data-assignment-due]')!;
  dueText.textContent = `截止 ${formatDay(a.due)}（${due.label}）`;
  dueText.classList.toggle('assignment-panel__due--late', due.overdue && !status.complete);

  const summary = panel.querySelector<HTMLElement>('[data-assignment-summary]')!;
  summary.textContent = status.complete
    ? '任务要求已全部完成。请到「我的学习」导出完成记录，发给培训管理员。'
    : `已完成 ${status.done}/${status.total} 项，还差 ${left} 项。`;
  panel.querySelector('[data-assignment-items]')!.replaceChildren(requirementList(status, modules));
  const record = panel.querySelector<HTMLAnchorElement>('[data-assignment-record]');
  if (record) record.href = sitePath('/me/#record');
}

export function wireAssignmentPanel(): void {
  const panel = document.getElementById('assignment-panel');
  if (!panel) return;
  void hydrateProgress().then(() => {
    render(panel);
    progressStore.subscribe(() => render(panel));
  });
}

wireAssignmentPanel();
