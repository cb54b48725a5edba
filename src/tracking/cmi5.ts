/**
 * cmi5 adapter: the launch handshake done with fetch as the spec describes (launch URL parameters, one POST
 * to the fetch URL for the auth token, the LMS.LaunchData state document, the learner preferences), then
 * statements in order and the learner's progress in a state document of its own ("kam-progress").
 * A hand-rolled client rather than @xapi/cmi5, which pulls in axios and more for the same few requests.
 */
import { answeredStatement, dueStatements, terminatedStatement, statement, type Cmi5Session, type LaunchData, type SentFlags, type Statement } from './cmi5Statements';
import { NO_LAUNCH, type LmsAdapter, type LmsLaunch, type LmsReport } from './types';

export const PROGRESS_STATE_ID = 'kam-progress';
const XAPI_VERSION = '1.0.3';
const TIMEOUT_MS = 10_000;

export interface LaunchParams {
  endpoint: string;
  fetch: string;
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
}

/** The five launch parameters (cmi5 8.1), or null when the page was not launched by a cmi5 LMS. */
export function launchParams(search: string): LaunchParams | null {
  const q = new URLSearchParams(search);
  const endpoint = q.get('endpoint'), fetchUrl = q.get('fetch'), actor = q.get('actor'), registration = q.get('registration'), activityId = q.get('activityId');
  if (!endpoint || !fetchUrl || !actor || !registration || !activityId) return null;
  try {
    const a = JSON.parse(actor) as unknown;
    if (typeof a !== 'object' || a === null) return null;
    return { endpoint: endpoint.endsWith('/') ? endpoint : endpoint + '/', fetch: fetchUrl, actor: a as Record<string, unknown>, registration, activityId };
  } catch {
    return null;
  }
}

interface StoredState {
  suspend: string;
  location: string;
  sent: Omit<SentFlags, 'judgedThisSession'>;
}

type Fetch = typeof fetch;

export class Cmi5Adapter implements LmsAdapter {
  readonly kind = 'cmi5' as const;
  private session: Cmi5Session | null = null;
  private token = '';
  private sent: SentFlags = { completed: false, passed: false, failedAttempts: 0, progress: 0, judgedThisSession: false };
  /** Statements made but not yet accepted, in order. */
  private queue: Statement[] = [];
  private readonly answered = new Set<string>();
  private closed = false;
  private initialized = false;

  constructor(
    private readonly search: string,
    private readonly fetchImpl: Fetch = (...a) => globalThis.fetch(...a),
  ) {}

  private params: LaunchParams | null = null;

  private url(path: string, params: Record<string, string>): string {
    const u = new URL(path, this.params!.endpoint);
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    return u.toString();
  }

  private async request(method: string, url: string, body?: unknown, keepalive = false): Promise<Response> {
    const headers: Record<string, string> = { 'X-Experience-API-Version': XAPI_VERSION, Authorization: `Basic ${this.token}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const init: RequestInit = { method, headers, keepalive, body: body === undefined ? undefined : JSON.stringify(body) };
    if (!keepalive && typeof AbortSignal !== 'undefined' && 'timeout' in AbortSignal) init.signal = AbortSignal.timeout(TIMEOUT_MS);
    return this.fetchImpl(url, init);
  }

  private stateUrl(stateId: string): string {
    const p = this.params!;
    return this.url('activities/state', { activityId: p.activityId, agent: JSON.stringify(p.actor), registration: p.registration, stateId });
  }

  async start(): Promise<LmsLaunch> {
    const p = launchParams(this.search);
    if (!p) return NO_LAUNCH;
    this.params = p;
    try {
      // The fetch URL is single-use: a retried start keeps the token it already has.
      if (!this.token) {
        const res = await this.fetchImpl(p.fetch, { method: 'POST' });
        const body = (await res.json()) as Record<string, unknown>;
        if (typeof body['auth-token'] !== 'string') return NO_LAUNCH;
        this.token = body['auth-token'];
      }
      const ld = await this.request('GET', this.stateUrl('LMS.LaunchData'));
      if (!ld.ok) return NO_LAUNCH;
      const launch = (await ld.json()) as LaunchData;
      this.session ??= { actor: p.actor, activityId: p.activityId, registration: p.registration, launch, startedAt: Date.now() };
      // The spec asks the AU to read the learner preferences at start-up; the course has one language, so it only reads.
      await this.request('GET', this.url('agents/profile', { agent: JSON.stringify(p.actor), profileId: 'cmi5LearnerPreferences' })).catch(() => undefined);
      const stored = await this.readProgress();
      if (stored) this.sent = { ...this.sent, ...stored.sent, judgedThisSession: false };
      if (!this.initialized) this.queue.push(statement(this.session, 'initialized'));
      this.initialized = true;
      await this.flushStatements().catch(() => false);
      const mode = launch.launchMode === 'Browse' ? 'browse' : launch.launchMode === 'Review' ? 'review' : 'normal';
      const account = (p.actor.account ?? {}) as { name?: unknown };
      return {
        connected: true,
        suspendData: stored?.suspend ?? '',
        location: stored?.location ?? '',
        learnerId: typeof account.name === 'string' ? account.name : '',
        learnerName: typeof p.actor.name === 'string' ? p.actor.name : '',
        mode,
      };
    } catch {
      return NO_LAUNCH;
    }
  }

  private async readProgress(): Promise<StoredState | null> {
    try {
      const res = await this.request('GET', this.stateUrl(PROGRESS_STATE_ID));
      if (!res.ok) return null;
      const s = (await res.json()) as Partial<StoredState>;
      return typeof s.suspend === 'string' ? { suspend: s.suspend, location: typeof s.location === 'string' ? s.location : '', sent: { ...this.sent, ...s.sent } } : null;
    } catch {
      return null;
    }
  }

  private async flushStatements(keepalive = false): Promise<boolean> {
    if (!this.queue.length) return true;
    const batch = this.queue.slice();
    const res = await this.request('POST', this.url('statements', {}), batch, keepalive);
    if (!res.ok) return false;
    this.queue.splice(0, batch.length);
    return true;
  }

  /** New statements for this report go to the end of the queue; the flags move on once they are queued. */
  private enqueue(r: LmsReport): void {
    const s = this.session!;
    const { statements, next } = dueStatements(s, r, this.sent);
    this.sent = next;
    for (const i of r.interactions) {
      if (this.answered.has(i.id) || s.launch.launchMode !== 'Normal') continue;
      this.answered.add(i.id);
      this.queue.push(answeredStatement(s, i));
    }
    this.queue.push(...statements);
  }

  private stateBody(r: LmsReport): StoredState {
    const { judgedThisSession: _j, ...sent } = this.sent;
    return { suspend: r.suspendData, location: r.location, sent };
  }

  async write(r: LmsReport): Promise<boolean> {
    if (!this.session || this.closed) return false;
    try {
      this.enqueue(r);
      // Statements first: the state document's flags must never claim a statement the LRS has not got.
      if (!(await this.flushStatements())) return false;
      const put = await this.request('PUT', this.stateUrl(PROGRESS_STATE_ID), this.stateBody(r));
      return put.ok;
    } catch {
      return false;
    }
  }

  finish(r: LmsReport): void {
    if (!this.session || this.closed) return;
    try {
      this.enqueue(r);
      this.queue.push(terminatedStatement(this.session));
      // keepalive lets the requests outlive the page; the queue goes as one ordered batch.
      void this.flushStatements(true).catch(() => false);
      void this.request('PUT', this.stateUrl(PROGRESS_STATE_ID), this.stateBody(r), true).catch(() => undefined);
    } catch {
      /* nothing more can be done while the page goes away */
    }
    this.closed = true;
  }

  /** The LMS's return address, to leave the course to (cmi5 10.0 returnURL). */
  get returnURL(): string | undefined {
    return this.session?.launch.returnURL;
  }
}
