/**
 * Finding the LMS's API object the way ADL's SCORM run-time documents describe it: look in this window,
 * then walk `parent` up a bounded number of levels; failing that, do the same from `opener` (a course
 * launched in a pop-up). A parent on another origin throws on access: that ends the walk, never the page.
 */

export type ApiName = 'API' | 'API_1484_11';

/** The little of a Window the walk needs, so tests can hand in fake chains. */
export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  [name: string]: unknown;
}

/** ADL's sample code allows 500 levels for 2004; a frame tree is never that deep, so a loop guard suffices. */
export const MAX_PARENT_HOPS = 500;

const REQUIRED: Record<ApiName, string> = { API: 'LMSInitialize', API_1484_11: 'Initialize' };

function apiIn(win: WindowLike, name: ApiName): object | null {
  try {
    const api = win[name] as Record<string, unknown> | undefined | null;
    return api && typeof api === 'object' && typeof api[REQUIRED[name]] === 'function' ? api : null;
  } catch {
    return null; // cross-origin frame
  }
}

function walk(start: WindowLike, name: ApiName, maxHops: number): object | null {
  let win: WindowLike | null | undefined = start;
  for (let hops = 0; win && hops <= maxHops; hops++) {
    const api = apiIn(win, name);
    if (api) return api;
    let parent: WindowLike | null | undefined;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The API object named `name` reachable from `win`, or null. */
export function findApi<T extends object = object>(win: WindowLike, name: ApiName, maxHops = MAX_PARENT_HOPS): T | null {
  const found = walk(win, name, maxHops);
  if (found) return found as T;
  let opener: WindowLike | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = null;
  }
  return opener ? (walk(opener, name, maxHops) as T | null) : null;
}
