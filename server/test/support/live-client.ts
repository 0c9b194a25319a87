import { WebSocket } from 'ws';

/** A test's browser on the live socket: every frame it got, and its close code. */
export class LiveClient {
  readonly frames: Array<Record<string, unknown>> = [];
  closed: { code: number; reason: string } | null = null;
  private waiters: Array<() => void> = [];

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      this.frames.push(JSON.parse(data.toString('utf8')));
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  static async open(url: string): Promise<LiveClient> {
    const ws = new WebSocket(url);
    const client = new LiveClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return client;
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' || Buffer.isBuffer(frame) ? frame : JSON.stringify(frame));
  }

  /** The first frame (from `from` on) that matches, waiting up to 5 s for it. */
  async next(match: Record<string, unknown>, from = 0): Promise<Record<string, unknown>> {
    const found = () =>
      this.frames.slice(from).find((f) => Object.entries(match).every(([k, v]) => JSON.stringify(f[k]) === JSON.stringify(v)));
    const deadline = Date.now() + 5000;
    while (!found()) {
      if (this.closed || Date.now() > deadline)
        throw new Error(
          `no frame like ${JSON.stringify(match)}; got ${JSON.stringify(this.frames)}; closed ${JSON.stringify(this.closed)}`,
        );
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return found()!;
  }

  async closing(): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + 5000;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error(`socket still open; frames ${JSON.stringify(this.frames)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.closed;
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}
