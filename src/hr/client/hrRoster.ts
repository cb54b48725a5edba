/**
 * /hr/ part 2: import records (dropped files, chosen files, pasted codes), the roster table with filters,
 * CSV export and clearing. Every learner-supplied string is put in the page as text.
 */
import { findRecordCodes } from '../record';
import { countByState, filterRows, mergeRecords, rosterRows, type ImportInput, type ImportOutcome, type RosterFilter, type RosterRow } from '../roster';
import { itemCell, itemColumns, localDateTime, rosterCsv, stateLabel, FIXED_HEAD, TAIL_HEAD } from '../rosterTable';
import { itemLabel } from '../items';
import { localDate } from '../due';
import { download, el, fileSafe, pageModules } from './dom';
import { clearRoster, loadRoster, rosterState, saveRoster, storageProblem } from './hrStore';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const MAX_FILE_BYTES = 1_000_000;
let filter: RosterFilter = 'all';

const OUTCOME_TEXT: Record<Exclude<ImportOutcome['kind'], 'rejected'>, string> = {
  added: '已加入名单',
  replaced: '已更新为这份较新的记录',
  unchanged: '名单中已有同一份记录',
  older: '名单中已有此学员更新的记录，未替换',
};

function report(outcomes: ImportOutcome[]): void {
  const ok = outcomes.filter((o) => o.kind !== 'rejected').length;
  const bad = outcomes.length - ok;
  const items = outcomes.map((o) =>
    o.kind === 'rejected'
      ? el('li', { class: 'report__bad' }, `✗ ${o.source}：未导入。${o.error}`)
      : el('li', { class: 'report__ok' }, `✓ ${o.name}（${o.source}）：${OUTCOME_TEXT[o.kind]}`),
  );
  $('roster-report').replaceChildren(el('p', {}, `本次导入 ${outcomes.length} 份：成功 ${ok} 份${bad ? `，拒收 ${bad} 份（原因见下）` : ''}。`), el('ul', {}, ...items));
}

function importInputs(inputs: ImportInput[], extra: ImportOutcome[] = []): void {
  const state = rosterState();
  const { roster, outcomes } = mergeRecords(state.entries, inputs, pageModules());
  saveRoster(roster, state.assignments);
  report([...extra, ...outcomes]);
  render();
}

/** One input per code found; a text without any code becomes a rejection with the reason. */
function inputsFrom(source: string, text: string): { inputs: ImportInput[]; rejected: ImportOutcome[] } {
  const codes = findRecordCodes(text);
  if (codes.length === 0) return { inputs: [], rejected: [{ source, kind: 'rejected', error: '没有找到完成记录代码（代码以 KR1. 开头）。' }] };
  return { inputs: codes.map((code, i) => ({ source: codes.length > 1 ? `${source} 第 ${i + 1} 条` : source, code })), rejected: [] };
}

async function importFiles(files: FileList | File[]): Promise<void> {
  const inputs: ImportInput[] = [];
  const rejected: ImportOutcome[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      rejected.push({ source: file.name, kind: 'rejected', error: '文件太大，不像是完成记录。' });
      continue;
    }
    const found = inputsFrom(file.name, await file.text());
    inputs.push(...found.inputs);
    rejected.push(...found.rejected);
  }
  importInputs(inputs, rejected);
}

function tableFor(rows: RosterRow[]): HTMLTableElement {
  const modules = pageModules();
  const columns = itemColumns(rows, modules);
  const th = (text: string, cls?: string, title?: string) => el('th', { scope: 'col', class: cls, title }, text);
  const head = el(
    'tr',
    {},
    th(FIXED_HEAD[0], 'col-name'),
    ...FIXED_HEAD.slice(1).map((h) => th(h)),
    ...columns.map((c) => th(itemLabel(c, true), undefined, itemLabel(c))),
    ...TAIL_HEAD.map((h) => th(h)),
  );
  const body = rows.map((r) => {
    const badge = r.state === 'complete' ? (r.late ? 'badge badge--late' : 'badge badge--done') : r.state === 'overdue' ? 'badge badge--late' : 'badge badge--progress';
    return el(
      'tr',
      { 'data-learner': r.record.name, 'data-state': r.state },
      el('th', { scope: 'row', class: 'col-name' }, r.record.name),
      el('td', {}, r.record.employeeId),
      el('td', {}, r.record.assignment?.cohort ?? '（无学习任务）'),
      el('td', {}, r.record.assignment?.due ?? ''),
      el('td', {}, el('span', { class: badge }, stateLabel(r))),
      el('td', {}, `${r.status.done}/${r.status.total}`),
      ...columns.map((c) => {
        const cell = itemCell(r, c);
        return el('td', { class: `cell--${cell.tone}`, title: cell.long }, el('span', { 'aria-hidden': 'true' }, cell.text), el('span', { class: 'visually-hidden' }, cell.long));
      }),
      el('td', {}, localDateTime(r.completedAt)),
      el('td', {}, localDateTime(r.record.exportedAt)),
      el('td', {}, el('code', {}, r.record.id)),
    );
  });
  // tabindex: the table scrolls sideways, and keyboard users must be able to scroll it too.
  return el('table', { id: 'roster-table', tabindex: '0' }, el('caption', { class: 'visually-hidden' }, '学员完成情况'), el('thead', {}, head), el('tbody', {}, ...body));
}

function cohortOptions(rows: RosterRow[]): void {
  const select = $<HTMLSelectElement>('roster-cohort');
  const current = select.value;
  const seen = new Map<string, string>();
  for (const r of rows) {
    const a = r.record.assignment;
    seen.set(a?.id ?? '-', a ? `${a.cohort}（截止 ${a.due}）` : '（无学习任务）');
  }
  select.replaceChildren(el('option', { value: '' }, '全部任务'), ...[...seen].map(([id, label]) => el('option', { value: id }, label)));
  select.value = seen.has(current) ? current : '';
}

function visibleRows(): RosterRow[] {
  const all = rosterRows(rosterState().entries, pageModules(), localDate());
  return filterRows(all, filter, $<HTMLSelectElement>('roster-cohort').value);
}

function render(): void {
  const all = rosterRows(rosterState().entries, pageModules(), localDate());
  cohortOptions(all);
  const inCohort = filterRows(all, 'all', $<HTMLSelectElement>('roster-cohort').value);
  const counts = countByState(inCohort);
  for (const span of document.querySelectorAll<HTMLElement>('[data-count]')) span.textContent = String(counts[span.dataset.count as RosterFilter]);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-filter]')) b.setAttribute('aria-pressed', String(b.dataset.filter === filter));
  const rows = filterRows(inCohort, filter);
  const host = $('roster-table-host');
  if (all.length === 0) host.replaceChildren(el('p', { class: 'muted' }, '名单为空：导入学员的完成记录后，在这里查看每人每项的完成情况。'));
  else if (rows.length === 0) host.replaceChildren(el('p', { class: 'muted' }, '没有符合筛选条件的学员。'));
  else host.replaceChildren(tableFor(rows));
  $<HTMLButtonElement>('roster-csv').disabled = rows.length === 0;
  const note = $('roster-storage-note');
  const dropped = rosterState().dropped;
  const text = [storageProblem, dropped ? `本浏览器保存的名单中有 ${dropped} 项无法读取（数据已损坏），已略去，其余记录正常显示。` : ''].filter(Boolean).join(' ');
  note.textContent = text;
  note.hidden = !text;
}

// ---- wiring -------------------------------------------------------------------------------------

const drop = $('roster-drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('is-over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('is-over');
  if (e.dataTransfer?.files.length) void importFiles(e.dataTransfer.files);
});
$<HTMLInputElement>('roster-files').addEventListener('change', (e) => {
  const input = e.currentTarget as HTMLInputElement;
  const files = [...(input.files ?? [])];
  input.value = '';
  if (files.length) void importFiles(files);
});
$('roster-paste-import').addEventListener('click', () => {
  const area = $<HTMLTextAreaElement>('roster-paste');
  if (!area.value.trim()) return;
  const { inputs, rejected } = inputsFrom('粘贴的代码', area.value);
  importInputs(inputs, rejected);
  if (rejected.length === 0) area.value = '';
});
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-filter]')) {
  b.addEventListener('click', () => {
    filter = b.dataset.filter as RosterFilter;
    render();
  });
}
$('roster-cohort').addEventListener('change', render);
$('roster-csv').addEventListener('click', () => {
  const rows = visibleRows();
  const cohort = $<HTMLSelectElement>('roster-cohort').selectedOptions[0]?.textContent ?? '全部任务';
  download(`学员名单-${fileSafe(cohort)}-${localDate()}.csv`, new Blob([rosterCsv(rows, pageModules())], { type: 'text/csv;charset=utf-8' }));
});
$('roster-clear').addEventListener('click', () => {
  clearRoster();
  $('roster-report').replaceChildren(el('p', {}, '名单已清空。'));
  $('roster-clear').closest('details')?.removeAttribute('open');
  render();
});

loadRoster();
render();
