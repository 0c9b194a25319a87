import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD } from '../src/demo/demo-organisation';
import { LiveClient } from './support/live-client';
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
    monthly = (
      await t.http
        .get('/api/me/exams')
        .set(await as('staff01'))
        .expect(200)
    ).body[0].sittingId;
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.ws.terminate();
  });
  afterAll(() => t.close());

  it('shows a trainer watching a sitting each start, save, page switch and submit as it happens', async () => {
    const trainer = await connect('trainer');
    trainer.send({ type: 'watch', topic: 'sitting', id: monthly });
    await trainer.next({ type: 'watching', topic: 'sitting', id: monthly });

    const attempt = (
      await t.http
        .post(`/api/exams/${monthly}/attempts`)
        .set(await as('staff05'))
        .expect(201)
    ).body;
    const started = await trainer.next({ type: 'event' });
    expect(started).toMatchObject({
      topic: 'sitting',
      id: monthly,
      data: { attemptId: attempt.id, kind: 'started', status: 'in_progress', userId: expect.any(String) },
    });

    const q = attempt.questions.find((x: { type: string }) => x.type === 'true_false') ?? attempt.questions[0];
    const answer =
      q.type === 'true_false' ? true : q.type === 'single' ? q.options[0].id : q.type === 'multiple' ? [q.options[0].id] : 'text';
    let seen = trainer.frames.length;
    await t.http
      .put(`/api/attempts/${attempt.id}/answers/${q.slot}`)
      .set(await as('staff05'))
      .send({ answer, seq: 1 })
      .expect(200);
    expect(await trainer.next({ type: 'event' }, seen)).toMatchObject({
      data: { attemptId: attempt.id, kind: 'saved', status: 'in_progress', slot: q.slot },
    });

    seen = trainer.frames.length;
    const hidden = { kind: 'hidden', eventId: '7d1c9a52-8f0e-4b8a-9d3e-2a6b4c5d6e7f' };
    await t.http
      .post(`/api/attempts/${attempt.id}/events`)
      .set(await as('staff05'))
      .send(hidden)
      .expect(200);
    expect(await trainer.next({ type: 'event' }, seen)).toMatchObject({
      data: { attemptId: attempt.id, kind: 'switched', switchCount: 1 },
    });
    // the same event re-sent (its reply was lost) is neither counted nor announced again
    await t.http
      .post(`/api/attempts/${attempt.id}/events`)
      .set(await as('staff05'))
      .send(hidden)
      .expect(200);

    seen = trainer.frames.length;
    const result = (
      await t.http
        .post(`/api/attempts/${attempt.id}/submit`)
        .set(await as('staff05'))
        .expect(200)
    ).body;
    const submitted = (await trainer.next({ type: 'event' }, seen)) as { data: Record<string, unknown> };
    expect(submitted.data).toMatchObject({ attemptId: attempt.id, kind: 'submitted', status: 'graded', switchCount: 1 });
    expect(submitted.data.score).toBe(result.score);
    expect(trainer.frames.filter((f) => (f.data as { kind?: string })?.kind === 'switched')).toHaveLength(1);
  });

  it('lets only those who may read the results watch: not a candidate', async () => {
    const client = await connect('staff06');
    client.send({ type: 'watch', topic: 'sitting', id: monthly });
    expect(await client.next({ type: 'error' })).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/权限|培训员/) });
    expect(client.frames.some((f) => f.type === 'watching')).toBe(false);
    const manager = await connect('manager');
    manager.send({ type: 'watch', topic: 'sitting', id: monthly });
    await manager.next({ type: 'watching' });
  });

  it('tells a manager following the department’s exam about their own people only', async () => {
    const cz = await connect('manager-cz');
    cz.send({ type: 'watch', topic: 'sitting', id: monthly });
    await cz.next({ type: 'watching', topic: 'sitting', id: monthly });
    const department = await connect('manager');
    department.send({ type: 'watch', topic: 'sitting', id: monthly });
    await department.next({ type: 'watching', topic: 'sitting', id: monthly });

    // staff20 works in 城郊: the department's manager hears the start, 城中's does not
    const outsider = (
      await t.http
        .post(`/api/exams/${monthly}/attempts`)
        .set(await as('staff20'))
        .expect(201)
    ).body.id;
    await department.next({ type: 'event', topic: 'sitting', id: monthly });
    const own = (
      await t.http
        .post(`/api/exams/${monthly}/attempts`)
        .set(await as('staff07'))
        .expect(201)
    ).body.id;
    const heard = (await cz.next({ type: 'event' })) as { data: { attemptId: string } };
    expect(heard.data.attemptId).toBe(own);
    expect(cz.frames.filter((f) => f.type === 'event').map((f) => (f.data as { attemptId: string }).attemptId)).not.toContain(outsider);
  });

  describe('when a login ends', () => {
    const admin = async () => ({ Authorization: `Bearer ${await t.tokenFor('admin')}` });
    const socketOf = async (accessToken: string) => {
      const client = await LiveClient.open(url);
      clients.push(client);
      client.send({ type: 'auth', token: accessToken });
      await client.next({ type: 'ready' });
      return client;
    };
    const stillOpen = async (client: LiveClient) => {
      const seen = client.frames.length;
      client.send({ type: 'ping' });
      await client.next({ type: 'pong' }, seen);
      expect(client.closed).toBeNull();
    };

    it('closes every socket of a user an administrator disables, as auth lost', async () => {
      const [phone, desk] = [await t.login('staff30'), await t.login('staff30')];
      const sockets = [await socketOf(phone.accessToken), await socketOf(desk.accessToken)];
      const bystander = await connect('trainer');
      await t.http
        .patch(`/api/users/${phone.user.id}`)
        .set(await admin())
        .send({ disabled: true })
        .expect(200);
      for (const socket of sockets) expect(await socket.closing()).toMatchObject({ code: 4401 });
      await stillOpen(bystander);
      await t.http
        .patch(`/api/users/${phone.user.id}`)
        .set(await admin())
        .send({ disabled: false })
        .expect(200);
    });

    it('closes only the sockets of the login that logged out', async () => {
      const [phone, desk] = [await t.login('staff26'), await t.login('staff26')];
      const [phoneSocket, deskSocket] = [await socketOf(phone.accessToken), await socketOf(desk.accessToken)];
      await t.http.post('/api/auth/logout').set('Cookie', phone.cookie).expect(204);
      expect(await phoneSocket.closing()).toMatchObject({ code: 4401 });
      await stillOpen(deskSocket);
      // and the logged-out token cannot open a new one
      const again = await LiveClient.open(url);
      clients.push(again);
      again.send({ type: 'auth', token: phone.accessToken });
      expect(await again.closing()).toMatchObject({ code: 4401 });
    });

    it('closes the sockets of a user whose roles change, and of one who changes their password', async () => {
      const trainee = await t.login('staff27');
      const socket = await socketOf(trainee.accessToken);
      await t.http
        .patch(`/api/users/${trainee.user.id}`)
        .set(await admin())
        .send({ roles: ['staff', 'trainer'] })
        .expect(200);
      expect(await socket.closing()).toMatchObject({ code: 4401 });

      const owner = await t.login('staff28');
      const own = await socketOf(owner.accessToken);
      await t.http
        .put('/api/me/password')
        .set('Authorization', `Bearer ${owner.accessToken}`)
        .send({ currentPassword: DEMO_PASSWORD, newPassword: 'a-new-field-password-28' })
        .expect(200);
      expect(await own.closing()).toMatchObject({ code: 4401 });
    });
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
});
