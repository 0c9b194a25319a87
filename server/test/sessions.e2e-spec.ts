import { createTestApp, refreshCookieOf, TestApp } from './support/test-app';

describe(`sessions end on the next request (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let admin: { Authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    admin = { Authorization: `Bearer ${await t.tokenFor('admin')}` };
  });
  afterAll(() => t.close());

  const me = (accessToken: string) => t.http.get('/api/me').set('Authorization', `Bearer ${accessToken}`);
  const autosaveLike = (accessToken: string) => t.http.get('/api/me/exams').set('Authorization', `Bearer ${accessToken}`);

  it('logging out ends that login’s access token at once, and leaves the user’s other logins alone', async () => {
    const phone = await t.login('staff01');
    const desk = await t.login('staff01');
    await me(phone.accessToken).expect(200);
    await t.http.post('/api/auth/logout').set('Cookie', phone.cookie).expect(204);
    await me(phone.accessToken).expect(401);
    await autosaveLike(phone.accessToken).expect(401);
    await me(desk.accessToken).expect(200);
  });

  it('disabling a user ends their access token at once', async () => {
    const staff = await t.login('staff02');
    await me(staff.accessToken).expect(200);
    await t.http.patch(`/api/users/${staff.user.id}`).set(admin).send({ disabled: true }).expect(200);
    const res = await me(staff.accessToken).expect(401);
    expect(res.body.message).toMatch(/重新登录/);
    await t.http.post('/api/auth/refresh').set('Cookie', staff.cookie).expect(401);
  });

  it('changing a user’s roles ends their access token at once; a refresh brings the new roles', async () => {
    const trainer = await t.login('trainer');
    await t.http.get('/api/question-banks').set('Authorization', `Bearer ${trainer.accessToken}`).expect(200);
    await t.http
      .patch(`/api/users/${trainer.user.id}`)
      .set(admin)
      .send({ roles: ['staff'] })
      .expect(200);
    await t.http.get('/api/question-banks').set('Authorization', `Bearer ${trainer.accessToken}`).expect(401);
    const refreshed = await t.http.post('/api/auth/refresh').set('Cookie', trainer.cookie).expect(200);
    expect(refreshed.body.user.roles).toEqual(['staff']);
    await t.http
      .post('/api/question-banks')
      .set('Authorization', `Bearer ${refreshed.body.accessToken}`)
      .send({ name: '不该建成' })
      .expect(403);
  });

  it('changing one’s password ends every other login at once and hands the caller a new one', async () => {
    const stolen = await t.login('staff03');
    const own = await t.login('staff03');
    const res = await t.http
      .put('/api/me/password')
      .set('Authorization', `Bearer ${own.accessToken}`)
      .send({ currentPassword: 'kaoping-demo', newPassword: 'my-own-field-pass-03' })
      .expect(200);
    await me(stolen.accessToken).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', stolen.cookie).expect(401);
    await me(own.accessToken).expect(401);
    await me(res.body.accessToken).expect(200);
    await t.http.post('/api/auth/refresh').set('Cookie', refreshCookieOf(res)).expect(200);
  });

  it('an administrator resetting a password ends every login of that user at once', async () => {
    const staff = await t.login('staff04');
    await t.http.post(`/api/users/${staff.user.id}/password`).set(admin).send({ password: 'reset-by-admin-04' }).expect(204);
    await me(staff.accessToken).expect(401);
  });

  it('replaying a used refresh token ends the whole login: every refresh and access token of it', async () => {
    const victim = await t.login('staff05');
    const other = await t.login('staff05');
    const first = await t.http.post('/api/auth/refresh').set('Cookie', victim.cookie).expect(200);
    const current = refreshCookieOf(first);
    // someone copied the first cookie and uses it after the victim's browser has
    await t.http.post('/api/auth/refresh').set('Cookie', victim.cookie).expect(401);
    await me(first.body.accessToken).expect(401);
    await me(victim.accessToken).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', current).expect(401);
    // another login of the same person is another family
    await me(other.accessToken).expect(200);
  });
});

describe(`first login and demo accounts (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let admin: { Authorization: string };
  let unitId: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = { Authorization: `Bearer ${await t.tokenFor('admin')}` };
    [{ id: unitId }] = await t.dataSource.query(`SELECT id FROM org_unit WHERE name = '城中一组'`);
  });
  afterAll(() => t.close());

  it('makes an account an administrator created choose its own password before anything else', async () => {
    await t.http
      .post('/api/users')
      .set(admin)
      .send({ username: 'newcomer', displayName: '新同事', password: 'chosen-by-admin-1', roles: ['staff'], unitId })
      .expect(201);
    const first = await t.login('newcomer', 'chosen-by-admin-1');
    expect(first.user.mustChangePassword).toBe(true);
    const bearer = { Authorization: `Bearer ${first.accessToken}` };
    for (const path of ['/api/me', '/api/me/exams', '/api/me/dimensions']) {
      const refused = await t.http.get(path).set(bearer).expect(403);
      expect(refused.body).toMatchObject({ message: expect.stringMatching(/修改/), details: { code: 'password_change_required' } });
    }
    await t.http
      .put('/api/me/password')
      .set(bearer)
      .send({ currentPassword: 'chosen-by-admin-1', newPassword: 'chosen-by-admin-1' })
      .expect(400);
    const changed = await t.http
      .put('/api/me/password')
      .set(bearer)
      .send({ currentPassword: 'chosen-by-admin-1', newPassword: 'chosen-by-myself-1' })
      .expect(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    await t.http.get('/api/me').set('Authorization', `Bearer ${changed.body.accessToken}`).expect(200);
  });

  it('makes an account whose password an administrator reset choose its own again', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = 'staff10'`);
    await t.http.post(`/api/users/${id}/password`).set(admin).send({ password: 'reset-by-admin-10' }).expect(204);
    const again = await t.login('staff10', 'reset-by-admin-10');
    expect(again.user.mustChangePassword).toBe(true);
    await t.http.get('/api/me').set('Authorization', `Bearer ${again.accessToken}`).expect(403);
  });

  it('refuses the published demo password for any account that is not demo data', async () => {
    const create = await t.http
      .post('/api/users')
      .set(admin)
      .send({ username: 'realperson', displayName: '真人', password: 'kaoping-demo', roles: ['staff'], unitId })
      .expect(400);
    expect(create.body.message).toMatch(/演示密码/);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = 'staff11'`);
    await t.http.post(`/api/users/${id}/password`).set(admin).send({ password: 'Kaoping-Demo' }).expect(400);
    // an account made real (not demo data) that still has the demo password cannot log in with it
    await t.dataSource.query(`UPDATE app_user SET demo = false WHERE username = 'staff12'`);
    const refused = await t.http.post('/api/auth/login').send({ username: 'staff12', password: 'kaoping-demo' }).expect(401);
    expect(refused.body.message).toMatch(/演示密码/);
    await t.http.post('/api/auth/login').send({ username: 'staff13', password: 'kaoping-demo' }).expect(200);
  });

  it('tells every page whether demo accounts can still log in, without a login', async () => {
    expect((await t.http.get('/api/instance').expect(200)).body).toEqual({ demoData: true });
    await t.dataSource.query(`UPDATE app_user SET disabled = true WHERE demo AND username <> 'admin'`);
    expect((await t.http.get('/api/instance').expect(200)).body).toEqual({ demoData: true });
    await t.dataSource.query(`UPDATE app_user SET disabled = true WHERE demo`);
    expect((await t.http.get('/api/instance').expect(200)).body).toEqual({ demoData: false });
  });
});
