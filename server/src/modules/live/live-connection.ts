import type { RawData, WebSocket } from 'ws';
import { DomainError } from '../../platform/errors/domain-error';
import { CLOSE, ClientMessage, FrameBudget, LIMITS, parseClientMessage, ServerMessage } from '../../platform/live/live-protocol';
import { LoginRevocation, revokes } from '../../platform/live/login-revocation';
import type { Principal } from '../identity/domain/principal';
import type { LiveEventFilter } from './live-topics';

export interface LiveConnectionDeps {
  /** Whose login the token names, from its signature alone; throws when it is bad. */
  claims(token: string): { userId: string; sessionId: string };
  /** Throws when the token is bad or its login has ended (the same check as every HTTP request). */
  authenticate(token: string): Promise<{ principal: Principal; sessionId: string; expiresAt: Date }>;
  authorize(principal: Principal, topic: string, id: string): Promise<LiveEventFilter | undefined>;
  subscribe(topic: string, id: string, listener: (json: string) => void): () => void;
  onError(error: unknown): void;
}

/** One browser's socket: authentication, the topics it watches, and the limits on what it may send. */
export class LiveConnection {
  private principal: Principal | null = null;
  private sessionId: string | null = null;
  /** Logins whose auth check is running: a revocation heard meanwhile must still end them. */
  private readonly checking = new Set<{ userId: string; sessionId: string; revoked: boolean }>();
  private readonly watches = new Map<string, () => void>();
  /** Topics whose events were skipped while the socket was backed up: told to re-read once it drains. */
  private readonly lagging = new Set<string>();
  private badFrames = 0;
  private alive = true;
  private readonly budget = new FrameBudget(LIMITS.burstFrames, LIMITS.framesPerSecond, Date.now());
  private readonly authDeadline: NodeJS.Timeout;
  private expiry: NodeJS.Timeout | undefined;

  constructor(
    private readonly ws: WebSocket,
    private readonly deps: LiveConnectionDeps,
  ) {
    this.authDeadline = setTimeout(() => this.close(CLOSE.unauthenticated, '未在规定时间内登录'), LIMITS.authWithinMs);
    ws.on('message', (data: RawData, isBinary: boolean) => this.receive(data, isBinary));
    ws.on('pong', () => (this.alive = true));
    ws.on('close', () => this.dispose());
    ws.on('error', () => this.dispose());
  }

  /** Called every heartbeat: a socket that did not answer the last ping is gone (a phone out of coverage). */
  heartbeat(): void {
    if (!this.alive) return void this.ws.terminate();
    this.alive = false;
    this.ws.ping();
  }

  /** A login ended on some instance: close if this socket belongs to it. */
  revoke(revocation: LoginRevocation): void {
    for (const check of this.checking) if (revokes(revocation, check)) check.revoked = true;
    if (this.principal && this.sessionId && revokes(revocation, { userId: this.principal.userId, sessionId: this.sessionId })) {
      this.close(CLOSE.unauthenticated, '登录已失效，请重新登录');
    }
  }

  close(code: number, reason: string): void {
    this.dispose();
    if (this.ws.readyState === this.ws.OPEN) this.ws.close(code, reason);
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (!this.budget.take(Date.now())) return this.close(CLOSE.rateLimited, '消息过于频繁');
    if (isBinary) return this.refuse('malformed', '只接受文本消息');
    const parsed = parseClientMessage(textOf(data));
    if (!parsed.ok) return this.refuse('malformed', parsed.problem);
    this.handle(parsed.message).catch((error: unknown) => {
      if (error instanceof DomainError)
        return this.send({
          type: 'error',
          code: error.kind === 'forbidden' || error.kind === 'not_found' ? 'forbidden' : 'malformed',
          message: error.message,
        });
      this.deps.onError(error);
      this.send({ type: 'error', code: 'malformed', message: '处理消息时出错，请刷新页面' });
    });
  }

  private async handle(message: ClientMessage): Promise<void> {
    if (message.type === 'ping') return this.send({ type: 'pong' });
    if (message.type === 'auth') return this.authenticate(message.token);
    if (!this.principal) return this.refuse('unauthenticated', '请先发送 auth 消息登录');
    const key = `${message.topic}:${message.id}`;
    if (message.type === 'unwatch') {
      this.watches.get(key)?.();
      this.watches.delete(key);
      return this.send({ type: 'unwatched', topic: message.topic, id: message.id });
    }
    if (this.watches.has(key)) return this.send({ type: 'watching', topic: message.topic, id: message.id });
    if (this.watches.size >= LIMITS.maxTopicsPerSocket)
      return this.send({ type: 'error', code: 'too_many_topics', message: `一个连接最多同时关注 ${LIMITS.maxTopicsPerSocket} 项` });
    const principal = this.principal;
    const visible = await this.deps.authorize(principal, message.topic, message.id);
    // the socket may have closed, or watched the same topic, while the check ran
    if (this.ws.readyState !== this.ws.OPEN || this.watches.has(key) || this.principal !== principal) return;
    const prefix = `{"type":"event","topic":${JSON.stringify(message.topic)},"id":${JSON.stringify(message.id)},"data":`;
    const listener = (json: string): void => {
      if (!visible || visible(json)) this.forward(key, message.topic, message.id, `${prefix}${json}}`);
    };
    this.watches.set(key, this.deps.subscribe(message.topic, message.id, listener));
    this.send({ type: 'watching', topic: message.topic, id: message.id });
  }

  private async authenticate(token: string): Promise<void> {
    let verified: { principal: Principal; sessionId: string; expiresAt: Date };
    let check: { userId: string; sessionId: string; revoked: boolean } | undefined;
    try {
      check = { ...this.deps.claims(token), revoked: false };
      this.checking.add(check);
      verified = await this.deps.authenticate(token);
    } catch {
      return this.close(CLOSE.unauthenticated, '登录已过期或令牌无效');
    } finally {
      if (check) this.checking.delete(check);
    }
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (check.revoked) return this.close(CLOSE.unauthenticated, '登录已失效，请重新登录');
    // a new token (refreshed) may replace the old one, but only for the same person
    if (this.principal && this.principal.userId !== verified.principal.userId)
      return this.close(CLOSE.unauthenticated, '一个连接只能属于一个用户');
    this.principal = verified.principal;
    this.sessionId = verified.sessionId;
    clearTimeout(this.authDeadline);
    clearTimeout(this.expiry);
    this.expiry = setTimeout(
      () => this.close(CLOSE.unauthenticated, '登录已过期，请重新连接'),
      Math.max(0, verified.expiresAt.getTime() - Date.now()),
    );
    this.send({ type: 'ready', userId: verified.principal.userId, expiresAt: verified.expiresAt.toISOString() });
  }

  private forward(key: string, topic: string, id: string, frame: string): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > LIMITS.maxBufferedBytes) return void this.lagging.add(key);
    if (this.lagging.delete(key)) this.send({ type: 'resync', topic, id });
    this.ws.send(frame);
  }

  private refuse(code: 'malformed' | 'unauthenticated', message: string): void {
    this.badFrames += 1;
    if (this.badFrames > LIMITS.maxBadFrames) return this.close(CLOSE.tooManyBadFrames, '无效消息过多');
    this.send({ type: 'error', code, message });
  }

  private send(message: ServerMessage): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(message));
  }

  private dispose(): void {
    clearTimeout(this.authDeadline);
    clearTimeout(this.expiry);
    for (const stop of this.watches.values()) stop();
    this.watches.clear();
  }
}

function textOf(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  return (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)).toString('utf8');
}
