interface Waiting<T> {
  key: string;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

/**
 * Runs one job per key, at most `concurrency` at once, in the order they were pushed. Pushing a key
 * that is already waiting or running returns that job's promise instead of queueing it twice.
 */
export class KeyedWorkQueue<T> {
  private readonly waiting: Array<Waiting<T>> = [];
  private readonly jobs = new Map<string, Promise<T>>();
  private running = 0;
  private readonly idle = new Set<() => void>();
  private closed = false;

  constructor(
    private readonly concurrency: number,
    private readonly work: (key: string) => Promise<T>,
  ) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a positive integer, not ${concurrency}`);
  }

  /** Jobs waiting or running. */
  get backlog(): number {
    return this.jobs.size;
  }

  pending(key: string): Promise<T> | undefined {
    return this.jobs.get(key);
  }

  push(key: string): Promise<T> {
    const known = this.jobs.get(key);
    if (known) return known;
    if (this.closed) return Promise.reject(new Error('the queue is closed'));
    const job = new Promise<T>((resolve, reject) => this.waiting.push({ key, resolve, reject }));
    this.jobs.set(key, job);
    this.next();
    return job;
  }

  /** Refuses new jobs, drops the waiting ones (their promises reject) and resolves once the running ones end. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) {
      this.jobs.delete(job.key);
      job.reject(new Error('the queue is closed'));
    }
    if (this.running > 0) await new Promise<void>((resolve) => this.idle.add(resolve));
  }

  private next(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      this.running += 1;
      this.work(job.key)
        .then(job.resolve, job.reject)
        .finally(() => {
          this.running -= 1;
          this.jobs.delete(job.key);
          if (this.running === 0 && this.waiting.length === 0) {
            for (const resolve of this.idle) resolve();
            this.idle.clear();
          }
          this.next();
        });
    }
  }
}
