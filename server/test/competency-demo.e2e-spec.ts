import { seedDemoCompetency } from '../src/demo/demo-competency';
import { createTestApp, TestApp } from './support/test-app';

describe(`the demo competency record (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let written: number;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const now = new Date('2026-11-15T10:00:00+08:00');

  beforeAll(async () => {
    t = await createTestApp();
    written = await t.dataSource.transaction((manager) => seedDemoCompetency(manager, now));
  });
  afterAll(() => t.close());

  it('gives every demo staff member monthly quizzes over the six months before this one', async () => {
    const rows = await t.dataSource.query<Array<{ username: string; months: number; first: string; last: string; titles: string[] }>>(
      `SELECT u.username, count(DISTINCT e.month)::int AS months, min(e.month)::text AS first, max(e.month)::text AS last, array_agg(DISTINCT e.source_title) AS titles
         FROM competency_evidence e JOIN app_user u ON u.id = e.user_id GROUP BY u.username ORDER BY u.username`,
    );
    expect(rows).toHaveLength(30);
    expect(written).toBe(rows.reduce((n, r) => n + r.months * 8, 0));
    expect(rows.every((r) => r.months >= 4 && r.first >= '2026-05-01' && r.last <= '2026-10-01')).toBe(true);
    expect(rows.flatMap((r) => r.titles)).toContain('2026年6月 月度业务测验');
    const [{ ids }] = await t.dataSource.query(
      `SELECT array_agg(DISTINCT source_id) AS ids FROM competency_evidence WHERE source_id LIKE 'demo-2026-06-%'`,
    );
    expect(ids).toContain('demo-2026-06-staff01');
  });

  it('is the same every time it is seeded', async () => {
    const before = await t.dataSource.query(`SELECT source_id, dimension, points FROM competency_evidence ORDER BY source_id, dimension`);
    await t.dataSource.query('DELETE FROM competency_evidence');
    await t.dataSource.transaction((manager) => seedDemoCompetency(manager, now));
    expect(await t.dataSource.query(`SELECT source_id, dimension, points FROM competency_evidence ORDER BY source_id, dimension`)).toEqual(
      before,
    );
  });

  it('gives the department overview differences between people and dimensions below target', async () => {
    const [{ id: dept }] = await t.dataSource.query(`SELECT id FROM org_unit WHERE name = '营销部'`);
    const res = (
      await t.http
        .get(`/api/competency/units/${dept}?month=2026-10&pageSize=30`)
        .set(await as('manager'))
        .expect(200)
    ).body;
    expect(res.people).toBe(30);
    // a subject the monthly quiz asks one question of has three in the window: 证据不足 for everyone, no level
    const thin = ['社交礼仪与沟通', '市场分析与预测'];
    for (const d of res.dimensions as Array<{ dimension: string; assessed: number; level: number | null }>) {
      if (thin.includes(d.dimension)) expect(d).toMatchObject({ assessed: 0, level: null });
      else expect(d.assessed).toBeGreaterThan(20);
    }
    expect(res.dimensions.some((d: { below: number }) => d.below > 5)).toBe(true);
    const gaps = res.page.map((p: { gaps: number }) => p.gaps);
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(3);
    expect(Math.min(...gaps)).toBeLessThanOrEqual(1);
    const [first] = res.page;
    const record = (
      await t.http
        .get(`/api/competency/people/${first.userId}?month=2026-10&months=6`)
        .set(await as('manager'))
        .expect(200)
    ).body;
    expect(
      record.history.filter((h: { dimensions: Array<{ status: string }> }) => h.dimensions.some((d) => d.status !== 'no_evidence')).length,
    ).toBeGreaterThanOrEqual(4);
    expect(record.recentEvidence).toHaveLength(20);
  });
});
