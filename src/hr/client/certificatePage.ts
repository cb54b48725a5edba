/** /certificate/: fills the certificate from stored progress, or lists what is still missing. Names go in as text. */
import { hydrateProgress, progressStore } from '../../progress/index';
import { certificateFor } from '../certificate';
import { formatDay } from '../due';
import { el, pageModules, sitePath } from './dom';

const q = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;

function render(): void {
  const progress = progressStore.getState();
  const cert = certificateFor(progress, pageModules());
  const sheet = q('[data-certificate]');
  const state = q('[data-certificate-state]');
  const actions = q('[data-certificate-actions]');

  if (!cert.complete) {
    sheet.hidden = true;
    actions.hidden = true;
    state.replaceChildren(
      el('p', {}, `完成全部课程要求后，这里会生成你的结业证书。目前已完成 ${cert.done}/${cert.total} 项，还差：`),
      el('ul', { class: 'certificate-missing' }, ...cert.missing.map((m) => el('li', {}, m))),
      el('p', {}, el('a', { href: sitePath('/me/') }, '在「我的学习」查看各章进度')),
    );
    return;
  }
  if (!cert.name) {
    sheet.hidden = true;
    actions.hidden = true;
    state.replaceChildren(
      el('p', { class: 'notice' }, '你已完成全部课程要求。证书上需要显示姓名：', el('a', { href: sitePath('/me/#learner-title') }, '请先在「我的学习」填写姓名'), '，再回到本页打印。'),
    );
    return;
  }
  q('[data-cert-name]').textContent = cert.name;
  q('[data-cert-employee]').textContent = cert.employeeId ? `（工号 ${cert.employeeId}）` : '';
  q('[data-cert-date]').textContent = formatDay(cert.date);
  q('[data-cert-score]').textContent = `${cert.examScore} 分`;
  q('[data-cert-id]').textContent = cert.recordId;
  state.replaceChildren(el('p', {}, '恭喜你完成了全部课程要求。下面是你的结业证书，可以打印或存为 PDF（横向 A4）。'));
  sheet.hidden = false;
  actions.hidden = false;
}

void hydrateProgress().then(() => {
  render();
  progressStore.subscribe(render);
});
q('[data-certificate-print]').addEventListener('click', () => window.print());
