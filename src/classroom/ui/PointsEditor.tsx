/** The groups' key points as the trainer types them: a name and free text (one point a line) per group. */
import { MAX_GROUP_NAME, MAX_GROUPS, MAX_POINTS_TEXT } from '../stored';
import type { GroupPoints } from '../summary';

export function PointsEditor({
  groups,
  saved,
  onChange,
  onAdd,
}: {
  groups: GroupPoints[];
  saved: boolean;
  onChange(next: GroupPoints[]): void;
  onAdd(): void;
}) {
  const update = (id: string, patch: Partial<GroupPoints>) => onChange(groups.map((g) => (g.id === id ? { ...g, ...patch } : g)));
  const remove = (id: string, name: string) => {
    if (window.confirm(`删除“${name || '这一组'}”的要点？`)) onChange(groups.filter((g) => g.id !== id));
  };
  return (
    <section className="panel panel--points" aria-labelledby="points-editor-title">
      <h2 id="points-editor-title" className="panel__title">
        各组要点
      </h2>
      <p className="panel__hint">每行一条要点。内容只保存在本浏览器，随时可导出。</p>
      <ol className="group-list">
        {groups.map((g, i) => (
          <li key={g.id} className="group" data-group>
            <label className="field">
              <span>组名</span>
              <input type="text" value={g.name} maxLength={MAX_GROUP_NAME} onChange={(e) => update(g.id, { name: e.target.value })} data-group-name />
            </label>
            <label className="field">
              <span>{g.name.trim() || `第 ${i + 1} 组`}的要点</span>
              <textarea rows={4} value={g.points} maxLength={MAX_POINTS_TEXT} onChange={(e) => update(g.id, { points: e.target.value })} data-group-points />
            </label>
            <button className="button button--ghost button--small" type="button" onClick={() => remove(g.id, g.name)}>
              删除<span className="visually-hidden">{g.name || `第 ${i + 1} 组`}</span>
            </button>
          </li>
        ))}
      </ol>
      <button className="button button--ghost" type="button" onClick={onAdd} disabled={groups.length >= MAX_GROUPS}>
        添加一组
      </button>
      <p className="panel__hint" role="status">
        {saved ? '已保存在本浏览器。' : '浏览器不允许保存：请及时导出总结，刷新页面会丢失。'}
      </p>
    </section>
  );
}
