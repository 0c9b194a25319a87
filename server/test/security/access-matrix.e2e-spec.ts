import { createTestApp, TestApp } from '../support/test-app';

interface Operation {
  'x-public'?: boolean;
  'x-roles'?: string[];
  requestBody?: unknown;
}

const ACCOUNTS = [
  { username: 'staff01', role: 'staff' },
  { username: 'trainer', role: 'trainer' },
  { username: 'manager', role: 'manager' },
  { username: 'admin', role: 'admin' },
];
const NOBODY = '00000000-0000-4000-8000-000000000000';

/**
 * The access matrix, generated from the served OpenAPI document: every operation, every role, no
 * token. A new endpoint is in the document, so it cannot escape this test; what each role may do
 * comes from the document's x-roles / x-public, which the route decorators write.
 */
describe(`access matrix from the OpenAPI document (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let operations: Array<{ method: string; path: string; url: string; op: Operation }>;

  beforeAll(async () => {
    t = await createTestApp();
    const doc = (await t.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, Operation>> };
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ method, path, op, url: path.replace(/\{slot\}/g, '1').replace(/\{[^}]+\}/g, NOBODY) })),
    );
  });
  afterAll(() => t.close());

  const call = (method: string, url: string, token?: string) => {
    const request = (t.http as unknown as Record<string, (u: string) => import('supertest').Test>)[method](url);
    if (token) request.set('Authorization', `Bearer ${token}`);
    return ['post', 'put', 'patch'].includes(method) ? request.send({}) : request;
  };

  it('covers a meaningful API (guards against an empty document)', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it('refuses every non-public operation without a token (401), and serves public ones without', async () => {
    for (const { method, path, url, op } of operations) {
      const res = await call(method, url);
      // the refresh route's credential is the refresh cookie: without one there is no login to continue
      if (path === '/api/auth/refresh') expect(res.status).toBe(401);
      else if (op['x-public']) expect([method, path, res.status]).not.toEqual([method, path, 401]);
      else expect([method, path, res.status]).toEqual([method, path, 401]);
    }
  });

  it('answers 403 to every role an operation does not list, lets listed roles past the guard, and never fails with 5xx', async () => {
    for (const account of ACCOUNTS) {
      const token = await t.tokenFor(account.username);
      for (const { method, path, url, op } of operations) {
        if (op['x-public']) continue;
        const res = await call(method, url, token);
        expect([method, path, account.role, res.status < 500]).toEqual([method, path, account.role, true]);
        const allowed = !op['x-roles'] || op['x-roles'].includes(account.role);
        if (allowed) expect([method, path, account.role, res.status]).not.toEqual([method, path, account.role, 403]);
        else expect([method, path, account.role, res.status]).toEqual([method, path, account.role, 403]);
      }
    }
  });
});
