import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { LIVE_BUS } from '../../platform/live/live-bus';
import type { LiveBus } from '../../platform/live/live-bus';
import { busTopic, CLOSE, LIMITS } from '../../platform/live/live-protocol';
import { LOGIN_REVOCATION_TOPIC, parseLoginRevocation } from '../../platform/live/login-revocation';
import { SessionCheck } from '../identity/application/session-check';
import { TokenService } from '../identity/application/token.service';
import { LiveConnection } from './live-connection';
import { LiveTopics } from './live-topics';
import { IdentityErrors } from '../identity/domain/identity-errors';
import { LiveErrors } from './live-errors';

export const LIVE_PATH = '/api/live';
const HEARTBEAT_MS = 30_000;

/**
 * The live socket at /api/live on the API's own HTTP server: a page authenticates with its access
 * token in the first frame (never in the URL, which logs keep), then watches topics it may read.
 */
@Injectable()
export class LiveSocketServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('live');
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxFrameBytes, perMessageDeflate: false });
  private readonly connections = new Set<LiveConnection>();
  private heartbeat: NodeJS.Timeout | undefined;
  private stopHearingRevocations: (() => void) | undefined;
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(request, socket, head);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly tokens: TokenService,
    private readonly sessions: SessionCheck,
    private readonly topics: LiveTopics,
    @Inject(LIVE_BUS) private readonly bus: LiveBus,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    server.on('upgrade', this.onUpgrade);
    this.heartbeat = setInterval(() => {
      for (const connection of this.connections) connection.heartbeat();
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
    // every instance hears every revocation: the user's sockets may be open on any of them
    this.stopHearingRevocations = this.bus.subscribe(LOGIN_REVOCATION_TOPIC, (json) => {
      const revocation = parseLoginRevocation(json);
      if (revocation) for (const connection of this.connections) connection.revoke(revocation);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.heartbeat);
    this.stopHearingRevocations?.();
    (this.adapterHost.httpAdapter.getHttpServer() as Server).off('upgrade', this.onUpgrade);
    for (const connection of this.connections) connection.close(CLOSE.goingAway, '服务器重启，请重新连接');
    // a phone that went away never answers the closing handshake: do not hold the shutdown for it
    await new Promise((resolve) => setTimeout(resolve, this.connections.size ? 1000 : 0).unref());
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (request.url ?? '').split('?')[0];
    if (path !== LIVE_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws));
  }

  private accept(ws: WebSocket): void {
    const connection = new LiveConnection(ws, {
      claims: (token) => {
        const { principal, sessionId } = this.tokens.verifyAccessToken(token);
        return { userId: principal.userId, sessionId };
      },
      authenticate: async (token) => {
        const access = await this.sessions.verify(token);
        if (access.mustChangePassword) throw IdentityErrors['auth.passwordChangeRequired']();
        return access;
      },
      authorize: async (principal, topic, id) => {
        const authorize = this.topics.authorizerOf(topic);
        if (!authorize) throw LiveErrors['live.topic.unknown']({ topic });
        return authorize(principal, id);
      },
      subscribe: (topic, id, listener) => this.bus.subscribe(busTopic(topic, id), listener),
      onError: (error) => this.logger.error({ msg: 'live socket failed', err: error instanceof Error ? error.message : String(error) }),
    });
    this.connections.add(connection);
    ws.on('close', () => this.connections.delete(connection));
  }
}
