import { randomUUID } from 'node:crypto';
import { CompetencyProjector } from '../src/modules/competency/application/competency-projector';
import { createTestApp, TestApp } from './support/test-app';

describe(`competency targets (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const put = async (username: string, targets: unknown, status: number) =>
    t.http
      .put('/api/competency/targets')
      .set(await as(username))
      .send({ targets })
      .expect(status);

  /** The reader waits for older writing transactions of the whole cluster: another test file's can hold an event back a moment. */
  const drainSoon = async () => {
    const projector = t.app.get(CompetencyProjector);
    for (const until = Date.now() + 20_000; Date.now() < until;) {
      const applied = await projector.drain();
      if (applied > 0) return applied;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return 0;
  };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('shows everyone the default of three points in four for every dimension until the department sets its own', async () => {
    const targets = (
      await t.http
        .get('/api/competency/targets')
        .set(await as('staff01'))
        .expect(200)
    ).body;
    expect(targets).toHaveLength(8);
    expect(targets.every((x: { target: number; isDefault: boolean }) => x.target === 0.75 && x.isDefault)).toBe(true);
  });

  it('lets the department manager set a target, and audits the change', async () => {
    const res = await put('manager', [{ dimension: '法律法规', target: 0.8 }], 200);
    expect(res.body.find((x: { dimension: string }) => x.dimension === '法律法规')).toEqual({
      dimension: '法律法规',
      target: 0.8,
      isDefault: false,
    });
    expect(res.body.find((x: { dimension: string }) => x.dimension === '日常业务')).toEqual({
      dimension: '日常业务',
      target: 0.75,
      isDefault: true,
    });
    const [entry] = await t.dataSource.query(
      `SELECT a.details, u.username FROM audit_event a JOIN app_user u ON u.id = a.actor_id WHERE a.action = 'competency.targets_update'`,
    );
    expect(entry).toEqual({ username: 'manager', details: { before: { 法律法规: 0.75 }, after: { 法律法规: 0.8 } } });
    await put(
      'admin',
      [
        { dimension: '法律法规', target: 0.85 },
        { dimension: 'V3系统操作', target: 0.7 },
      ],
      200,
    );
    const targets = (
      await t.http
        .get('/api/competency/targets')
        .set(await as('trainer'))
        .expect(200)
    ).body;
    expect(
      targets
        .filter((x: { isDefault: boolean }) => !x.isDefault)
        .map((x: { dimension: string; target: number }) => [x.dimension, x.target]),
    ).toEqual([
      ['法律法规', 0.85],
      ['V3系统操作', 0.7],
    ]);
  });

  it('refuses a manager of a sub-unit and a trainer', async () => {
    const res = await put('manager-cz', [{ dimension: '法律法规', target: 0.5 }], 403);
    expect(res.body.message).toBe('只有营销部负责人或管理员可以修改能力目标');
    await put('trainer', [{ dimension: '法律法规', target: 0.5 }], 403);
    await put('staff01', [{ dimension: '法律法规', target: 0.5 }], 403);
  });

  it('refuses a target outside 0–1, an unknown dimension and a dimension given twice', async () => {
    await put('manager', [{ dimension: '法律法规', target: 1.5 }], 400);
    await put('manager', [{ dimension: '烹饪', target: 0.5 }], 400);
    await put('manager', [], 400);
    await put(
      'manager',
      [
        { dimension: '法律法规', target: 0.5 },
        { dimension: '法律法规', target: 0.6 },
      ],
      400,
    );
    const targets = (
      await t.http
        .get('/api/competency/targets')
        .set(await as('manager'))
        .expect(200)
    ).body;
    expect(targets.find((x: { dimension: string }) => x.dimension === '法律法规').target).toBe(0.85);
  });

  it('judges levels against the new target at once', async () => {
    const [{ id: userId }] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = 'staff20'`);
    const payload = {
      attemptId: randomUUID(),
      sittingId: randomUUID(),
      sittingTitle: '专项测验',
      userId,
      submittedAt: '2021-03-01T02:00:00Z',
      gradedAt: '2021-03-01T02:00:00Z',
      score: 8,
      maxScore: 10,
      // five items and ten points: the least evidence a level is shown on (decisions §23)
      items: [1, 2, 3, 4, 5].map((slot) => ({
        slot,
        questionId: randomUUID(),
        version: 1,
        dimension: '法律法规',
        fraction: 0.8,
        score: 1.6,
        points: 2,
      })),
    };
    await t.dataSource.query(`INSERT INTO domain_event (type, payload) VALUES ('exam.attempt_graded', $1)`, [JSON.stringify(payload)]);
    expect(await drainSoon()).toBe(1);
    const [{ id: unitId }] = await t.dataSource.query(`SELECT id FROM org_unit WHERE name = '城郊客户服务部'`);
    const read = async () =>
      (
        await t.http
          .get(`/api/competency/units/${unitId}?month=2021-03`)
          .set(await as('manager'))
          .expect(200)
      ).body.dimensions.find((d: { dimension: string }) => d.dimension === '法律法规');
    expect(await read()).toEqual({ dimension: '法律法规', target: 0.85, level: 0.8, assessed: 1, below: 1 });
    await put('manager', [{ dimension: '法律法规', target: 0.8 }], 200);
    expect(await read()).toEqual({ dimension: '法律法规', target: 0.8, level: 0.8, assessed: 1, below: 0 });
  });
});
