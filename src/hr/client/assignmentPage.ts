/**
 * /assignment/#A1.… — reads the assignment from the URL fragment, keeps it in the learner's progress and
 * shows what it asks for. A damaged link stores nothing and says why.
 */
import { hydrateProgress, progressStore } from '../../progress/index';
import type { Assignment } from '../../progress/types';
import { decodeAssignment } from '../assignment';
import { dueState, formatDay, localDate } from '../due';
import { requirementStatus } from '../items';
import { el, pageModules, sitePath } from './dom';
import { requirementList } from './requirementView';

const same = (a: Assignment, b: Assignment | undefined) =>
  Boolean(b) && a.id === b!.id && a.cohort === b!.cohort && a.due === b!.due && JSON.stringify(a.required) === JSON.stringify(b!.required);

function details(a: Assignment): HTMLElement {
  const progress = progressStore.getState();
  const modules = pageModules();
  const status = requirementStatus(progress, a.required, modules);
  const due = dueState(a.due, localDate());
  return el(
    'div',
    { class: 'card assignment-card' },
    el('h2', {}, a.cohort),
    el('p', { class: due.overdue ? 'assignment-due assignment-due--late' : 'assignment-due' }, `截止日期：${formatDay(a.due)}（${due.label}）`),
    el('p', {}, a.required.whole ? '要求：完成全部课程（11 章学习与测验、5 个模拟演练、结业考试）。' : `要求：完成以下 ${status.total} 项。`, ` 目前已完成 ${status.done}/${status.total} 项。`),
    requirementList(status, modules),
  );
}

function show(host: HTMLElement, ...nodes: (Node | string)[]) {
  host.replaceChildren(...nodes);
}

void hydrateProgress().then(() => {
  const host = document.getElementById('assignment-result')!;
  const next = el(
    'p',
    { class: 'assignment-next' },
    el('a', { class: 'button', href: sitePath('/') }, '去课程首页开始学习'),
    el('a', { class: 'button button--ghost', href: sitePath('/me/#learner-title') }, '填写姓名'),
  );
  const hint = el('p', { class: 'muted' }, '任务已保存在本浏览器，课程首页会显示进度和剩余天数。完成后，在「我的学习」导出完成记录发给培训管理员。请在同一台电脑、同一个浏览器上学习。');
  const stored = progressStore.getState().assignment;

  if (!location.hash || location.hash === '#') {
    if (stored) return show(host, el('p', {}, '这是你当前的学习任务：'), details(stored), next);
    return show(host, el('p', { class: 'notice' }, '请通过培训管理员发来的链接或二维码打开本页，链接里带有学习任务。'));
  }

  const result = decodeAssignment(location.hash);
  if (!result.ok) {
    const nodes: (Node | string)[] = [el('p', { class: 'notice', role: 'alert' }, result.error)];
    if (stored) nodes.push(el('p', {}, '本机已保存的学习任务没有改动：'), details(stored));
    return show(host, ...nodes);
  }
  const a = result.assignment;
  let lead = '学习任务已保存。';
  if (same(a, stored)) lead = '这个学习任务之前已经保存过。';
  else {
    if (stored) lead = `学习任务已保存，替换了之前的任务「${stored.cohort}」。`;
    progressStore.getState().setAssignment(a);
  }
  show(host, el('p', { class: 'assignment-saved', role: 'status' }, lead), details(a), next, hint);
});

// Another link pasted into the address bar of this same page: read it like a fresh visit.
window.addEventListener('hashchange', () => location.reload());
