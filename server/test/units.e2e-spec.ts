import { createTestApp, TestApp } from './support/test-app';

describe(`organisation units (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let admin: { Authorization: string };
  const unitsByName = async () => {
    const res = await t.http.get('/api/units').set(admin).expect(200);
    return Object.fromEntries(res.body.map((u: { name: string }) => [u.name, u])) as Record<
      string,
      { id: string; path: string; parentId: string | null; userCount: number }
    >;
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = { Authorization: `Bearer ${await t.tokenFor('admin')}` };
  });
  afterAll(() => t.close());

  it('creates a team under a service department and refuses a sibling with the same name', async () => {
    const units = await unitsByName();
    const res = await t.http.post('/api/units').set(admin).send({ name: '城中三组', parentId: units['城中客户服务部'].id }).expect(201);
    expect(res.body).toMatchObject({ name: '城中三组', path: '营销部/城中客户服务部/城中三组', userCount: 0 });
    await t.http.post('/api/units').set(admin).send({ name: '城中三组', parentId: units['城中客户服务部'].id }).expect(409);
  });

  it('moves a team with its people: scope follows the move', async () => {
    const units = await unitsByName();
    await t.http.patch(`/api/units/${units['城郊二组'].id}`).set(admin).send({ parentId: units['城中客户服务部'].id }).expect(200);
    const moved = await unitsByName();
    expect(moved['城郊二组'].path).toBe('营销部/城中客户服务部/城郊二组');
    const res = await t.http
      .get('/api/users?pageSize=100')
      .set({ Authorization: `Bearer ${await t.tokenFor('manager-cz')}` })
      .expect(200);
    expect(res.body.total).toBe(16 + 7);
  });

  it('refuses to move a unit under its own descendant', async () => {
    const units = await unitsByName();
    const res = await t.http
      .patch(`/api/units/${units['城中客户服务部'].id}`)
      .set(admin)
      .send({ parentId: units['城中一组'].id })
      .expect(400);
    expect(res.body.message).toMatch(/下级/);
  });

  it('refuses to delete a unit that still has people, and deletes an empty one', async () => {
    const units = await unitsByName();
    const busy = await t.http.delete(`/api/units/${units['城中一组'].id}`).set(admin).expect(409);
    expect(busy.body.message).toMatch(/8 名用户/);
    await t.http.delete(`/api/units/${units['城中三组'].id}`).set(admin).expect(204);
    expect((await unitsByName())['城中三组']).toBeUndefined();
  });

  it('lets only admins edit the tree', async () => {
    const units = await unitsByName();
    await t.http
      .post('/api/units')
      .set({ Authorization: `Bearer ${await t.tokenFor('manager')}` })
      .send({ name: 'X', parentId: units['营销部'].id })
      .expect(403);
  });
});
