/** Small DOM helpers for the HR and record pages. Strings always become text nodes, never HTML. */
import type { CourseModule } from '../items';

type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'number' ? String(c) : c);
  return node;
}

/** The modules the page embedded at build time (data-course-modules); [] if missing or unreadable. */
export function pageModules(): CourseModule[] {
  const host = document.querySelector<HTMLElement>('[data-course-modules]');
  try {
    const list = JSON.parse(host?.dataset.courseModules ?? '[]') as unknown;
    return Array.isArray(list) ? (list as CourseModule[]) : [];
  } catch {
    return [];
  }
}

/** Site-relative path with the configured base (the layout puts it on <html data-base>). */
export function sitePath(path: string): string {
  const base = (document.documentElement.dataset.base ?? '/').replace(/\/$/, '');
  return base + path;
}

/** Clipboard API where allowed (HTTPS, localhost); otherwise the old select-and-copy on a field. */
export async function copyText(text: string, field?: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export function download(fileName: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Safe to use in a file name on Windows, macOS and Linux. */
export const fileSafe = (text: string) => text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);
