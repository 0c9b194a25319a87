import { createTestApp, refreshCookieOf, TestApp } from './support/test-app';

describe(`auth (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('logs a demo account in and returns the access token and the user with roles; the refresh token only as a cookie', async () => {
    const res = await t.http.post('/api/auth/login').send({ username: 'staff01', password: 'kaoping-demo' }).expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      user: { id: expect.any(String), username: 'staff01', displayName: '王建国', roles: ['staff'], mustChangePassword: false },
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
    expect(wrong.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      code: 'identity.login.wrongCredentials',
      message: '用户名或密码错误',
    });
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('throttles repeated failures on one account from one address with 429 and Retry-After, and logs them', async () => {
    for (let i = 0; i < 5; i++)
      await t.http
        .post('/api/auth/login')
        .send({ username: 'staff04', password: `guess-${i}` })
        .expect(401);
    const res = await t.http.post('/api/auth/login').send({ username: 'staff04', password: 'kaoping-demo' }).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.message).toMatch(/秒后再试/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*) AS n FROM login_attempt WHERE username = 'staff04' AND NOT succeeded`);
    expect(Number(n)).toBe(5);
    expect(res.headers['set-cookie']).toBeUndefined();
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

  it('puts the refresh token in an httpOnly, SameSite=Strict cookie sent only to the auth routes', async () => {
    const res = await t.http.post('/api/auth/login').send({ username: 'staff07', password: 'kaoping-demo' }).expect(200);
    const [cookie] = res.headers['set-cookie'] as unknown as string[];
    expect(cookie).toMatch(/^kp_refresh=[\w-]{40,};/);
    expect(cookie).toMatch(/; Path=\/api\/auth(;|$)/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; SameSite=Strict(;|$)/);
    expect(cookie).toMatch(/; Max-Age=604800(;|$)/);
    // plain http here; over https (or behind a proxy that says so) the cookie is Secure: refresh-cookie.spec.ts
    expect(cookie).not.toMatch(/Secure/);
    expect(JSON.stringify(res.body)).not.toContain(cookie.split(';')[0].slice('kp_refresh='.length));
  });

  it('rotates refresh tokens: a page reload gets a new access token through the cookie, and the old cookie no longer works', async () => {
    const login = await t.login('staff07');
    const refreshed = await t.http.post('/api/auth/refresh').set('Cookie', login.cookie).expect(200);
    expect(refreshed.body).toEqual({ accessToken: expect.any(String), user: expect.objectContaining({ username: 'staff07' }) });
    const next = refreshCookieOf(refreshed);
    expect(next).not.toBe(login.cookie);
    await t.http.get('/api/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);
    await t.http.post('/api/auth/refresh').set('Cookie', next).expect(200);
    await t.http.post('/api/auth/refresh').expect(401);
  });

  it('revokes the refresh token on logout and clears the cookie', async () => {
    const login = await t.login('staff08');
    const out = await t.http.post('/api/auth/logout').set('Cookie', login.cookie).expect(204);
    expect((out.headers['set-cookie'] as unknown as string[])[0]).toMatch(/^kp_refresh=;.*Expires=Thu, 01 Jan 1970/);
    await t.http.post('/api/auth/refresh').set('Cookie', login.cookie).expect(401);
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
    await t.http
      .put('/api/me/password')
      .set('Authorization', `Bearer ${token}`)
      .send({ currentPassword: 'wrong', newPassword: 'a-much-better-pass' })
      .expect(400);
    const weak = await t.http
      .put('/api/me/password')
      .set('Authorization', `Bearer ${token}`)
      .send({ currentPassword: 'kaoping-demo', newPassword: 'password123' })
      .expect(400);
    expect(weak.body.message).toMatch(/常见|至少/);
    await t.http
      .put('/api/me/password')
      .set('Authorization', `Bearer ${token}`)
      .send({ currentPassword: 'kaoping-demo', newPassword: '田野里的-客户经理-2026' })
      .expect(200);
    await t.http.post('/api/auth/login').send({ username: 'staff12', password: '田野里的-客户经理-2026' }).expect(200);
  });
});
