import type { AddressInfo } from 'node:net';
import { WebSocket } from 'ws';
import { LiveClient } from './support/live-client';
import { CLOSE, LIMITS } from '../src/platform/live/live-protocol';
import { createTestApp, TestApp } from './support/test-app';

describe(`the live socket (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let url: string;
  let monthly: string;
  const clients: LiveClient[] = [];
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const connect = async (username?: string) => {
    const client = await LiveClient.open(url);
    clients.push(client);
    if (username) {
      client.send({ type: 'auth', token: await t.tokenFor(username) });
      await client.next({ type: 'ready' });
    }
    return client;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/api/live`;
    monthly = (await t.http.get('/api/me/exams').set(await as('staff01')).expect(200)).body[0].sittingId;
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.ws.terminate();
  });
  afterAll(() => t.close());

  it('shows a trainer watching a sitting each start, save, page switch and submit as it happens', async () => {
    const trainer = await connect('trainer');
    trainer.send({ type: 'watch', topic: 'sitting', id: monthly });
    await trainer.next({ type: 'watching', topic: 'sitting', id: monthly });

    const attempt = (await t.http.post(`/api/exams/${monthly}/attempts`).set(await as('staff05')).expect(201)).body;
    const started = await trainer.next({ type: 'event' });
    expect(started).toMatchObject({ topic: 'sitting', id: monthly, data: { attemptId: attempt.id, kind: 'started', status: 'in_progress', userId: expect.any(String) } });

    const q = attempt.questions.find((x: { type: string }) => x.type === 'true_false') ?? attempt.questions[0];
    const answer = q.type === 'true_false' ? true : q.type === 'single' ? q.options[0].id : q.type === 'multiple' ? [q.options[0].id] : 'text';
    let seen = trainer.frames.length;
    await t.http.put(`/api/attempts/${attempt.id}/answers/${q.slot}`).set(await as('staff05')).send({ answer, seq: 1 }).expect(200);
    expect(await trainer.next({ type: 'event' }, seen)).toMatchObject({ data: { attemptId: attempt.id, kind: 'saved', status: 'in_progress', slot: q.slot } });

    seen = trainer.frames.length;
    const hidden = { kind: 'hidden', eventId: '7d1c9a52-8f0e-4b8a-9d3e-2a6b4c5d6e7f' };
    await t.http.post(`/api/attempts/${attempt.id}/events`).set(await as('staff05')).send(hidden).expect(200);
    expect(await trainer.next({ type: 'event' }, seen)).toMatchObject({ data: { attemptId: attempt.id, kind: 'switched', switchCount: 1 } });
    // the same event re-sent (its reply was lost) is neither counted nor announced again
    await t.http.post(`/api/attempts/${attempt.id}/events`).set(await as('staff05')).send(hidden).expect(200);

    seen = trainer.frames.length;
    const result = (await t.http.post(`/api/attempts/${attempt.id}/submit`).set(await as('staff05')).expect(200)).body;
    const submitted = (await trainer.next({ type: 'event' }, seen)) as { data: Record<string, unknown> };
    expect(submitted.data).toMatchObject({ attemptId: attempt.id, kind: 'submitted', status: 'graded', switchCount: 1 });
    expect(submitted.data.score).toBe(result.score);
    expect(trainer.frames.filter((f) => (f.data as { kind?: string })?.kind === 'switched')).toHaveLength(1);
  });

  it('lets only those who may read the results watch: not a candidate, not a manager of another unit', async () => {
    for (const username of ['staff06', 'manager-cz']) {
      const client = await connect(username);
      client.send({ type: 'watch', topic: 'sitting', id: monthly });
      expect(await client.next({ type: 'error' })).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/权限|培训员/) });
      expect(client.frames.some((f) => f.type === 'watching')).toBe(false);
    }
    const manager = await connect('manager');
    manager.send({ type: 'watch', topic: 'sitting', id: monthly });
    await manager.next({ type: 'watching' });
  });

  it('refuses a watch before auth, and an unknown topic kind or sitting', async () => {
    const client = await connect();
    client.send({ type: 'watch', topic: 'sitting', id: monthly });
    expect(await client.next({ type: 'error' })).toMatchObject({ code: 'unauthenticated' });
    client.send({ type: 'auth', token: await t.tokenFor('trainer') });
    await client.next({ type: 'ready' });
    client.send({ type: 'watch', topic: 'payroll', id: monthly });
    expect(await client.next({ type: 'error', code: 'forbidden' })).toMatchObject({ message: expect.stringContaining('payroll') });
    client.send({ type: 'watch', topic: 'sitting', id: '00000000-0000-4000-8000-000000000000' });
    await client.next({ type: 'error', message: '考试安排不存在或不在您的权限范围内' });
    expect(client.closed).toBeNull();
  });

  it('answers malformed frames with a reason and keeps the socket, then closes it after too many', async () => {
    const client = await connect('trainer');
    const hostile = ['{not json', '[]', '"x"', '{"type":"watch","topic":"sitting","id":{"$ne":null}}', '{"type":"ping","__proto__":{"admin":true}}', '{"type":"eval"}'];
    for (const frame of hostile) client.send(frame);
    client.send(Buffer.from([0xde, 0xad, 0xbe, 0xef]));
    for (let i = 0; i < 7; i++) await client.next({ type: 'error', code: 'malformed' }, i + 1);
    expect(client.frames.filter((f) => f.type === 'error').map((f) => f.message)).toEqual([
      '消息不是有效的 JSON',
      '消息须为 JSON 对象',
      '消息须为 JSON 对象',
      'id: 须为 UUID',
      '不支持的字段：__proto__',
      'type: 须为 auth、watch、unwatch 或 ping 之一',
      '只接受文本消息',
    ]);
    client.send({ type: 'ping' });
    await client.next({ type: 'pong' });
    for (let i = 0; i < LIMITS.maxBadFrames; i++) client.send('nope');
    expect(await client.closing()).toEqual({ code: CLOSE.tooManyBadFrames, reason: '无效消息过多' });
    // the server is still there for everyone else
    const other = await connect('trainer');
    other.send({ type: 'ping' });
    await other.next({ type: 'pong' });
  });

  it('closes a socket that sends a frame over the size limit, or floods', async () => {
    const big = await connect();
    big.send(JSON.stringify({ type: 'auth', token: `${'a'.repeat(LIMITS.maxFrameBytes)}.b.c` }));
    expect((await big.closing()).code).toBe(1009);
    const flood = await connect();
    for (let i = 0; i < LIMITS.burstFrames + 5; i++) flood.send({ type: 'ping' });
    expect(await flood.closing()).toMatchObject({ code: CLOSE.rateLimited });
  });

  it('closes on a tampered, expired or foreign token, and refuses another person on the same socket', async () => {
    const token = await t.tokenFor('trainer');
    const [header, payload] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), roles: ['admin'] })).toString('base64url');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    for (const bad of [`${header}.${forged}.${token.split('.')[2]}`, none]) {
      const client = await connect();
      client.send({ type: 'auth', token: bad });
      expect(await client.closing()).toMatchObject({ code: CLOSE.unauthenticated });
    }
    const client = await connect('trainer');
    client.send({ type: 'auth', token: await t.tokenFor('manager') });
    expect(await client.closing()).toEqual({ code: CLOSE.unauthenticated, reason: '一个连接只能属于一个用户' });
  });

  it('answers 404 to an upgrade on any other path', async () => {
    const ws = new WebSocket(url.replace('/api/live', '/api/other'));
    const status = await new Promise<number>((resolve) => ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)).on('error', () => resolve(-1)));
    expect(status).toBe(404);
  });
});
