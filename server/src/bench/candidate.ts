import { httpJson } from './http-client';
import type { LatencyRecorder } from './latency-stats';

interface Question {
  slot: number;
  type: string;
  options?: Array<{ id: string }>;
  left?: Array<{ id: string }>;
  right?: Array<{ id: string }>;
  items?: Array<{ id: string }>;
  blanks?: number;
}

export interface Acknowledged {
  answer: unknown;
  seq: number;
}

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)];

function answerFor(q: Question): unknown {
  switch (q.type) {
    case 'single':
      return pick(q.options!).id;
    case 'multiple':
      return q
        .options!.filter(() => Math.random() < 0.5)
        .map((o) => o.id)
        .concat(q.options![0].id)
        .filter((v, i, all) => all.indexOf(v) === i);
    case 'true_false':
      return Math.random() < 0.5;
    case 'numeric':
      return Math.round(Math.random() * 1000) / 10;
    case 'fill_blank':
      return Array.from({ length: q.blanks ?? 1 }, () => pick(['县级', '零售许可证', '60%', '自主提报']));
    case 'ordering':
      return [...q.items!].sort(() => Math.random() - 0.5).map((i) => i.id);
    case 'matching':
      return Object.fromEntries(q.left!.map((l) => [l.id, pick(q.right!).id]));
    default:
      return '压测作答文本';
  }
}

/** The result page's schedule for a score still being worked out (client: use-attempt-result.ts). */
const SCORING_POLL_SECONDS = [2, 3, 5, 8, 13, 20];

/**
 * One customer manager on exam day: logs in, starts within the first seconds of the window,
 * changes an answer about every 30 s, autosaves what changed every 15 s, and submits near the
 * deadline. Keeps what the server acknowledged, to check for lost answers afterwards.
 */
export class Candidate {
  token = '';
  attemptId = '';
  deadline = 0;
  questions: Question[] = [];
  readonly acknowledged = new Map<number, Acknowledged>();
  private readonly dirty = new Map<number, unknown>();
  private seq = 0;
  submitted = false;
  lastSubmitBody: unknown = null;
  /** The `code` of every error body the server answered, by how often. */
  readonly errorCodes = new Map<string, number>();

  constructor(
    readonly username: string,
    private readonly password: string,
    private readonly baseUrl: string,
    private readonly stats: LatencyRecorder,
  ) {}

  private async call(action: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const started = performance.now();
    try {
      const res = await httpJson(`${this.baseUrl}${path}`, method, this.token ? { authorization: `Bearer ${this.token}` } : {}, body);
      this.stats.record(action, performance.now() - started, res.status >= 200 && res.status < 300, res.status);
      const code = res.status >= 400 ? (res.json as { code?: unknown } | null)?.code : undefined;
      if (typeof code === 'string') this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + 1);
      return res;
    } catch {
      this.stats.record(action, performance.now() - started, false);
      return { status: 0, json: null };
    }
  }

  async login(): Promise<boolean> {
    const res = await this.call('login', 'POST', '/api/auth/login', { username: this.username, password: this.password });
    this.token = (res.json as { accessToken?: string } | null)?.accessToken ?? '';
    return res.status === 200;
  }

  async start(sittingId: string): Promise<boolean> {
    const res = await this.call('start', 'POST', `/api/exams/${sittingId}/attempts`);
    const body = res.json as { id: string; deadline: string; serverNow: string; questions: Question[] } | null;
    if (!body || (res.status !== 200 && res.status !== 201)) return false;
    this.attemptId = body.id;
    // deadline on this machine's clock, from the server's own
    this.deadline = Date.now() + (new Date(body.deadline).getTime() - new Date(body.serverNow).getTime());
    this.questions = body.questions;
    return true;
  }

  changeAnswer(): void {
    const q = pick(this.questions);
    this.dirty.set(q.slot, answerFor(q));
  }

  async autosave(action = 'autosave'): Promise<void> {
    const batch = [...this.dirty.entries()];
    this.dirty.clear();
    for (const [slot, answer] of batch) {
      const seq = ++this.seq;
      const res = await this.call(action, 'PUT', `/api/attempts/${this.attemptId}/answers/${slot}`, { answer, seq });
      if (res.status === 200) {
        const ack = res.json as { seq: number };
        const prior = this.acknowledged.get(slot);
        if (!prior || ack.seq >= prior.seq) this.acknowledged.set(slot, { answer, seq: ack.seq });
      } else if (!this.dirty.has(slot)) {
        this.dirty.set(slot, answer); // retried with the next autosave, as the exam page's outbox does
      }
    }
  }

  hasUnsaved(): boolean {
    return this.dirty.size > 0;
  }

  /** Another device on the same attempt: shares the attempt, keeps its own sequence numbers. */
  secondTab(seqOffset: number): Candidate {
    const tab = new Candidate(this.username, '', this.baseUrl, this.stats);
    tab.token = this.token;
    tab.attemptId = this.attemptId;
    tab.deadline = this.deadline;
    tab.questions = this.questions;
    tab.seq = seqOffset;
    return tab;
  }

  /** Saves one answer with an explicit seq; returns the HTTP status. */
  async saveWithSeq(slot: number, answer: unknown, seq: number): Promise<number> {
    const res = await this.call('autosave', 'PUT', `/api/attempts/${this.attemptId}/answers/${slot}`, { answer, seq });
    if (res.status === 200) {
      const prior = this.acknowledged.get(slot);
      if (!prior || seq >= prior.seq) this.acknowledged.set(slot, { answer, seq });
    }
    return res.status;
  }

  async submit(): Promise<void> {
    await this.autosave();
    if (this.hasUnsaved()) return; // as the exam page does: never submit over unsaved answers
    const res = await this.call('submit', 'POST', `/api/attempts/${this.attemptId}/submit`);
    this.submitted = res.status === 200;
    this.lastSubmitBody = res.json;
    if (!this.submitted) return;
    // as the result page does: a submit acknowledged in a storm is looked at again, later each time
    let status = (res.json as { status?: string } | null)?.status;
    if (status !== 'scoring') {
      await this.call('result', 'GET', `/api/attempts/${this.attemptId}/result`);
      return;
    }
    for (let n = 0; status === 'scoring' && n < SCORING_POLL_SECONDS.length; n++) {
      await new Promise((resolve) => setTimeout(resolve, SCORING_POLL_SECONDS[n] * 1000 * (0.75 + Math.random() * 0.5)));
      status = ((await this.call('result', 'GET', `/api/attempts/${this.attemptId}/result`)).json as { status?: string } | null)?.status;
    }
  }
}
