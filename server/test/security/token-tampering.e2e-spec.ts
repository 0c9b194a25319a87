import { createHmac } from 'node:crypto';
import { createTestApp, TestApp } from '../support/test-app';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe(`token tampering (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let claims: Record<string, unknown>;
  const sign = (header: object, payload: object, secret: string) => {
    const body = `${b64(header)}.${b64(payload)}`;
    return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
  };
  const me = (token: string) => t.http.get('/api/me').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await createTestApp();
    const token = await t.tokenFor('staff01');
    claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  });
  afterAll(() => t.close());

  it('accepts a correctly signed token (the control)', async () => {
    await me(sign({ alg: 'HS256', typ: 'JWT' }, claims, 'test-secret-0123456789abcdef')).expect(200);
  });

  it('refuses alg none, a wrong key, an expired token, a wrong audience and a wrong issuer', async () => {
    await me(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`).expect(401);
    await me(sign({ alg: 'HS256', typ: 'JWT' }, claims, 'guessed-secret')).expect(401);
    await me(
      sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, 'test-secret-0123456789abcdef'),
    ).expect(401);
    await me(sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: 'another-app' }, 'test-secret-0123456789abcdef')).expect(401);
    await me(sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iss: 'someone-else' }, 'test-secret-0123456789abcdef')).expect(401);
    await me(sign({ alg: 'HS512', typ: 'JWT' }, claims, 'test-secret-0123456789abcdef')).expect(401);
  });

  it('refuses a validly signed token claiming a role that does not exist', async () => {
    await me(sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, roles: ['superuser'] }, 'test-secret-0123456789abcdef')).expect(401);
  });

  it('slows a brute force across many accounts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 55; i++) {
      statuses.push(
        (await t.http.post('/api/auth/login').send({ username: `staff${String((i % 30) + 1).padStart(2, '0')}`, password: `wrong-${i}` }))
          .status,
      );
    }
    expect(statuses.slice(0, 50).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(50)).toEqual([429, 429, 429, 429, 429]);
  });
});
