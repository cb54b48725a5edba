/**
 * The package's launch page (lms.html) holds the LMS session for the whole visit while the course's own
 * pages come and go in its frame: a multi-page course inside one SCO/AU. This module controls that frame —
 * opening the bookmarked page, knowing which page is shown (the bookmark), mirroring its title.
 */

export interface CourseHost {
  /** Shows `page` (relative to the package root) in the frame, unless the learner already opened one. */
  open(page: string): void;
  /** The page shown now, relative to the package root ("modules/06-bidding/index.html#s-6-2"), or "". */
  currentPage(): string;
  /** Called after each page of the course has loaded in the frame. */
  onPage(listener: () => void): void;
}

/** A bookmark is only ever a path inside the package: no scheme, no host, no way up. */
export function safePage(page: string): string {
  if (!page || page.length > 1000 || /^[a-z][\w+.-]*:|^\/|^\\|(^|\/)\.\.(\/|$)/i.test(page)) return '';
  return page;
}

/** `pathname` + `hash` of a page, relative to the package root path, or "" when it lies outside. */
export function relativeToRoot(rootPath: string, pathname: string, hash = ''): string {
  if (!pathname.startsWith(rootPath)) return '';
  const rel = pathname.slice(rootPath.length) || 'index.html';
  return safePage((rel.endsWith('/') ? rel + 'index.html' : rel) + hash);
}

export function createHost(doc: Document, frameId = 'kam-course'): CourseHost | null {
  const frame = doc.getElementById(frameId) as HTMLIFrameElement | null;
  if (!frame) return null;
  const rootPath = new URL('./', doc.baseURI).pathname;
  const listeners: (() => void)[] = [];
  let loaded = false;

  const framePath = (): { pathname: string; hash: string } | null => {
    try {
      const loc = frame.contentWindow?.location;
      return loc && loc.href !== 'about:blank' ? { pathname: loc.pathname, hash: loc.hash } : null;
    } catch {
      return null; // a page from elsewhere: not ours to bookmark
    }
  };

  frame.addEventListener('load', () => {
    if (!framePath()) return;
    loaded = true;
    doc.documentElement.classList.add('kam-lms--ready');
    try {
      const title = frame.contentDocument?.title;
      if (title) doc.title = title;
    } catch {
      /* cross-origin */
    }
    for (const l of listeners) l();
  });

  return {
    open(page) {
      if (loaded || framePath()) return;
      frame.src = new URL(safePage(page) || 'index.html', doc.baseURI).href;
    },
    currentPage() {
      const p = framePath();
      return p ? relativeToRoot(rootPath, p.pathname, p.hash) : '';
    },
    onPage(listener) {
      listeners.push(listener);
    },
  };
}
