import { EventEmitter } from 'node:events';

/** Where the API publishes what happens live, and where the socket server listens for it. */
export const LIVE_BUS = Symbol('LIVE_BUS');

/**
 * Topics are strings such as `sitting:<uuid>`; messages are JSON text, serialised once by the
 * publisher so every instance and every socket forwards the same bytes. Delivery is best effort:
 * a page that watches a topic reads the truth over HTTP and applies these messages on top.
 */
export interface LiveBus {
  publish(topic: string, json: string): void;
  /** Returns the function that stops listening. */
  subscribe(topic: string, listener: (json: string) => void): () => void;
  close(): Promise<void>;
}

/** One instance (the embedded default, or a server without REDIS_URL): an in-process emitter. */
export class InProcessLiveBus implements LiveBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(topic: string, json: string): void {
    this.emitter.emit(topic, json);
  }

  subscribe(topic: string, listener: (json: string) => void): () => void {
    this.emitter.on(topic, listener);
    return () => this.emitter.off(topic, listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
