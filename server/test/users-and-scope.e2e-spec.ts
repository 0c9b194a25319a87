import { createTestApp, TestApp } from './support/test-app';

describe(`users and organisation scope (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let unitIds: Record<string, string>;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  beforeAll(async () => {
    t = await createTestApp();
    const units = await t.http
      .get('/api/units')
      .set(await auth('admin'))
      .expect(200);
    unitIds = Object.fromEntries(units.body.map((u: { name: string; id: string }) => [u.name, u.id]));
  });
  afterAll(() => t.close());

  const allUsernames = async (username: string, query = '') => {
    const res = await t.http
      .get(`/api/users?pageSize=200${query}`)
      .set(await auth(username))
      .expect(200);
    return { total: res.body.total as number, names: (res.body.items as Array<{ username: string }>).map((u) => u.username) };
  };

  it('shows the department manager and the trainer every user', async () => {
    expect((await allUsernames('manager')).total).toBe(34);
    expect((await allUsernames('trainer')).total).toBe(34);
  });

  it('shows manager-cz only the people of 城中客户服务部', async () => {
    const { total, names } = await allUsernames('manager-cz');
    expect(total).toBe(16);
    expect(names.sort()).toEqual(['manager-cz', ...Array.from({ length: 15 }, (_, i) => `staff${String(i + 1).padStart(2, '0')}`)].sort());
  });

  it('answers 404 when manager-cz filters by a unit outside their subtree', async () => {
    await t.http
      .get(`/api/users?unitId=${unitIds['城郊客户服务部']}`)
      .set(await auth('manager-cz'))
      .expect(404);
    const team = await allUsernames('manager-cz', `&unitId=${unitIds['城中二组']}`);
    expect(team.total).toBe(7);
  });

  it('refuses staff the user list with 403', async () => {
    const res = await t.http
      .get('/api/users')
      .set(await auth('staff01'))
      .expect(403);
    expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
  });

  it('shows manager-cz only their own unit subtree in the unit list', async () => {
    const res = await t.http
      .get('/api/units')
      .set(await auth('manager-cz'))
      .expect(200);
    expect(res.body.map((u: { path: string }) => u.path)).toEqual([
      '营销部/城中客户服务部',
      '营销部/城中客户服务部/城中一组',
      '营销部/城中客户服务部/城中二组',
    ]);
  });

  it('searches by display name in Chinese and by username, and pages', async () => {
    expect((await allUsernames('manager', '&q=' + encodeURIComponent('王建国'))).names).toEqual(['staff01']);
    expect((await allUsernames('manager', '&q=STAFF2')).total).toBe(10);
    const page = await t.http
      .get('/api/users?page=2&pageSize=10')
      .set(await auth('manager'))
      .expect(200);
    expect(page.body.items).toHaveLength(10);
    expect(page.body.total).toBe(34);
  });

  it('lets an admin create a user, and refuses a duplicate username with 409', async () => {
    const body = { username: 'liming', displayName: '李明', password: 'field-work-2026!', roles: ['staff'], unitId: unitIds['城郊一组'] };
    const res = await t.http
      .post('/api/users')
      .set(await auth('admin'))
      .send(body)
      .expect(201);
    expect(res.body).toMatchObject({ username: 'liming', unitName: '城郊一组', roles: ['staff'], disabled: false });
    await t.http.post('/api/auth/login').send({ username: 'liming', password: 'field-work-2026!' }).expect(200);
    const dup = await t.http
      .post('/api/users')
      .set(await auth('admin'))
      .send({ ...body, username: 'LiMing' })
      .expect(409);
    expect(dup.body.message).toMatch(/已存在/);
  });

  it('refuses a weak password, naming the problem', async () => {
    const res = await t.http
      .post('/api/users')
      .set(await auth('admin'))
      .send({ username: 'weakling', displayName: '弱', password: '123456789', roles: ['staff'], unitId: unitIds['城郊一组'] })
      .expect(400);
    expect(res.body.message).toMatch(/至少需要 10 个字符/);
  });

  it('refuses unknown fields with 400 naming the field, and changes nothing', async () => {
    const staff = (await t.http.get('/api/users?q=staff13').set(await auth('admin'))).body.items[0];
    const res = await t.http
      .patch(`/api/users/${staff.id}`)
      .set(await auth('admin'))
      .send({ displayName: '改名', passwordHash: 'x' })
      .expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining([expect.stringContaining('passwordHash')]));
    const after = (await t.http.get('/api/users?q=staff13').set(await auth('admin'))).body.items[0];
    expect(after.displayName).toBe(staff.displayName);
  });

  it('lets only an admin change roles, and writes the change to the audit log', async () => {
    const staff = (await t.http.get('/api/users?q=staff14').set(await auth('admin'))).body.items[0];
    await t.http
      .patch(`/api/users/${staff.id}`)
      .set(await auth('manager'))
      .send({ roles: ['admin'] })
      .expect(403);
    const res = await t.http
      .patch(`/api/users/${staff.id}`)
      .set(await auth('admin'))
      .send({ roles: ['staff', 'trainer'] })
      .expect(200);
    expect(res.body.roles).toEqual(['staff', 'trainer']);
    const audit = await t.dataSource.query(`SELECT action, details FROM audit_event WHERE target_id = $1`, [staff.id]);
    expect(audit).toEqual([
      {
        action: 'user.roles_change',
        details: expect.objectContaining({
          before: expect.objectContaining({ roles: ['staff'] }),
          after: expect.objectContaining({ roles: ['staff', 'trainer'] }),
        }),
      },
    ]);
  });

  it('disables a user: their refresh token stops working and they cannot log in', async () => {
    const login = await t.login('staff20');
    await t.http
      .patch(`/api/users/${login.user.id}`)
      .set(await auth('admin'))
      .send({ disabled: true })
      .expect(200);
    await t.http.post('/api/auth/refresh').set('Cookie', login.cookie).expect(401);
    await t.http.post('/api/auth/login').send({ username: 'staff20', password: 'kaoping-demo' }).expect(401);
  });

  it('does not let an admin disable themselves', async () => {
    const me = await t.http
      .get('/api/me')
      .set(await auth('admin'))
      .expect(200);
    await t.http
      .patch(`/api/users/${me.body.id}`)
      .set(await auth('admin'))
      .send({ disabled: true })
      .expect(400);
  });

  it('resets a password: the old one stops working and the event is audited', async () => {
    const target = (await t.http.get('/api/users?q=staff21').set(await auth('admin'))).body.items[0];
    await t.http
      .post(`/api/users/${target.id}/password`)
      .set(await auth('admin'))
      .send({ password: 'reset-by-admin-77' })
      .expect(204);
    await t.http.post('/api/auth/login').send({ username: 'staff21', password: 'kaoping-demo' }).expect(401);
    await t.http.post('/api/auth/login').send({ username: 'staff21', password: 'reset-by-admin-77' }).expect(200);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*) AS n FROM audit_event WHERE action = 'user.password_reset' AND target_id = $1`,
      [target.id],
    );
    expect(Number(n)).toBe(1);
  });
});
