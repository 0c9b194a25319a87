import type { INestApplication } from '@nestjs/common';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/platform/config/app-config';
import { createApp } from '../../src/platform/bootstrap';
import { createRootLogger } from '../../src/platform/logging/json-logger';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/demo/demo-organisation';
import { openTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  db: TestDatabase;
  dataSource: DataSource;
  /**
   * Logs an account in and returns its access token: a demo account with the demo password, one a test
   * created with CREATED_USER_PASSWORD. An account that must choose its own password first does so
   * (its password then ends in "-own").
   */
  tokenFor(username: string, password?: string): Promise<string>;
  /** A fresh login: its access token and the refresh cookie to send back (`Cookie` header value). */
  login(username: string, password?: string): Promise<TestLogin>;
  close(): Promise<void>;
}

/** The password tests give the accounts they create as an administrator (the demo one is refused). */
export const CREATED_USER_PASSWORD = 'created-by-admin-1';

const defaultPasswordOf = (username: string) => (DEMO_USERS.some((u) => u.username === username) ? DEMO_PASSWORD : CREATED_USER_PASSWORD);

export interface TestLogin {
  accessToken: string;
  cookie: string;
  user: { id: string; mustChangePassword: boolean };
}

/** The `name=value` of the refresh cookie a response set, for the next request's Cookie header. */
export function refreshCookieOf(response: { headers: Record<string, unknown> }): string {
  const setCookie = (response.headers['set-cookie'] as string[] | undefined) ?? [];
  const cookie = setCookie.find((c) => c.startsWith('kp_refresh='));
  if (!cookie) throw new Error(`no refresh cookie in ${JSON.stringify(setCookie)}`);
  return cookie.split(';')[0];
}

/** The app over a fresh copy of the demo database, or over `database` (an upgrade test's restored one). */
export async function createTestApp(database?: TestDatabase): Promise<TestApp> {
  const db = database ?? (await openTestDatabase());
  const config = loadConfig({
    JWT_SECRET: 'test-secret-0123456789abcdef',
    SWEEP_INTERVAL_MS: '0',
    DATABASE_URL: db.url,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'kp-data-')),
    CLIENT_DIST: '/nonexistent',
  });
  const app = await createApp(config, db, createRootLogger());
  const http = request(app.getHttpServer());
  const tokens = new Map<string, Promise<string>>();
  async function signIn(username: string, password: string): Promise<string> {
    const response = await http.post('/api/auth/login').send({ username, password });
    if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    if (!response.body.user.mustChangePassword) return response.body.accessToken as string;
    const changed = await http
      .put('/api/me/password')
      .set('Authorization', `Bearer ${response.body.accessToken}`)
      .send({ currentPassword: password, newPassword: `${password}-own` });
    if (changed.status !== 200) throw new Error(`first password of ${username} failed: ${changed.status} ${JSON.stringify(changed.body)}`);
    return changed.body.accessToken as string;
  }
  return {
    app,
    http,
    db,
    dataSource: app.get(DataSource),
    tokenFor(username, password = defaultPasswordOf(username)) {
      // one login per account however many requests ask at once: simultaneous logins of one account
      // are counted as failures until their passwords check, as an attacker's would be
      const key = `${username}\n${password}`;
      let token = tokens.get(key);
      if (!token) {
        token = signIn(username, password);
        tokens.set(key, token);
        void token.catch(() => tokens.delete(key));
      }
      return token;
    },
    async login(username, password = defaultPasswordOf(username)) {
      const response = await http.post('/api/auth/login').send({ username, password });
      if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return { accessToken: response.body.accessToken, cookie: refreshCookieOf(response), user: response.body.user };
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
