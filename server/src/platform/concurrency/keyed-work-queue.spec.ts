import { KeyedWorkQueue } from './keyed-work-queue';

/** A job per key that finishes when the test says so. */
function controlledWork() {
  const started: string[] = [];
  const finish = new Map<string, { resolve: (v: string) => void; reject: (e: Error) => void }>();
  const work = (key: string) =>
    new Promise<string>((resolve, reject) => {
      started.push(key);
      finish.set(key, { resolve, reject });
    });
  return { started, finish, work };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('KeyedWorkQueue', () => {
  it('runs at most `concurrency` jobs at once, the rest in the order pushed', async () => {
    const { started, finish, work } = controlledWork();
    const queue = new KeyedWorkQueue(2, work);
    const results = ['a', 'b', 'c', 'd'].map((k) => queue.push(k));
    expect(started).toEqual(['a', 'b']);
    expect(queue.backlog).toBe(4);

    finish.get('b')!.resolve('B');
    await expect(results[1]).resolves.toBe('B');
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    finish.get('a')!.resolve('A');
    await tick();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect(queue.backlog).toBe(2);
  });

  it('shares one job between pushes of the same key', async () => {
    const { started, finish, work } = controlledWork();
    const queue = new KeyedWorkQueue(1, work);
    const first = queue.push('x');
    const again = queue.push('x');
    expect(again).toBe(first);
    expect(queue.pending('x')).toBe(first);
    finish.get('x')!.resolve('X');
    await expect(again).resolves.toBe('X');
    expect(started).toEqual(['x']);
    expect(queue.pending('x')).toBeUndefined();
  });

  it('goes on after a job fails, and hands the failure to its caller', async () => {
    const { started, finish, work } = controlledWork();
    const queue = new KeyedWorkQueue(1, work);
    const failing = queue.push('bad');
    const next = queue.push('good');
    finish.get('bad')!.reject(new Error('database gone'));
    await expect(failing).rejects.toThrow('database gone');
    await tick();
    expect(started).toEqual(['bad', 'good']);
    finish.get('good')!.resolve('ok');
    await expect(next).resolves.toBe('ok');
  });

  it('on close drops the waiting jobs, waits for the running ones and refuses new ones', async () => {
    const { started, finish, work } = controlledWork();
    const queue = new KeyedWorkQueue(1, work);
    const running = queue.push('a');
    const waiting = queue.push('b');
    let closed = false;
    const closing = queue.close().then(() => (closed = true));
    await expect(waiting).rejects.toThrow('closed');
    await tick();
    expect(closed).toBe(false);
    finish.get('a')!.resolve('A');
    await closing;
    await expect(running).resolves.toBe('A');
    expect(started).toEqual(['a']);
    await expect(queue.push('c')).rejects.toThrow('closed');
  });

  it('refuses a concurrency that would run nothing', () => {
    expect(() => new KeyedWorkQueue(0, async () => 1)).toThrow('positive integer');
  });
});
