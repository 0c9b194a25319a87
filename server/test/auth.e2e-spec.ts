import { createTestApp, TestApp } from './support/test-app';

describe(`auth (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('logs a demo account in and returns tokens and the user with roles', async () => {
    const res = await t.http.post('/api/auth/login').send({ username: 'staff01', password: 'kaoping-demo' }).expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      user: { id: expect.any(String), username: 'staff01', displayName: '王建国', roles: ['staff'] },
    });
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ username: 'staff01', unitName: '城中一组' });
  });

  it('accepts the username in any letter case', async () => {
    await t.http.post('/api/auth/login').send({ username: 'Staff02', password: 'kaoping-demo' }).expect(200);
  });

  it('answers 401 with one message for a wrong password and for an unknown user', async () => {
    const wrong = await t.http.post('/api/auth/login').send({ username: 'staff03', password: 'not-the-password' }).expect(401);
    const unknown = await t.http.post('/api/auth/login').send({ username: 'nobody', password: 'not-the-password' }).expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: '用户名或密码错误' });
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('throttles repeated failures on one account from one address with 429 and Retry-After, and logs them', async () => {
    for (let i = 0; i < 5; i++) await t.http.post('/api/auth/login').send({ username: 'staff04', password: `guess-${i}` }).expect(401);
    const res = await t.http.post('/api/auth/login').send({ username: 'staff04', password: 'kaoping-demo' }).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.message).toMatch(/秒后再试/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*) AS n FROM login_attempt WHERE username = 'staff04' AND NOT succeeded`);
    expect(Number(n)).toBe(5);
    // another account from the same address is not locked by it
    await t.http.post('/api/auth/login').send({ username: 'staff05', password: 'kaoping-demo' }).expect(200);
  });

  it('ends an account-wide lock within about a minute, so an attacker cannot keep its owner out for long', async () => {
    await t.dataSource.query(
      `INSERT INTO login_attempt (username, ip, succeeded, created_at)
       SELECT 'staff06', '203.0.113.' || g, false, now() - interval '50 seconds' FROM generate_series(1, 10) g`,
    );
    const res = await t.http.post('/api/auth/login').send({ username: 'staff06', password: 'kaoping-demo' }).expect(429);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(11);
    await t.dataSource.query(`UPDATE login_attempt SET created_at = created_at - interval '15 seconds' WHERE username = 'staff06'`);
    await t.http.post('/api/auth/login').send({ username: 'staff06', password: 'kaoping-demo' }).expect(200);
  });

  it('rotates refresh tokens: the new one works once, the old one no longer does', async () => {
    const login = await t.http.post('/api/auth/login').send({ username: 'staff07', password: 'kaoping-demo' }).expect(200);
    const refreshed = await t.http.post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    expect(refreshed.body.refreshToken).not.toBe(login.body.refreshToken);
    await t.http.get('/api/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);
    await t.http.post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
  });

  it('revokes the refresh token on logout', async () => {
    const login = await t.http.post('/api/auth/login').send({ username: 'staff08', password: 'kaoping-demo' }).expect(200);
    await t.http.post('/api/auth/logout').send({ refreshToken: login.body.refreshToken }).expect(204);
    await t.http.post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
  });

  it('refuses missing, malformed and tampered tokens with 401', async () => {
    await t.http.get('/api/me').expect(401);
    await t.http.get('/api/me').set('Authorization', 'Bearer nonsense').expect(401);
    const token = await t.tokenFor('staff09');
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
    await t.http.get('/api/me').set('Authorization', `Bearer ${header}.${forged}.${signature}`).expect(401);
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    await t.http.get('/api/me').set('Authorization', `Bearer ${none}.${forged}.`).expect(401);
  });

  it('stores passwords as argon2id hashes with the OWASP parameters', async () => {
    const [{ password_hash }] = await t.dataSource.query(`SELECT password_hash FROM app_user WHERE username = 'staff10'`);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses a disabled account even with the right password', async () => {
    await t.dataSource.query(`UPDATE app_user SET disabled = true WHERE username = 'staff11'`);
    const res = await t.http.post('/api/auth/login').send({ username: 'staff11', password: 'kaoping-demo' }).expect(401);
    expect(res.body.message).toMatch(/停用/);
  });

  it('lets a user change their own password only with the current one and a strong new one', async () => {
    const token = await t.tokenFor('staff12');
    await t.http.put('/api/me/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: 'wrong', newPassword: 'a-much-better-pass' }).expect(400);
    const weak = await t.http.put('/api/me/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: 'kaoping-demo', newPassword: 'password123' }).expect(400);
    expect(weak.body.message).toMatch(/常见|至少/);
    await t.http.put('/api/me/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: 'kaoping-demo', newPassword: '田野里的-客户经理-2026' }).expect(204);
    await t.http.post('/api/auth/login').send({ username: 'staff12', password: '田野里的-客户经理-2026' }).expect(200);
  });
});
