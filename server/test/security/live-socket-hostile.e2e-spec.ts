import type { AddressInfo } from 'node:net';
import { WebSocket } from 'ws';
import { CLOSE, LIMITS } from '../../src/platform/live/live-protocol';
import { LiveClient } from '../support/live-client';
import { createTestApp, TestApp } from '../support/test-app';

/** Hostile frames and tokens on the live socket: each refused with a reason or a close code, the server unharmed. */
describe(`the live socket under attack (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let url: string;
  const clients: LiveClient[] = [];
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
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.ws.terminate();
  });
  afterAll(() => t.close());

  it('answers malformed frames with a reason and keeps the socket, then closes it after too many', async () => {
    const client = await connect('trainer');
    const hostile = [
      '{not json',
      '[]',
      '"x"',
      '{"type":"watch","topic":"sitting","id":{"$ne":null}}',
      '{"type":"ping","__proto__":{"admin":true}}',
      '{"type":"eval"}',
    ];
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
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), roles: ['admin'] })).toString(
      'base64url',
    );
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
    const status = await new Promise<number>((resolve) =>
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)).on('error', () => resolve(-1)),
    );
    expect(status).toBe(404);
  });
});
