/** /hr/ part 1: the assignment form → a link, a copy button and a QR code drawn locally (no network). */
import { toDataURL } from 'qrcode';
import type { Assignment, AssignmentRequirement } from '../../progress/types';
import { assignmentLink, createAssignment } from '../assignment';
import { addDays } from '../../course/calendar';
import { formatDay, localDate } from '../due';
import { itemLabel, requiredItems } from '../items';
import { copyText, el, fileSafe, pageModules } from './dom';
import { loadRoster, saveRoster, rosterState } from './hrStore';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('assignment-form');
const chosen = $<HTMLFieldSetElement>('assign-chosen');

function pageUrl(): string {
  const path = document.querySelector<HTMLElement>('[data-assignment-page]')?.dataset.assignmentPage ?? '/assignment/';
  return new URL(path, location.href).href;
}

function describe(a: Assignment): string {
  const items = requiredItems(a.required, pageModules());
  const what = a.required.whole ? '全部课程' : items.map((i) => itemLabel(i, true)).join('、');
  return `「${a.cohort}」：${what}，${formatDay(a.due)} 前完成。`;
}

function requirement(): AssignmentRequirement {
  const data = new FormData(form);
  if (data.get('scope') !== 'chosen') return { whole: true, modules: [], simulators: [], exam: false };
  return {
    whole: false,
    modules: data.getAll('modules').map(String),
    simulators: data.getAll('simulators').map(String) as AssignmentRequirement['simulators'],
    exam: data.get('exam') === '1',
  };
}

async function show(a: Assignment): Promise<void> {
  const link = assignmentLink(pageUrl(), a);
  $('assign-summary').textContent = describe(a);
  $<HTMLInputElement>('assign-link').value = link;
  $('assign-copy-status').textContent = '';
  $('assign-output').hidden = false;
  const img = $<HTMLImageElement>('assign-qr');
  try {
    // Drawn on a canvas in this page by the qrcode package: the link never goes to a QR web service.
    const png = await toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: 480 });
    img.src = png;
    const save = $<HTMLAnchorElement>('assign-qr-download');
    save.href = png;
    save.download = `学习任务二维码-${fileSafe(a.cohort)}.png`;
  } catch {
    img.alt = '二维码生成失败，请直接发送链接。';
  }
}

function renderRecent(): void {
  const list = $('assign-recent-list');
  const { assignments } = rosterState();
  $('assign-recent').hidden = assignments.length === 0;
  list.replaceChildren(
    ...assignments.map((a) => {
      const button = el('button', { type: 'button', class: 'button button--ghost' }, '显示链接和二维码');
      button.addEventListener('click', () => {
        void show(a);
        $('assign-output').scrollIntoView({ block: 'nearest' });
      });
      return el('li', {}, el('span', {}, describe(a)), button);
    }),
  );
}

const syncScope = () => {
  chosen.disabled = new FormData(form).get('scope') !== 'chosen';
};
form.addEventListener('change', syncScope);
syncScope();

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const error = $('assign-error');
  const result = createAssignment(
    { cohort: $<HTMLInputElement>('assign-cohort').value, due: $<HTMLInputElement>('assign-due').value, required: requirement() },
    localDate(),
  );
  if (!result.ok) {
    error.textContent = result.error;
    return;
  }
  error.textContent = '';
  const state = rosterState();
  saveRoster(state.entries, [result.assignment, ...state.assignments]);
  renderRecent();
  void show(result.assignment).then(() => $('assign-link').focus());
});

$('assign-copy').addEventListener('click', async () => {
  const field = $<HTMLInputElement>('assign-link');
  const ok = await copyText(field.value, field);
  $('assign-copy-status').textContent = ok ? '链接已复制。' : '请全选链接后按 Ctrl+C 复制。';
});

const today = localDate();
const due = $<HTMLInputElement>('assign-due');
due.min = today;
if (!due.value) due.value = addDays(today, 14);
loadRoster();
renderRecent();
