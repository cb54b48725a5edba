/** The roster kept in this browser (localStorage 'kam-hr-roster'), shared by the two parts of /hr/. */
import type { Assignment } from '../../progress/types';
import type { RosterEntry } from '../roster';
import { readRoster, writeRoster, ROSTER_STORAGE_KEY, type StoredRoster } from '../rosterStorage';
import { pageModules } from './dom';

let state: StoredRoster | null = null;
/** Set when the browser refused to read or write storage (private mode, quota, policy). */
export let storageProblem = '';

export function loadRoster(): StoredRoster {
  if (state) return state;
  let text: string | null = null;
  try {
    text = localStorage.getItem(ROSTER_STORAGE_KEY);
  } catch {
    storageProblem = '浏览器不允许本页使用本地存储：名单只在本次打开期间有效，关闭前请导出 CSV。';
  }
  state = readRoster(text, pageModules());
  return state;
}

export const rosterState = (): StoredRoster => loadRoster();

export function saveRoster(entries: RosterEntry[], assignments: Assignment[]): void {
  const unique = assignments.filter((a, i) => assignments.findIndex((b) => b.id === a.id) === i);
  state = { ...loadRoster(), entries, assignments: unique };
  try {
    localStorage.setItem(ROSTER_STORAGE_KEY, writeRoster(entries, unique));
  } catch {
    storageProblem = '名单无法保存到本浏览器（存储空间不足或被禁止）：关闭页面前请导出 CSV。';
  }
}

/** Empties the roster; whatever was unreadable in storage is gone with it. */
export function clearRoster(): void {
  saveRoster([], loadRoster().assignments);
  state = { ...state!, dropped: 0 };
}
