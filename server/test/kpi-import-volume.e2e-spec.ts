import { addMonths, monthLabel, monthOf } from '../src/platform/calendar/month';
import { createTestApp, TestApp } from './support/test-app';

const KPIS = ['经营指导面', '有效指导率', '知晓率', '自主提报率', '信息覆盖率', '总量提前用完占比', '总量使用偏少占比', '单条价'];
const LAST = addMonths(monthOf(new Date()), -1);

/** `count` rows of ratios for staff01–30, every KPI of every month going back from last month. */
function ratiosCsv(count: number): Buffer {
  const lines = ['用户名,月份,指标,分子,分母,核实的指导次数'];
  for (let i = 0; lines.length <= count; i++) {
    const month = monthLabel(addMonths(LAST, -Math.floor(i / (30 * KPIS.length))));
    const staff = `staff${String((Math.floor(i / KPIS.length) % 30) + 1).padStart(2, '0')}`;
    const kpi = KPIS[i % KPIS.length];
    lines.push(
      kpi === '单条价'
        ? `${staff},${month},${kpi},${21000 + (i % 500)}.50,100,`
        : `${staff},${month},${kpi},${60 + (i % 40)},${110 + (i % 30)},${kpi === '有效指导率' ? 100 : ''}`,
    );
  }
  return Buffer.from(lines.join('\n'));
}

describe(`a large KPI import (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let manager: { Authorization: string };

  beforeAll(async () => {
    t = await createTestApp();
    manager = { Authorization: `Bearer ${await t.tokenFor('manager')}` };
  });
  afterAll(() => t.close());

  it('imports 50,000 rows in one go within seconds, and replaces them all on a second import', async () => {
    const file = ratiosCsv(50_000);
    let started = Date.now();
    const first = await t.http.post('/api/kpi/imports?kind=ratios').set(manager).attach('file', file, 'history.csv');
    const firstSeconds = (Date.now() - started) / 1000;
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ rows: 50_000, people: 30, created: 50_000, replaced: 0 });
    expect(first.body.months).toHaveLength(209);
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM kpi_ratio'))[0].n)).toBe(50_000);

    started = Date.now();
    const again = await t.http.post('/api/kpi/imports?kind=ratios').set(manager).attach('file', file, 'history.csv');
    expect(again.body).toMatchObject({ created: 0, replaced: 50_000 });
    console.log(
      `50,000 rows: first import ${firstSeconds.toFixed(1)} s, re-import ${((Date.now() - started) / 1000).toFixed(1)} s (${process.env.KAOPING_TEST_ENGINE})`,
    );
    expect(firstSeconds).toBeLessThan(30);
  });

  it('refuses a file of more than 50,000 rows and asks for it in parts', async () => {
    const res = await t.http.post('/api/kpi/imports?kind=ratios').set(manager).attach('file', ratiosCsv(50_001), 'too-many.csv');
    expect(res.status).toBe(413);
    expect(res.body.message).toContain('一次最多导入 50000 行');
  });
});
