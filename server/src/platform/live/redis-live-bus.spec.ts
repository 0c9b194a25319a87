import { RedisLiveBus } from './redis-live-bus';

const url = process.env.TEST_REDIS_URL;

const until = async (check: () => boolean) => {
  const deadline = Date.now() + 3000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

// needs a Redis server: CI sets TEST_REDIS_URL to the machine's own
(url ? describe : describe.skip)('RedisLiveBus between two API instances', () => {
  const buses: RedisLiveBus[] = [];
  const bus = async () => {
    const b = new RedisLiveBus(url!);
    buses.push(b);
    await b.ready();
    return b;
  };
  afterEach(async () => {
    for (const b of buses.splice(0)) await b.close();
  });

  it("delivers one instance's message to every watcher on the other, and stops after the last unwatch", async () => {
    const [a, b] = [await bus(), await bus()];
    const topic = `sitting:${Date.now()}`;
    const got: string[] = [];
    const stop1 = b.subscribe(topic, (json) => got.push(`1 ${json}`));
    const stop2 = b.subscribe(topic, (json) => got.push(`2 ${json}`));
    b.subscribe(`${topic}-other`, (json) => got.push(`other ${json}`));
    await new Promise((resolve) => setTimeout(resolve, 100));
    a.publish(topic, '{"kind":"started"}');
    await until(() => got.length === 2);
    expect(got.sort()).toEqual(['1 {"kind":"started"}', '2 {"kind":"started"}']);
    stop1();
    stop1();
    a.publish(topic, '{"kind":"saved"}');
    await until(() => got.length === 3);
    expect(got[2]).toBe('2 {"kind":"saved"}');
    stop2();
    await new Promise((resolve) => setTimeout(resolve, 100));
    a.publish(topic, '{"kind":"submitted"}');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(got).toHaveLength(3);
  });
});

describe('RedisLiveBus without a reachable Redis', () => {
  it('lets a publish fail quietly: live updates are best effort, the exam goes on', async () => {
    const b = new RedisLiveBus('redis://127.0.0.1:1');
    expect(() => b.publish('sitting:x', '{}')).not.toThrow();
    const stop = b.subscribe('sitting:x', () => undefined);
    stop();
    await b.close();
  });
});
