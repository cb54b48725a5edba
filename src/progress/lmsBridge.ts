/**
 * The only link between progress and an LMS. Runs on the package's launch page (lms.html, marked by
 * <meta name="kam-lms">), loaded on demand so the ordinary site ships none of it. It restores the learner's
 * progress from the LMS, opens the course in the launch page's frame, and from then on turns every change
 * of the store — the course pages write it, tab sync brings it here — into a debounced, retried commit.
 */
import { courseStatus, completionRules, type ModuleRef } from '../course/completion';
import { syllabus } from '../course/syllabus';
import { hydrateProgress, progressStore } from './index';
import { migrateProgress } from './migrate';
import { sanitizeProgress } from './sanitize';
import { persistedPart } from './store';
import { PROGRESS_VERSION, type ProgressData } from './types';
import {
  attemptInteractions, completionOf, createAdapter, createCommitter, decodeSuspend, encodeSuspend, isLmsKind, mergeProgress, progressOf, scoreOf,
  successOf, SCORM12_SUSPEND_LIMIT, type AnswerKey, type CourseFacts, type InteractionRecord, type LmsAdapter, type LmsKind, type LmsLaunch,
  type LmsReport, type SuspendState, backoffDelay, NO_LAUNCH,
} from '../tracking/index';
import { createHost, relativeToRoot, type CourseHost } from '../tracking/host';

/** Written by scripts/package-lms.mjs next to lms.html. */
interface LmsData {
  modules: ModuleRef[];
  questions: AnswerKey;
}

const OWNER_KEY = 'kam-lms-learner';
/** How long the course waits for the LMS before opening on local progress (the restore still lands later). */
const START_WAIT_MS = 8000;

async function loadLmsData(): Promise<LmsData> {
  const fallback: LmsData = { modules: syllabus.map((c) => ({ slug: c.slug, quiz: c.slug })), questions: {} };
  try {
    const res = await fetch(new URL('lms-data.json', document.baseURI));
    const data = (await res.json()) as Partial<LmsData>;
    return { modules: Array.isArray(data.modules) ? data.modules : fallback.modules, questions: data.questions ?? {} };
  } catch {
    return fallback;
  }
}

function readOwner(): string {
  try { return localStorage.getItem(OWNER_KEY) ?? ''; } catch { return ''; }
}
function writeOwner(id: string): void {
  try { localStorage.setItem(OWNER_KEY, id); } catch { /* private mode: merge again next time */ }
}

/** Local progress merged with the LMS's copy; another learner's leftovers on a shared computer are not mixed in. */
function restore(launch: LmsLaunch): void {
  const local = persistedPart(progressStore.getState()) as ProgressData & Record<string, unknown>;
  const foreign = Boolean(launch.learnerId && readOwner() && readOwner() !== launch.learnerId);
  const base: SuspendState & Record<string, unknown> = foreign ? { learner: { name: '', employeeId: '' }, modules: {}, quizzes: {}, simulators: {} } : local;
  const decoded = decodeSuspend(launch.suspendData);
  let merged = base;
  if (decoded.ok) {
    const remote = sanitizeProgress(migrateProgress(decoded.state, decoded.progressVersion)).data as ProgressData & Record<string, unknown>;
    merged = mergeProgress(base, { ...decoded.state, ...remote });
  } else if (launch.suspendData) {
    console.warn(`LMS suspend data ignored (${decoded.error}); local progress kept.`);
  }
  if (!merged.learner.name && launch.learnerName) merged = { ...merged, learner: { ...merged.learner, name: launch.learnerName.slice(0, 80) } };
  if (foreign || decoded.ok || merged !== base) progressStore.getState().replaceAll(merged as ProgressData);
  if (launch.learnerId) writeOwner(launch.learnerId);
}

function facts(data: ProgressData, modules: ModuleRef[]): CourseFacts {
  const cs = courseStatus(data, modules);
  const exam = data.quizzes[completionRules.course.finalExamId];
  return { complete: cs.complete, ratio: cs.ratio, hasExam: true, examAttempted: (exam?.attempts ?? 0) > 0, examBest: cs.examBest, examPassed: cs.examPassed };
}

/** The page shown in the frame, else the last lesson the store remembers. */
function bookmark(host: CourseHost | null, data: ProgressData): string {
  const shown = host?.currentPage();
  if (shown || !data.lastLocation) return shown ?? '';
  const u = new URL(data.lastLocation.href, location.href);
  return relativeToRoot(new URL('./', document.baseURI).pathname, u.pathname, u.hash);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function startLmsBridge(): Promise<void> {
  const kind = document.querySelector<HTMLMetaElement>('meta[name="kam-lms"]')?.content;
  if (!isLmsKind(kind) || kind === 'none') return;
  const host = createHost(document);
  await hydrateProgress();
  const adapter = createAdapter(kind, window);
  const dataPromise = loadLmsData();
  const startedAt = Date.now();
  const attempt = () => adapter.start().catch(() => NO_LAUNCH);

  // Restore before the course opens, so its pages start from the merged progress; a slow LMS does not
  // hold the learner up: after START_WAIT_MS the course opens on local progress and the restore follows.
  const firstTry = attempt();
  const first = await Promise.race([firstTry, sleep(START_WAIT_MS).then(() => null)]);
  if (first?.connected) restore(first);
  host?.open(first?.connected ? first.location : '');
  let launch = first ?? (await firstTry);
  if (!first && launch.connected) restore(launch);
  // An LMS that was not there yet (or refused to initialize) gets a few more chances, further apart.
  for (let i = 1; !launch.connected && i <= 6; i++) {
    await sleep(backoffDelay(i, 2000));
    launch = await attempt();
    if (launch.connected) restore(launch);
  }
  if (!launch.connected) return; // no LMS: the course runs on local progress, as on the website
  await run(kind, adapter, host, await dataPromise, startedAt);
}

async function run(kind: LmsKind, adapter: LmsAdapter, host: CourseHost | null, data: LmsData, startedAt: number): Promise<void> {
  // Only attempts made from now on are new interactions; earlier ones were reported when they happened.
  const baseline = new Map(Object.entries(progressStore.getState().quizzes).map(([id, q]) => [id, q.attempts]));
  const limit = kind === 'scorm12' ? SCORM12_SUSPEND_LIMIT : 64000;
  let warned = '';

  const report = (): LmsReport => {
    const state = persistedPart(progressStore.getState());
    const f = facts(state, data.modules);
    const suspend = encodeSuspend(state, PROGRESS_VERSION, limit);
    const note = suspend.dropped.join('、');
    if (note && note !== warned) console.warn(`LMS suspend data left out: ${(warned = note)}`);
    const interactions: InteractionRecord[] = [];
    for (const [id, q] of Object.entries(state.quizzes)) {
      if (q.attempts > (baseline.get(id) ?? 0)) interactions.push(...attemptInteractions(id, q, data.questions));
    }
    return {
      completion: completionOf(f), success: successOf(f), progress: progressOf(f), score: scoreOf(f),
      location: bookmark(host, state), suspendData: suspend.text, sessionSeconds: (Date.now() - startedAt) / 1000,
      interactions, judgedAttempts: state.quizzes[completionRules.course.finalExamId]?.attempts ?? 0,
    };
  };

  const committer = createCommitter({ send: () => adapter.write(report()) });
  progressStore.subscribe(() => committer.request());
  host?.onPage(() => committer.request());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void committer.flush();
  });
  window.addEventListener('pagehide', () => {
    committer.stop();
    // The course page may have written its last change a moment ago: read storage again (synchronous).
    void progressStore.persist.rehydrate();
    adapter.finish(report());
  });
  await committer.flush();
}
