/**
 * What a browser may say on the live socket, and how the server answers. Every frame is a JSON
 * object with a `type`; anything else is answered with an `error` frame and counted against the
 * connection, never thrown.
 */
export type ClientMessage =
  | { type: 'auth'; token: string }
  | { type: 'watch'; topic: string; id: string }
  | { type: 'unwatch'; topic: string; id: string }
  | { type: 'ping' };

export type ServerMessage =
  | { type: 'ready'; userId: string; expiresAt: string }
  | { type: 'watching'; topic: string; id: string }
  | { type: 'unwatched'; topic: string; id: string }
  | { type: 'resync'; topic: string; id: string }
  | { type: 'pong' }
  | { type: 'error'; code: LiveErrorCode; message: string };

export type LiveErrorCode = 'malformed' | 'unauthenticated' | 'forbidden' | 'too_many_topics' | 'rate_limited';

/** Close codes in the application range (4000–4999), beside the standard ones `ws` uses itself. */
export const CLOSE = {
  unauthenticated: 4401,
  tooManyBadFrames: 4400,
  rateLimited: 4429,
  /** Standard: the server is shutting down; reconnect (to another instance). */
  goingAway: 1001,
} as const;

export const LIMITS = {
  /** Larger frames are refused by `ws` itself with close code 1009. */
  maxFrameBytes: 4 * 1024,
  authWithinMs: 10_000,
  maxTopicsPerSocket: 20,
  maxBadFrames: 10,
  /** A token bucket: this many frames at once, refilled at `framesPerSecond`. */
  burstFrames: 30,
  framesPerSecond: 5,
  /** Events are skipped (and a resync sent later) while a socket has this much unsent. */
  maxBufferedBytes: 512 * 1024,
} as const;

const TOPIC_KINDS = /^[a-z]{1,20}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[\w-]+\.[\w-]+\.[\w-]*$/;

export type Parsed = { ok: true; message: ClientMessage } | { ok: false; problem: string };

export function parseClientMessage(frame: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(frame);
  } catch {
    return { ok: false, problem: '消息不是有效的 JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: '消息须为 JSON 对象' };
  const m = value as Record<string, unknown>;
  const allowed = (...keys: string[]) => {
    const extra = Object.keys(m).find((k) => !keys.includes(k));
    return extra === undefined ? null : `不支持的字段：${extra.slice(0, 40)}`;
  };
  switch (m.type) {
    case 'auth': {
      const problem = allowed('type', 'token');
      if (problem) return { ok: false, problem };
      if (typeof m.token !== 'string' || m.token.length > 2048 || !TOKEN.test(m.token))
        return { ok: false, problem: 'token: 须为登录时取得的访问令牌' };
      return { ok: true, message: { type: 'auth', token: m.token } };
    }
    case 'watch':
    case 'unwatch': {
      const problem = allowed('type', 'topic', 'id');
      if (problem) return { ok: false, problem };
      if (typeof m.topic !== 'string' || !TOPIC_KINDS.test(m.topic)) return { ok: false, problem: 'topic: 须为主题类型，例如 sitting' };
      if (typeof m.id !== 'string' || !UUID.test(m.id)) return { ok: false, problem: 'id: 须为 UUID' };
      return { ok: true, message: { type: m.type, topic: m.topic, id: m.id.toLowerCase() } };
    }
    case 'ping': {
      const problem = allowed('type');
      return problem ? { ok: false, problem } : { ok: true, message: { type: 'ping' } };
    }
    default:
      return { ok: false, problem: 'type: 须为 auth、watch、unwatch 或 ping 之一' };
  }
}

/** The bus topic of a watchable thing. */
export function busTopic(topic: string, id: string): string {
  return `${topic}:${id}`;
}

/** Refills one token per 1/rate seconds up to the burst; false when the frame must be refused. */
export class FrameBudget {
  private tokens: number;
  private at: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = burst;
    this.at = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
