import { Client } from 'pg';
import { COMPETENCY_DIMENSIONS } from '../modules/competency/domain/competency-dimensions';
import { CURRENT_WINDOW_MONTHS } from '../modules/competency/domain/competency-level';
import { RATIO_KPIS } from '../modules/kpi/domain/kpi-definitions';

export interface DashboardManager {
  username: string;
  unitId: string;
  /** Staff ids inside the manager's scope, for the person pages. */
  staffIds: string[];
}

export interface DashboardWorld {
  people: number;
  months: number;
  evidenceRows: number;
  kpiRows: number;
  seedSeconds: number;
  managers: DashboardManager[];
}

const CENTRES = 5;
const TEAMS_PER_CENTRE = 10;
const BRANDS = [
  ['中华(硬)', true],
  ['利群(新版)', true],
  ['云烟(紫)', true],
  ['红塔山(经典)', false],
  ['地方品牌', false],
] as const;

/**
 * The manager-dashboard world: `people` customer managers in 5 service departments × 10 teams, each
 * with `years` of monthly history — one graded quiz a month in every competency dimension, every
 * ratio KPI, and forecasts for five brands — written set-based straight into the database before
 * the server starts. One department-level manager and one per service department browse it.
 */
export async function seedDashboardData(url: string, people: number, years: number, passwordHash: string): Promise<DashboardWorld> {
  const started = Date.now();
  const months = years * 12;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const [root] = (await client.query(`SELECT id, path FROM org_unit WHERE parent_id IS NULL LIMIT 1`)).rows as Array<{
      id: string;
      path: string;
    }>;
    const centres = (
      await client.query(
        `INSERT INTO org_unit (name, parent_id, path) SELECT '档案压测服务部' || c, $1, '' FROM generate_series(1, $2) c RETURNING id`,
        [root.id, CENTRES],
      )
    ).rows as Array<{ id: string }>;
    await client.query(`UPDATE org_unit SET path = $2 || id || '/' WHERE id = ANY($1::uuid[])`, [centres.map((c) => c.id), root.path]);
    const teams: Array<{ id: string; centre: string }> = [];
    for (const [i, centre] of centres.entries()) {
      const rows = (
        await client.query(
          `INSERT INTO org_unit (name, parent_id, path) SELECT '档案压测' || $3 || '-' || t || '组', $1, '' FROM generate_series(1, $2) t RETURNING id`,
          [centre.id, TEAMS_PER_CENTRE, i + 1],
        )
      ).rows as Array<{ id: string }>;
      await client.query(`UPDATE org_unit SET path = (SELECT path FROM org_unit WHERE id = $2) || id || '/' WHERE id = ANY($1::uuid[])`, [
        rows.map((r) => r.id),
        centre.id,
      ]);
      teams.push(...rows.map((r) => ({ id: r.id, centre: centre.id })));
    }
    const staff = (
      await client.query(
        `INSERT INTO app_user (username, display_name, password_hash, roles, unit_id)
         SELECT 'dash' || lpad(g::text, 5, '0'), '档案人员' || g, $1, '{staff}', ($2::uuid[])[1 + (g - 1) % $4] FROM generate_series(1, $3) g
         RETURNING id, unit_id AS "unitId"`,
        [passwordHash, teams.map((t) => t.id), people, teams.length],
      )
    ).rows as Array<{ id: string; unitId: string }>;
    const managerUnits = [root.id, ...centres.map((c) => c.id)];
    await client.query(
      `INSERT INTO app_user (username, display_name, password_hash, roles, unit_id)
       SELECT 'dashmgr' || (i - 1), '档案压测经理' || (i - 1), $1, '{manager}', u FROM unnest($2::uuid[]) WITH ORDINALITY AS m(u, i)`,
      [passwordHash, managerUnits],
    );
    // month 0 is the current month (China Standard Time), month n is n months before it
    const monthExpr = `(date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - make_interval(months => m))::date`;
    const ids = staff.map((s) => s.id);
    const evidence = await client.query(
      `INSERT INTO competency_evidence (user_id, source_kind, source_id, source_title, dimension, occurred_at, recorded_at, month, points, max_points, items)
       SELECT u, 'exam', 'dash-' || m || '-' || u, '压测月度测验', d, ${monthExpr} + interval '10 days', ${monthExpr} + interval '10 days', ${monthExpr},
              round((12 * (0.35 + 0.65 * random()))::numeric, 1), 12, 6
         FROM unnest($1::uuid[]) u CROSS JOIN generate_series(0, $2 - 1) m CROSS JOIN unnest($3::text[]) d`,
      [ids, months, [...COMPETENCY_DIMENSIONS]],
    );
    // the projector keeps, per person, dimension and month, the sums over the current-level window
    await client.query(
      `INSERT INTO competency_window (month, user_id, dimension, points, max_points, items)
       SELECT (e.month + make_interval(months => k))::date, e.user_id, e.dimension, sum(e.points), sum(e.max_points), sum(e.items)
         FROM competency_evidence e CROSS JOIN generate_series(0, $2 - 1) k
        WHERE e.user_id = ANY($1::uuid[])
        GROUP BY 1, 2, 3`,
      [ids, CURRENT_WINDOW_MONTHS],
    );
    const ratios = await client.query(
      `INSERT INTO kpi_ratio (user_id, month, kpi, numerator, denominator)
       SELECT u, ${monthExpr}, k, round(den * CASE WHEN k = 'price_per_carton' THEN 180 + 80 * random() WHEN k LIKE 'quota%' THEN 0.02 + 0.2 * random() ELSE 0.35 + 0.6 * random() END), den
         FROM unnest($1::uuid[]) u CROSS JOIN generate_series(0, $2 - 1) m CROSS JOIN unnest($3::text[]) k
         CROSS JOIN LATERAL (SELECT CASE WHEN k = 'price_per_carton' THEN 2000 + round(2000 * random()) ELSE 80 + round(60 * random()) END AS den) d`,
      [ids, months, [...RATIO_KPIS]],
    );
    const forecasts = await client.query(
      `INSERT INTO kpi_forecast (user_id, month, brand, key_brand, forecast, actual)
       SELECT u, ${monthExpr}, b.brand, b.key_brand, round(a * (0.7 + 0.6 * random())), a
         FROM unnest($1::uuid[]) u CROSS JOIN generate_series(0, $2 - 1) m
         CROSS JOIN unnest($3::text[], $4::boolean[]) AS b(brand, key_brand)
         CROSS JOIN LATERAL (SELECT 20 + round(200 * random()) AS a) v`,
      [ids, months, BRANDS.map((b) => b[0]), BRANDS.map((b) => b[1])],
    );
    await client.query('COMMIT');
    // as autovacuum would before anyone looked: the overviews' index-only scans need a current visibility map
    await client.query('VACUUM ANALYZE');
    const byUnit = new Map<string, string>(teams.map((t) => [t.id, t.centre]));
    const managers: DashboardManager[] = managerUnits.map((unitId, i) => ({
      username: `dashmgr${i}`,
      unitId,
      staffIds: i === 0 ? ids : staff.filter((s) => byUnit.get(s.unitId) === unitId).map((s) => s.id),
    }));
    return {
      people,
      months,
      evidenceRows: evidence.rowCount ?? 0,
      kpiRows: (ratios.rowCount ?? 0) + (forecasts.rowCount ?? 0),
      seedSeconds: Math.round((Date.now() - started) / 100) / 10,
      managers,
    };
  } finally {
    await client.end();
  }
}
