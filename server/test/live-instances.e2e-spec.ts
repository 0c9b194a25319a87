import type { INestApplication } from '@nestjs/common';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '../src/platform/config/app-config';
import { createApp } from '../src/platform/bootstrap';
import { createRootLogger } from '../src/platform/logging/json-logger';
import { DEMO_PASSWORD } from '../src/demo/demo-organisation';
import { LiveClient } from './support/live-client';
import { openTestDatabase, TestDatabase } from './support/test-database';

// Two API instances on one PostgreSQL need a real server (the embedded engine is one process's),
// and Redis to carry the live messages between them: CI sets both.
const runs = process.env.KAOPING_TEST_ENGINE === 'postgres' && process.env.TEST_REDIS_URL;

(runs ? describe : describe.skip)('live updates across two API instances behind one load balancer (postgres + redis)', () => {
  let db: TestDatabase;
  const apps: INestApplication[] = [];
  let client: LiveClient | undefined;

  beforeAll(async () => {
    db = await openTestDatabase();
    for (let i = 0; i < 2; i++) {
      const config = loadConfig({
        JWT_SECRET: 'test-secret-0123456789abcdef',
        SWEEP_INTERVAL_MS: '0',
        DATABASE_URL: db.url,
        REDIS_URL: process.env.TEST_REDIS_URL,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'kp-data-')),
        CLIENT_DIST: '/nonexistent',
      });
      const app = await createApp(config, db, createRootLogger());
      await app.listen(0, '127.0.0.1');
      apps.push(app);
    }
  });
  afterAll(async () => {
    client?.ws.terminate();
    for (const app of apps) await app.close();
    await db.close();
  });

  it('shows a trainer connected to instance B the start and submit a candidate made on instance A', async () => {
    const [a, b] = apps.map((app) => request(app.getHttpServer()));
    const login = async (http: typeof a, username: string) =>
      (await http.post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200)).body.accessToken as string;
    const staff = { Authorization: `Bearer ${await login(a, 'staff07')}` };
    const sittingId = (await a.get('/api/me/exams').set(staff).expect(200)).body[0].sittingId;

    const port = (apps[1].getHttpServer().address() as AddressInfo).port;
    client = await LiveClient.open(`ws://127.0.0.1:${port}/api/live`);
    client.send({ type: 'auth', token: await login(b, 'trainer') });
    await client.next({ type: 'ready' });
    client.send({ type: 'watch', topic: 'sitting', id: sittingId });
    await client.next({ type: 'watching' });
    // the subscription reaches Redis asynchronously: give it a moment before the other instance publishes
    await new Promise((resolve) => setTimeout(resolve, 200));

    const attempt = (await a.post(`/api/exams/${sittingId}/attempts`).set(staff).expect(201)).body;
    expect(await client.next({ type: 'event' })).toMatchObject({ data: { attemptId: attempt.id, kind: 'started' } });
    const seen = client.frames.length;
    await a.post(`/api/attempts/${attempt.id}/submit`).set(staff).expect(200);
    expect(await client.next({ type: 'event' }, seen)).toMatchObject({ data: { attemptId: attempt.id, kind: 'submitted' } });
  });

  it('closes a socket on instance B when an administrator on instance A disables its user', async () => {
    const [a, b] = apps.map((app) => request(app.getHttpServer()));
    const login = async (http: typeof a, username: string) =>
      (await http.post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200)).body;
    const staff = await login(b, 'staff29');
    const port = (apps[1].getHttpServer().address() as AddressInfo).port;
    const socket = await LiveClient.open(`ws://127.0.0.1:${port}/api/live`);
    try {
      socket.send({ type: 'auth', token: staff.accessToken });
      await socket.next({ type: 'ready' });
      const admin = { Authorization: `Bearer ${(await login(a, 'admin')).accessToken}` };
      await a.patch(`/api/users/${staff.user.id}`).set(admin).send({ disabled: true }).expect(200);
      expect(await socket.closing()).toMatchObject({ code: 4401 });
    } finally {
      socket.ws.terminate();
    }
  });
});
