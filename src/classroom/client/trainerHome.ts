/** 讲师模式 page: the agenda and day pickers (remembered per browser) and the trainer-notes switch. */
import { parseAgendaChoice, serializeAgendaChoice, STORAGE_KEYS, type AgendaChoice } from '../stored';
import { readStorage, writeStorage } from './dom';

// --- agenda ------------------------------------------------------------------------------------------
const box = document.querySelector<HTMLElement>('[data-trainer-agenda]')!;
const kindInputs = [...box.querySelectorAll<HTMLInputElement>('input[name="agenda-kind"]')];
const dayInputs = [...box.querySelectorAll<HTMLInputElement>('input[name="agenda-day"]')];
const saved = box.querySelector<HTMLElement>('[data-agenda-saved]')!;

function show(choice: AgendaChoice) {
  kindInputs.forEach((i) => (i.checked = i.value === choice.kind));
  dayInputs.forEach((i) => {
    i.checked = Number(i.value) === choice.day;
    // The two-day agenda has no third day.
    const option = i.closest<HTMLElement>('[data-day-option]')!;
    option.hidden = choice.kind === 'two-day' && i.value === '3';
  });
  box.querySelectorAll<HTMLElement>('[data-agenda-plan]').forEach((el) => (el.hidden = el.dataset.agendaPlan !== `${choice.kind}-${choice.day}`));
}

function current(): AgendaChoice {
  const kind = kindInputs.find((i) => i.checked)?.value;
  const day = Number(dayInputs.find((i) => i.checked)?.value ?? 1);
  // Parsing also clamps the day: switching from day 3 of three days to the two-day agenda lands on day 2.
  return parseAgendaChoice(JSON.stringify({ kind, day }));
}

box.addEventListener('change', () => {
  const choice = current();
  show(choice);
  const ok = writeStorage(STORAGE_KEYS.agenda, serializeAgendaChoice(choice));
  saved.textContent = ok ? '已记住你的选择（仅本浏览器）。' : '浏览器不允许保存，下次需要重新选择。';
});
show(parseAgendaChoice(readStorage(STORAGE_KEYS.agenda)));

// --- trainer notes on lesson pages (kept from the first 讲师资料 page) -------------------------------------
const button = document.getElementById('trainer-toggle') as HTMLButtonElement;
const status = document.getElementById('trainer-status')!;
const render = () => {
  const on = document.documentElement.dataset.trainer === 'on';
  button.setAttribute('aria-pressed', String(on));
  button.textContent = on ? '关闭讲师备注' : '在本浏览器显示讲师备注';
  status.textContent = on ? '讲师备注已开启：打开任意章节即可看到。' : '讲师备注未开启。';
};
button.addEventListener('click', () => {
  const on = document.documentElement.dataset.trainer !== 'on';
  writeStorage('kam-trainer', on ? 'on' : 'off');
  if (on) document.documentElement.dataset.trainer = 'on';
  else delete document.documentElement.dataset.trainer;
  render();
});
render();
