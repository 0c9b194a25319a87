import { seedDemoKpis } from '../src/demo/demo-kpi';
import { addMonths, monthLabel, monthOf } from '../src/platform/calendar/month';
import { createTestApp, TestApp } from './support/test-app';

describe(`demo KPI figures (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives every demo customer manager six months of plausible figures, with last year to compare price per carton', async () => {
    const now = new Date();
    expect(await seedDemoKpis(t.dataSource.manager, now)).toEqual({ ratios: 30 * 12 * 11, forecasts: 30 * 6 * 5 });
    const admin = { Authorization: `Bearer ${await t.tokenFor('admin')}` };
    const [dept] = await t.dataSource.query<Array<{ id: string }>>(`SELECT id FROM org_unit WHERE parent_id IS NULL`);
    const month = monthLabel(addMonths(monthOf(now), -1));
    const unit = (await t.http.get(`/api/kpi/units/${dept.id}?month=${month}`).set(admin).expect(200)).body;
    const kpi = (code: string) => unit.kpis.find((k: { kpi: string }) => k.kpi === code);
    expect(unit.people).toBe(30);
    expect(unit.kpis.every((k: { reported: number }) => k.reported === 30)).toBe(true);
    expect(kpi('guidance_coverage').value).toBeGreaterThan(0.5);
    expect(kpi('guidance_coverage').value).toBeLessThan(0.8);
    expect(kpi('effective_guidance').value).toBeGreaterThan(0.7);
    expect(kpi('price_per_carton').value).toBeGreaterThan(180);
    expect(kpi('price_per_carton').value).toBeLessThan(260);
    expect(kpi('price_per_carton')).toMatchObject({ status: 'met' });
    expect(kpi('sales_volume')).toMatchObject({ status: 'met' });
    // some people sold fewer cartons than a year ago: their price rise does not count
    expect(kpi('sales_volume').met).toBeLessThan(30);
    expect(kpi('price_per_carton').met).toBeLessThanOrEqual(kpi('sales_volume').met);
    expect(kpi('forecast_accuracy').value).toBeGreaterThan(0.8);
    expect(kpi('quota_underused')).toMatchObject({ status: 'info', met: 0 });
    expect(kpi('guidance_coverage')).toMatchObject({ status: 'info' });
    expect(kpi('personal_service').value).toBeGreaterThan(0.4);
    expect(kpi('personal_service').value).toBeLessThan(0.9);
    // the year to date against the pace to 60 %: some ahead, some behind
    expect(kpi('guidance_coverage_ytd').met).toBeGreaterThan(0);
    expect(kpi('guidance_coverage_ytd').met).toBeLessThan(30);
    expect(kpi('month_start_surge').value).toBeGreaterThan(0.3);
    expect(kpi('month_start_surge').value).toBeLessThan(0.5);

    const staff01 = (await t.dataSource.query<Array<{ id: string }>>(`SELECT id FROM app_user WHERE username = 'staff01'`))[0].id;
    const history = (await t.http.get(`/api/kpi/people/${staff01}?months=6`).set(admin).expect(200)).body.months;
    expect(history.map((m: { values: Array<{ status: string }> }) => m.values.filter((v) => v.status === 'no_data').length)).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
    expect(history[5].forecast.brands.filter((b: { keyBrand: boolean }) => b.keyBrand)).toHaveLength(3);
  });

  it('writes the same figures on every run', async () => {
    const digest = () =>
      t.dataSource.query(
        `SELECT md5(string_agg(concat_ws(',', u.username, r.month, r.kpi, r.numerator, r.denominator), ';' ORDER BY u.username, r.month, r.kpi)) AS d FROM kpi_ratio r JOIN app_user u ON u.id = r.user_id`,
      );
    const before = await digest();
    await t.dataSource.query('DELETE FROM kpi_ratio');
    await t.dataSource.query('DELETE FROM kpi_forecast');
    await seedDemoKpis(t.dataSource.manager, new Date());
    expect(await digest()).toEqual(before);
  });
});
