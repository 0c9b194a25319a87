import { seedDemoTrainings } from '../src/demo/demo-training';
import { createTestApp, TestApp } from './support/test-app';

describe(`the demo trainings (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.transaction((manager) => seedDemoTrainings(manager, null, new Date()));
  });
  afterAll(() => t.close());

  it('gives a staff member a training about to start, yesterday’s morning meeting and next week’s contest', async () => {
    const mine = (
      await t.http
        .get('/api/me/trainings')
        .set(await as('staff01'))
        .expect(200)
    ).body as Array<{ title: string; status: string }>;
    expect(mine.map((s) => [s.title, s.status])).toEqual([
      ['营销知识竞赛', 'pending'],
      ['卷烟营销法律法规集中培训', 'pending'],
      ['早会：紧俏卷烟供应政策', 'present'],
    ]);
  });

  it('shows the trainer yesterday’s meeting with present, late and absent people, and the running training’s code', async () => {
    const units = (await t.http.get('/api/units').set(await as('admin'))).body as Array<{ id: string; name: string }>;
    const cz1 = units.find((u) => u.name === '城中一组')!.id;
    const month = new Date(Date.now() - 86_400_000 + 8 * 3600_000).toISOString().slice(0, 7);
    const list = (
      await t.http
        .get(`/api/trainings?unitId=${cz1}&month=${month}`)
        .set(await as('trainer'))
        .expect(200)
    ).body as Array<{ id: string; form: string }>;
    const meeting = list.find((s) => s.form === 'morning_meeting')!;
    const items = (
      await t.http
        .get(`/api/trainings/${meeting.id}/attendance`)
        .set(await as('trainer'))
        .expect(200)
    ).body.items as Array<{ status: string }>;
    const count = (status: string) => items.filter((i) => i.status === status).length;
    expect([count('present'), count('late'), count('absent')]).toEqual([5, 1, 2]);
  });
});
