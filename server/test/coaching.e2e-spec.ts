import { randomUUID } from 'node:crypto';
import { CompetencyProjector } from '../src/modules/competency/application/competency-projector';
import { createTestApp, TestApp } from './support/test-app';

describe(`coaching (帮扶) (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let projector: CompetencyProjector;
  const ids = new Map<string, string>();
  const units = new Map<string, string>();
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

  /** Ten 日常业务 questions of 2 points, `right` of them right, graded now. */
  const quiz = async (username: string, right: number) => {
    const attemptId = randomUUID();
    const now = new Date().toISOString();
    await t.dataSource.query(`INSERT INTO domain_event (type, payload) VALUES ('exam.attempt_graded', $1)`, [
      JSON.stringify({
        attemptId,
        sittingId: randomUUID(),
        sittingTitle: '日常业务测验',
        counted: [{ attemptId, share: 1 }],
        userId: ids.get(username),
        submittedAt: now,
        gradedAt: now,
        items: Array.from({ length: 10 }, (_, n) => ({ dimension: '日常业务', score: n < right ? 2 : 0, points: 2 })),
      }),
    ]);
    for (let applied = 0, until = Date.now() + 20_000; applied < 1 && Date.now() < until;) {
      applied += await projector.drain();
      if (applied < 1) await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    projector = t.app.get(CompetencyProjector);
    await projector.drain();
    for (const u of await t.dataSource.query<Array<{ id: string; username: string }>>('SELECT id, username FROM app_user'))
      ids.set(u.username, u.id);
    for (const u of await t.dataSource.query<Array<{ id: string; name: string }>>('SELECT id, name FROM org_unit')) units.set(u.name, u.id);
    await quiz('staff01', 4);
    // 有效指导率 this month: 5 of 10 verified cases effective, against a target of 80 %
    await t.dataSource.query(
      `INSERT INTO kpi_ratio (user_id, month, kpi, numerator, denominator)
       VALUES ($1, date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai')::date, 'effective_guidance', 5, 10)
       ON CONFLICT (user_id, month, kpi) DO UPDATE SET numerator = 5, denominator = 10`,
      [ids.get('staff01')],
    );
  });
  afterAll(() => t.close());

  it("shows a customer manager's weakest subject and the KPI below target, and suggests practice on the KPI's subject", async () => {
    const res = (
      await t.http
        .get(`/api/coaching/units/${units.get('城中一组')}/matrix`)
        .set(await as('manager-cz'))
        .expect(200)
    ).body;
    expect(res.unitName).toBe('城中一组');
    const row = res.rows.find((r: { person: { username: string } }) => r.person.username === 'staff01');
    expect(row.weakest[0]).toMatchObject({ dimension: '日常业务', level: 0.4 });
    expect(row.kpisOfConcern).toEqual([expect.objectContaining({ kpi: 'effective_guidance', value: 0.5 })]);
    expect(row.suggestion).toEqual({ kind: 'practice', dimension: '日常业务', reason: 'kpi_subject_below', kpi: 'effective_guidance' });
    expect(res.rows[0].person.username).toBe('staff01');
    expect(row.openActions).toBe(0);
  });

  it('keeps the matrix to managers of the unit: staff 403, another unit 404', async () => {
    await t.http
      .get(`/api/coaching/units/${units.get('城中一组')}/matrix`)
      .set(await as('staff01'))
      .expect(403);
    await t.http
      .get(`/api/coaching/units/${units.get('城中一组')}/matrix`)
      .set(await as('trainer'))
      .expect(403);
    await t.http
      .get(`/api/coaching/units/${units.get('城郊一组')}/matrix`)
      .set(await as('manager-cz'))
      .expect(404);
    await t.http
      .get(`/api/coaching/units/${units.get('城郊一组')}/actions`)
      .set(await as('manager-cz'))
      .expect(404);
  });

  it('says plainly when a subject-against-KPI comparison has too few people to conclude anything', async () => {
    const url = `/api/coaching/units/${units.get('城中一组')}/subject-kpi?dimension=${encodeURIComponent('日常业务')}&kpi=effective_guidance`;
    const res = (
      await t.http
        .get(url)
        .set(await as('manager-cz'))
        .expect(200)
    ).body;
    expect(res).toMatchObject({ dimension: '日常业务', kpi: 'effective_guidance', n: 1, r: null, why: 'too_few', minPeople: 8 });
    expect(res.points).toEqual([
      expect.objectContaining({ level: 0.4, value: 0.5, person: expect.objectContaining({ username: 'staff01' }) }),
    ]);
    await t.http
      .get(url)
      .set(await as('staff01'))
      .expect(403);
    await t.http
      .get(`/api/coaching/units/${units.get('城郊一组')}/subject-kpi?dimension=${encodeURIComponent('日常业务')}&kpi=effective_guidance`)
      .set(await as('manager-cz'))
      .expect(404);
  });

  describe('an action assigned from the matrix', () => {
    let actionId: string;

    it('starts from where the person stands, and shows on their own to-do', async () => {
      const res = await t.http
        .post('/api/coaching/actions')
        .set(await as('manager-cz'))
        .send({
          userId: ids.get('staff01'),
          kind: 'practice',
          dimension: '日常业务',
          kpi: 'effective_guidance',
          dueOn: inTenDays,
          note: '每天练 10 题',
        })
        .expect(201);
      actionId = res.body.id;
      expect(res.body).toMatchObject({
        status: 'open',
        levelBefore: 0.4,
        kpiBefore: 0.5,
        levelMoved: 'same',
        overdue: false,
        note: '每天练 10 题',
      });
      const mine = (
        await t.http
          .get('/api/coaching/mine')
          .set(await as('staff01'))
          .expect(200)
      ).body;
      expect(mine).toEqual([expect.objectContaining({ id: actionId, kind: 'practice', dimension: '日常业务', dueOn: inTenDays })]);
      expect(
        (
          await t.http
            .get('/api/coaching/mine')
            .set(await as('staff02'))
            .expect(200)
        ).body,
      ).toEqual([]);
    });

    it('refuses a person outside the subtree, a practice without a subject and a date already past', async () => {
      const h = await as('manager-cz');
      await t.http
        .post('/api/coaching/actions')
        .set(h)
        .send({ userId: ids.get('staff16'), kind: 'training', dueOn: inTenDays })
        .expect(404);
      const noSubject = await t.http
        .post('/api/coaching/actions')
        .set(h)
        .send({ userId: ids.get('staff01'), kind: 'practice', dueOn: inTenDays })
        .expect(400);
      expect(noSubject.body.code).toBe('coaching.action.dimensionRequired');
      const past = await t.http
        .post('/api/coaching/actions')
        .set(h)
        .send({ userId: ids.get('staff01'), kind: 'training', dueOn: '2020-01-01' })
        .expect(400);
      expect(past.body.code).toBe('coaching.action.duePast');
      await t.http
        .post('/api/coaching/actions')
        .set(await as('staff01'))
        .send({ userId: ids.get('staff01'), kind: 'training', dueOn: inTenDays })
        .expect(403);
    });

    it('shows later whether the subject moved', async () => {
      await quiz('staff01', 10);
      const list = (
        await t.http
          .get(`/api/coaching/units/${units.get('城中客户服务部')}/actions`)
          .set(await as('manager-cz'))
          .expect(200)
      ).body;
      const action = list.find((a: { id: string }) => a.id === actionId);
      // 4 + 10 right of 20 questions over the window
      expect(action).toMatchObject({ levelBefore: 0.4, levelNow: 0.7, levelMoved: 'up', kpiBefore: 0.5, kpiNow: 0.5, kpiMoved: 'same' });
    });

    it('is closed by a manager of the subtree only, and counted as closed', async () => {
      const other = (
        await t.http
          .post('/api/coaching/actions')
          .set(await as('manager'))
          .send({ userId: ids.get('staff16'), kind: 'training', dueOn: inTenDays })
          .expect(201)
      ).body.id;
      await t.http
        .put(`/api/coaching/actions/${other}/close`)
        .set(await as('manager-cz'))
        .expect(404);
      await t.http
        .put(`/api/coaching/actions/${actionId}/close`)
        .set(await as('staff01'))
        .expect(403);
      const closed = (
        await t.http
          .put(`/api/coaching/actions/${actionId}/close`)
          .set(await as('manager-cz'))
          .expect(200)
      ).body;
      expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
      const open = (
        await t.http
          .get(`/api/coaching/units/${units.get('城中一组')}/actions?status=open`)
          .set(await as('manager-cz'))
          .expect(200)
      ).body;
      expect(open.map((a: { id: string }) => a.id)).not.toContain(actionId);
      const done = (
        await t.http
          .get(`/api/coaching/units/${units.get('城中一组')}/actions?status=closed`)
          .set(await as('manager-cz'))
          .expect(200)
      ).body;
      expect(done.map((a: { id: string }) => a.id)).toContain(actionId);
      expect(
        (
          await t.http
            .get('/api/coaching/mine')
            .set(await as('staff01'))
            .expect(200)
        ).body,
      ).toEqual([]);
    });
  });
});
