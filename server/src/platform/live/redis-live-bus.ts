import { Redis } from 'ioredis';
import { Logger } from '@nestjs/common';
import { InProcessLiveBus, LiveBus } from './live-bus';

const CHANNEL_PREFIX = 'kaoping:live:';

/**
 * Several API instances behind a load balancer: a message published on one reaches the sockets of
 * every instance through Redis pub/sub. Each instance subscribes to a channel only while one of its
 * sockets watches the topic, and fans the message out to its own sockets in process.
 */
export class RedisLiveBus implements LiveBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly local = new InProcessLiveBus();
  private readonly watchers = new Map<string, number>();
  private readonly logger = new Logger('live-bus');
  private lastErrorLoggedAt = 0;
  private closing = false;

  constructor(url: string) {
    // a publish that cannot reach Redis fails at once rather than queueing behind an exam's traffic
    this.publisher = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: false });
    this.subscriber = new Redis(url);
    for (const client of [this.publisher, this.subscriber]) client.on('error', (error: Error) => this.logError(error));
    this.subscriber.on('message', (channel: string, json: string) => {
      if (channel.startsWith(CHANNEL_PREFIX)) this.local.publish(channel.slice(CHANNEL_PREFIX.length), json);
    });
  }

  publish(topic: string, json: string): void {
    this.publisher.publish(CHANNEL_PREFIX + topic, json).catch((error: Error) => this.logError(error));
  }

  subscribe(topic: string, listener: (json: string) => void): () => void {
    const stop = this.local.subscribe(topic, listener);
    const count = (this.watchers.get(topic) ?? 0) + 1;
    this.watchers.set(topic, count);
    if (count === 1) this.subscriber.subscribe(CHANNEL_PREFIX + topic).catch((error: Error) => this.logError(error));
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      stop();
      const left = (this.watchers.get(topic) ?? 1) - 1;
      if (left > 0) return void this.watchers.set(topic, left);
      this.watchers.delete(topic);
      this.subscriber.unsubscribe(CHANNEL_PREFIX + topic).catch((error: Error) => this.logError(error));
    };
  }

  /** Resolves once both connections are ready: for tests and for a clear start-up error. */
  async ready(): Promise<void> {
    await Promise.all([this.publisher.ping(), this.subscriber.ping()]);
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.local.close();
    // disconnect, not quit: quit waits for a server that may be the very thing that is down
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  private logError(error: Error): void {
    // a Redis outage would otherwise log once per reconnect attempt and per publish
    if (this.closing || Date.now() - this.lastErrorLoggedAt < 10_000) return;
    this.lastErrorLoggedAt = Date.now();
    this.logger.warn({ msg: 'redis unavailable, live updates paused', err: error.message });
  }
}
