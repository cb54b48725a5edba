/** The list of an assignment's items with the learner's status, shared by the home panel, /assignment/ and /me/. */
import { itemLabel, type CourseModule, type ItemStatus, type RequirementStatus } from '../items';
import { el, sitePath } from './dom';

const STATE_TEXT = { complete: '已完成', 'in-progress': '学习中', 'not-started': '未开始' } as const;

function itemHref(s: ItemStatus, modules: CourseModule[]): string | undefined {
  const item = s.item;
  if (item.kind === 'module') return sitePath(`/modules/${item.module.slug}/`);
  if (item.kind === 'exam') return sitePath('/exam/');
  const host = modules.find((m) => m.simulator === item.id);
  return host ? sitePath(`/modules/${host.slug}/`) : undefined;
}

export function requirementList(status: RequirementStatus, modules: CourseModule[]): HTMLUListElement {
  const list = el('ul', { class: 'requirement-list' });
  for (const s of status.items) {
    const href = itemHref(s, modules);
    const label = itemLabel(s.item);
    const badgeClass = s.state === 'complete' ? 'badge badge--done' : s.state === 'in-progress' ? 'badge badge--progress' : 'badge';
    const score = s.score !== undefined ? ` · ${Math.round(s.score)} 分` : '';
    list.append(
      el(
        'li',
        {},
        href ? el('a', { href }, label) : label,
        ' ',
        el('span', { class: badgeClass }, STATE_TEXT[s.state]),
        el('span', { class: 'muted' }, score + (s.note ? ` · ${s.note}` : '')),
      ),
    );
  }
  return list;
}
