/**
 * /me/ "完成记录" section: the learner exports a completion record for HR as a file and as a short code
 * to paste into a chat. The name typed in the form above counts even if 保存 was not pressed.
 */
import { hydrateProgress, progressStore } from '../../progress/index';
import { persistedPart } from '../../progress/store';
import { dueState, formatDay, localDate } from '../due';
import { requirementStatus } from '../items';
import { encodeRecord, recordFile } from '../record';
import { copyText, download, el, fileSafe, pageModules, sitePath } from './dom';
import { requirementList } from './requirementView';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

function say(text: string, bad = false) {
  const status = $('record-status');
  if (!status) return;
  status.textContent = text;
  status.className = bad ? 'notice' : 'muted';
}

/** Saves what is typed in the learner form; false (and a message) when there is no name. */
function learnerReady(): boolean {
  const name = $<HTMLInputElement>('learner-name')?.value.trim() ?? '';
  const employeeId = $<HTMLInputElement>('learner-id')?.value.trim() ?? '';
  const s = progressStore.getState();
  if (name !== s.learner.name || employeeId !== s.learner.employeeId) s.setLearner({ name, employeeId });
  if (name) return true;
  say('请先在上方「学员信息」填写姓名：记录和证书上要显示你的姓名。', true);
  $<HTMLInputElement>('learner-name')?.focus();
  return false;
}

function renderTask(): void {
  const host = $('record-task');
  if (!host) return;
  const progress = progressStore.getState();
  const a = progress.assignment;
  const modules = pageModules();
  const status = requirementStatus(progress, a?.required, modules);
  const lead = a
    ? el('p', {}, `学习任务「${a.cohort}」，截止 ${formatDay(a.due)}（${dueState(a.due, localDate()).label}）：已完成 ${status.done}/${status.total} 项。`)
    : el('p', {}, `没有收到学习任务，记录按全部课程要求统计：已完成 ${status.done}/${status.total} 项。`);
  const cert = status.complete && (!a || a.required.whole) ? el('p', {}, el('a', { href: sitePath('/certificate/') }, '查看并打印结业证书')) : '';
  host.replaceChildren(lead, el('details', {}, el('summary', {}, '查看各项完成情况'), requirementList(status, modules)), cert);
}

function currentCode(): string {
  return encodeRecord(persistedPart(progressStore.getState()), pageModules());
}

export function wireRecordExport(): void {
  if (!$('record')) return;
  void hydrateProgress().then(() => {
    renderTask();
    progressStore.subscribe(renderTask);
  });

  $('record-file')?.addEventListener('click', () => {
    if (!learnerReady()) return;
    const code = currentCode();
    const progress = persistedPart(progressStore.getState());
    download(`完成记录-${fileSafe(progress.learner.name)}-${localDate()}.json`, new Blob([recordFile(code, progress)], { type: 'application/json' }));
    say('已下载完成记录文件。把文件发给培训管理员即可。');
  });

  $('record-code-make')?.addEventListener('click', async () => {
    if (!learnerReady()) return;
    const field = $<HTMLTextAreaElement>('record-code')!;
    field.value = currentCode();
    field.closest('[hidden]')?.removeAttribute('hidden');
    const copied = await copyText(field.value, field);
    say(copied ? '记录代码已复制，可以直接粘贴到企业微信或钉钉发给培训管理员。' : '记录代码已生成：请全选下面的代码并复制（Ctrl+C）。');
  });
}

wireRecordExport();
