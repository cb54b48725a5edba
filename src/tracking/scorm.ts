/**
 * SCORM 1.2 and SCORM 2004 adapters: one session over the LMS's synchronous API, described per edition by
 * a dialect (element names, formats, error codes). Every call is guarded: an API that is missing, says
 * "false", throws or vanishes makes write() resolve false, so the committer tries again later.
 */
import { findApi, type ApiName, type WindowLike } from './findApi';
import { scorm12Response, scorm2004Response } from './interactions';
import { scorm12Status } from './status';
import { isoDuration, scorm12Duration, scorm12TimeOfDay, scorm2004Timestamp } from './time';
import { NO_LAUNCH, type InteractionRecord, type LmsAdapter, type LmsLaunch, type LmsReport } from './types';

type Api = Record<string, (...args: string[]) => unknown>;
type Pairs = [string, string][];

interface Dialect {
  kind: 'scorm12' | 'scorm2004';
  api: ApiName;
  fn: { init: string; get: string; set: string; commit: string; finish: string; error: string };
  /** Error codes meaning "already initialized": another page of this course opened the session. */
  alreadyOpen: string[];
  read: { suspend: string; location: string; learnerId: string; learnerName: string; mode: string; count: string };
  values(r: LmsReport, scoreSent: boolean): Pairs;
  interaction(n: number, i: InteractionRecord): Pairs;
}

const LIMIT_12_LOCATION = 255;

export const scorm12Dialect: Dialect = {
  kind: 'scorm12',
  api: 'API',
  fn: { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish', error: 'LMSGetLastError' },
  alreadyOpen: ['101'],
  read: { suspend: 'cmi.suspend_data', location: 'cmi.core.lesson_location', learnerId: 'cmi.core.student_id', learnerName: 'cmi.core.student_name', mode: 'cmi.core.lesson_mode', count: 'cmi.interactions._count' },
  values(r, scoreSent) {
    const status = scorm12Status(r.completion, r.success);
    const out: Pairs = [['cmi.core.lesson_status', status]];
    // One field for both verdicts: with a mastery score, an LMS may turn a raw score into "passed" on its own,
    // so the score is sent only once it cannot pass a learner who has not finished the course.
    if (r.score && (scoreSent || status === 'passed' || status === 'failed')) {
      out.push(['cmi.core.score.raw', String(r.score.raw)], ['cmi.core.score.min', String(r.score.min)], ['cmi.core.score.max', String(r.score.max)]);
    }
    if (r.location.length <= LIMIT_12_LOCATION) out.push(['cmi.core.lesson_location', r.location]);
    out.push(['cmi.suspend_data', r.suspendData], ['cmi.core.exit', 'suspend'], ['cmi.core.session_time', scorm12Duration(r.sessionSeconds)]);
    return out;
  },
  interaction(n, i) {
    const p = `cmi.interactions.${n}.`;
    const out: Pairs = [
      [p + 'id', i.id], [p + 'type', i.type], [p + 'time', scorm12TimeOfDay(i.at)], [p + 'weighting', String(i.weighting)],
      [p + 'student_response', scorm12Response(i.response)], [p + 'result', i.result === 'correct' ? 'correct' : 'wrong'],
    ];
    if (i.correct !== undefined) out.push([p + 'correct_responses.0.pattern', scorm12Response(i.correct)]);
    return out;
  },
};

export const scorm2004Dialect: Dialect = {
  kind: 'scorm2004',
  api: 'API_1484_11',
  fn: { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate', error: 'GetLastError' },
  alreadyOpen: ['103'],
  read: { suspend: 'cmi.suspend_data', location: 'cmi.location', learnerId: 'cmi.learner_id', learnerName: 'cmi.learner_name', mode: 'cmi.mode', count: 'cmi.interactions._count' },
  values(r) {
    const out: Pairs = [['cmi.completion_status', r.completion], ['cmi.success_status', r.success], ['cmi.progress_measure', String(r.progress)]];
    if (r.score) {
      out.push(['cmi.score.scaled', String(r.score.scaled)], ['cmi.score.raw', String(r.score.raw)], ['cmi.score.min', String(r.score.min)], ['cmi.score.max', String(r.score.max)]);
    }
    out.push(['cmi.location', r.location.slice(0, 1000)], ['cmi.suspend_data', r.suspendData], ['cmi.exit', 'suspend'], ['cmi.session_time', isoDuration(r.sessionSeconds)]);
    return out;
  },
  interaction(n, i) {
    const p = `cmi.interactions.${n}.`;
    const out: Pairs = [
      [p + 'id', i.id], [p + 'type', i.type], [p + 'timestamp', scorm2004Timestamp(i.at)], [p + 'weighting', String(i.weighting)],
      [p + 'learner_response', scorm2004Response(i.response)], [p + 'result', i.result], [p + 'description', i.description],
    ];
    if (i.correct !== undefined) out.push([p + 'correct_responses.0.pattern', scorm2004Response(i.correct)]);
    return out;
  },
};

const truthy = (v: unknown) => v === true || v === 'true';
const MODES: Record<string, LmsLaunch['mode']> = { browse: 'browse', review: 'review' };

export class ScormAdapter implements LmsAdapter {
  readonly kind: 'scorm12' | 'scorm2004';
  private api: Api | null = null;
  private open = false;
  private closed = false;
  private mode: LmsLaunch['mode'] = 'normal';
  private nextInteraction = 0;
  private readonly sentInteractions = new Set<string>();
  private readonly lastSent = new Map<string, string>();
  private scoreSent = false;

  constructor(
    private readonly d: Dialect,
    private readonly win: WindowLike,
  ) {
    this.kind = d.kind;
  }

  private call(name: string, ...args: string[]): unknown {
    const f = this.api?.[name];
    if (typeof f !== 'function') throw new Error(`no ${name}`);
    return f.apply(this.api, args);
  }

  /** Finds the API (again, if it vanished) and opens the session; false when there is no usable LMS. */
  private ensure(): boolean {
    if (this.closed) return false;
    if (this.api && this.open) return true;
    try {
      const api = findApi<Api>(this.win, this.d.api);
      if (!api) return false;
      if (api !== this.api) {
        this.api = api;
        this.lastSent.clear(); // a new API object knows nothing of what the old one was told
      }
      if (!truthy(this.call(this.d.fn.init, ''))) {
        const code = String(this.call(this.d.fn.error) ?? '');
        if (!this.d.alreadyOpen.includes(code)) return false;
      }
      this.open = true;
      const count = Number(this.get(this.d.read.count));
      this.nextInteraction = Math.max(this.nextInteraction, Number.isInteger(count) && count >= 0 ? count : 0);
      return true;
    } catch {
      this.api = null;
      this.open = false;
      return false;
    }
  }

  private get(element: string): string {
    const v = this.call(this.d.fn.get, element);
    return typeof v === 'string' ? v : v == null ? '' : String(v);
  }

  private set(element: string, value: string): boolean {
    return truthy(this.call(this.d.fn.set, element, value));
  }

  async start(): Promise<LmsLaunch> {
    if (!this.ensure()) return NO_LAUNCH;
    try {
      const read = (el: string) => { try { return this.get(el); } catch { return ''; } };
      this.mode = MODES[read(this.d.read.mode)] ?? 'normal';
      return {
        connected: true,
        suspendData: read(this.d.read.suspend),
        location: read(this.d.read.location),
        learnerId: read(this.d.read.learnerId),
        learnerName: read(this.d.read.learnerName),
        mode: this.mode,
      };
    } catch {
      return NO_LAUNCH;
    }
  }

  /** Sets what changed since the last accepted write, records new interactions, commits. */
  writeSync(r: LmsReport): boolean {
    if (!this.ensure()) return false;
    try {
      let ok = true;
      // Review and browse launches must not change the learner's record.
      const pairs = this.d.values(r, this.scoreSent).filter(([el]) => this.mode === 'normal' || /suspend_data|location|exit|session_time/.test(el));
      for (const [el, value] of pairs) {
        if (this.lastSent.get(el) === value) continue;
        if (this.set(el, value)) {
          this.lastSent.set(el, value);
          if (/score\.raw$/.test(el)) this.scoreSent = true;
        } else ok = false;
      }
      for (const i of r.interactions) {
        if (this.sentInteractions.has(i.id)) continue;
        const n = this.nextInteraction;
        if (this.d.interaction(n, i).every(([el, value]) => this.set(el, value))) {
          this.sentInteractions.add(i.id);
          this.nextInteraction = n + 1;
        } else ok = false;
      }
      return truthy(this.call(this.d.fn.commit, '')) && ok;
    } catch {
      this.api = null;
      this.open = false;
      return false;
    }
  }

  write(r: LmsReport): Promise<boolean> {
    return Promise.resolve(this.writeSync(r));
  }

  finish(r: LmsReport): void {
    if (this.closed) return;
    this.writeSync(r);
    try {
      if (this.open) this.call(this.d.fn.finish, '');
    } catch {
      /* the LMS is gone; what it had is what it keeps */
    }
    this.closed = true;
    this.open = false;
  }
}
