import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { addMonths, monthLabel, monthOf } from '../src/platform/calendar/month';
import { createTestApp, TestApp } from './support/test-app';

const RATIO_HEADERS = ['用户名', '月份', '指标', '分子', '分母', '核实的指导次数'];
const FORECAST_HEADERS = ['用户名', '月份', '品牌', '全国重点品牌', '预测量', '实际量'];

// Last month and the same month a year before it: both complete, both importable.
const M = monthLabel(addMonths(monthOf(new Date()), -1));
const LY = monthLabel(addMonths(`${M}-01`, -12));

type Row = Array<string | number | Date>;

async function workbook(headers: string[], rows: Row[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('数据');
  sheet.addRow(headers);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

function csvText(headers: string[], rows: Row[]): string {
  return [headers, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}

const binary = (res: import('superagent').Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

interface KpiValue {
  kpi: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  target: number | null;
  status: string;
}

const valueOf = (values: KpiValue[], kpi: string) => values.find((v) => v.kpi === kpi)!;

describe(`field KPIs (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const ids: Record<string, string> = {};
  const units: Record<string, string> = {};
  const upload = async (username: string, kind: string, file: Buffer, name: string, dryRun = false) =>
    t.http
      .post(`/api/kpi/imports?kind=${kind}${dryRun ? '&dryRun=true' : ''}`)
      .set(await as(username))
      .attach('file', file, name);
  const person = async (viewer: string, username: string, query = `?month=${M}&months=13`) =>
    t.http.get(`/api/kpi/people/${ids[username]}${query}`).set(await as(viewer));
  const lastMonthOf = async (username: string) => {
    const res = await person('manager', username);
    expect(res.status).toBe(200);
    return res.body.months.at(-1) as {
      month: string;
      values: KpiValue[];
      forecast: { total: number | null; keyBrands: number | null; newBrands: number | null; brands: unknown[] };
    };
  };
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of await t.dataSource.query<Array<{ id: string; username: string }>>('SELECT id, username FROM app_user'))
      ids[u.username] = u.id;
    for (const u of await t.dataSource.query<Array<{ id: string; name: string }>>('SELECT id, name FROM org_unit')) units[u.name] = u.id;
  });
  afterAll(() => t.close());

  describe('importing ratios', () => {
    const file = () =>
      workbook(RATIO_HEADERS, [
        ['staff01', M, '经营指导面', 66, 110],
        ['staff01', M, 'effective_guidance', 70, 120, 100],
        ['staff01', M, '单条价', 23100, 100],
        ['staff01', LY, '单条价', 22000, 100],
        ['staff02', M, '经营指导面', 50, 100],
        ['staff02', M, '单条价', 19800, 100],
        ['staff02', LY, '单条价', 21000, 100],
        ['staff16', M, '经营指导面', 90, 100],
      ]);

    it('previews a clean workbook on a dry run without writing anything', async () => {
      const before = await count('kpi_ratio');
      const res = await upload('manager', 'ratios', await file(), 'figures.xlsx', true);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ dryRun: true, rows: 8, people: 3, months: [LY, M], created: 8, replaced: 0 });
      expect(await count('kpi_ratio')).toBe(before);
    });

    it('imports the workbook and shows each person the rates and statuses the plan defines', async () => {
      const res = await upload('manager', 'ratios', await file(), 'figures.xlsx');
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ dryRun: false, rows: 8, people: 3, months: [LY, M], created: 8, replaced: 0 });

      const month = await lastMonthOf('staff01');
      expect(month.month).toBe(M);
      expect(month.values.map((v) => v.kpi)).toEqual([
        'guidance_coverage',
        'guidance_coverage_ytd',
        'effective_guidance',
        'awareness',
        'self_reported_orders',
        'push_coverage',
        'quota_exhausted',
        'quota_underused',
        'month_start_surge',
        'personal_service',
        'price_per_carton',
        'sales_volume',
        'forecast_accuracy',
      ]);
      expect(valueOf(month.values, 'guidance_coverage')).toEqual({
        kpi: 'guidance_coverage',
        numerator: 66,
        denominator: 110,
        value: 0.6,
        target: null,
        status: 'info',
      });
      expect(valueOf(month.values, 'effective_guidance')).toMatchObject({
        numerator: 70,
        denominator: 100,
        value: 0.7,
        target: 0.8,
        status: 'missed',
      });
      expect(valueOf(month.values, 'awareness')).toEqual({
        kpi: 'awareness',
        numerator: null,
        denominator: null,
        value: null,
        target: null,
        status: 'no_data',
      });
      expect(valueOf(month.values, 'forecast_accuracy').status).toBe('no_data');
    });

    it('judges price per carton against the same month of last year', async () => {
      const rising = await lastMonthOf('staff01');
      expect(valueOf(rising.values, 'price_per_carton')).toMatchObject({ value: 231, target: 220, status: 'met' });
      const falling = await lastMonthOf('staff02');
      expect(valueOf(falling.values, 'price_per_carton')).toMatchObject({ value: 198, target: 210, status: 'missed' });
      const history = (await person('manager', 'staff01')).body.months as Array<{ month: string; values: KpiValue[] }>;
      expect(history).toHaveLength(13);
      expect(history[0].month).toBe(LY);
      expect(valueOf(history[0].values, 'price_per_carton')).toMatchObject({ value: 220, target: null, status: 'no_target' });
    });

    it('replaces an earlier import of the same person, month and KPI, counting created and replaced', async () => {
      const res = await upload(
        'manager',
        'ratios',
        await workbook(RATIO_HEADERS, [
          ['staff01', M, '有效指导率', 85, 120, 100],
          ['staff01', M, '知晓率', 40, 50],
        ]),
        'again.xlsx',
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ rows: 2, created: 1, replaced: 1 });
      const month = await lastMonthOf('staff01');
      expect(valueOf(month.values, 'effective_guidance')).toMatchObject({ numerator: 85, value: 0.85, status: 'met' });
      expect(valueOf(month.values, 'awareness')).toMatchObject({ value: 0.8, status: 'no_target' });
    });

    it('judges 有效指导率 on the cases a market manager verified, and refuses an old file without that count, naming the column', async () => {
      const old = await upload(
        'manager',
        'ratios',
        await workbook(
          ['用户名', '月份', '指标', '分子', '分母'],
          [
            ['staff05', M, '经营指导面', 60, 100],
            ['staff05', M, '有效指导率', 30, 100],
          ],
        ),
        'old.xlsx',
      );
      expect(old.status).toBe(422);
      expect(old.body.details.errors).toEqual([
        {
          row: 3,
          field: '核实的指导次数',
          code: 'kpi.row.verifiedColumnMissing',
          params: { column: '核实的指导次数' },
          message: expect.stringContaining('有效指导率须填写「核实的指导次数」列'),
        },
      ]);
      // 24 of 30 verified cases effective: 80 %, though 100 cases were given and 70 of them never checked
      expect(
        (await upload('manager', 'ratios', await workbook(RATIO_HEADERS, [['staff05', M, '有效指导率', 24, 100, 30]]), 'new.xlsx')).status,
      ).toBe(201);
      expect(valueOf((await lastMonthOf('staff05')).values, 'effective_guidance')).toMatchObject({
        numerator: 24,
        denominator: 30,
        value: 0.8,
        status: 'met',
      });
      expect(
        (await upload('manager', 'ratios', await workbook(RATIO_HEADERS, [['staff05', M, '有效指导率', 0, 100, 0]]), 'none.xlsx')).status,
      ).toBe(201);
      expect(valueOf((await lastMonthOf('staff05')).values, 'effective_guidance')).toMatchObject({
        numerator: 0,
        denominator: 0,
        value: null,
        status: 'no_data',
      });
      await t.dataSource.query(`DELETE FROM kpi_ratio WHERE user_id = $1`, [ids.staff05]);
    });

    it('reads a month that Excel turned into a date', async () => {
      const [year, month] = M.split('-').map(Number);
      const res = await upload(
        'manager',
        'ratios',
        await workbook(RATIO_HEADERS, [['staff05', new Date(Date.UTC(year, month - 1, 1)), '知晓率', 30, 40]]),
        'dates.xlsx',
        true,
      );
      expect(res.status).toBe(201);
      expect(res.body.months).toEqual([M]);
    });

    it('rejects a file with one bad row as a whole, listing the row and column, and writes nothing', async () => {
      const before = await t.dataSource.query('SELECT * FROM kpi_ratio ORDER BY user_id, month, kpi');
      const res = await upload(
        'manager',
        'ratios',
        await workbook(RATIO_HEADERS, [
          ['staff03', M, '经营指导面', 60, 100],
          ['staff04', M, '经营指导面', 60, 0],
          ['staff01', M, '有效指导率', 10, 100, 50],
        ]),
        'bad.xlsx',
      );
      expect(res.status).toBe(422);
      expect(res.body.message).toBe('导入失败：共 1 处错误，未写入任何数据');
      expect(res.body.details.errors).toEqual([
        { row: 3, field: '分母', code: 'kpi.row.denominatorZero', message: '第 3 行 分母：须为大于 0 的数字' },
      ]);
      expect(await t.dataSource.query('SELECT * FROM kpi_ratio ORDER BY user_id, month, kpi')).toEqual(before);
    });

    it('lists every problem of a sheet, duplicates naming both rows', async () => {
      const res = await upload(
        'manager',
        'ratios',
        await workbook(RATIO_HEADERS, [
          ['staff03', M, '经营指导面', 60, 100],
          ['staff03', M, 'guidance_coverage', 61, 100],
          ['staff03', '下个月', '满意度', 120, 100],
          ['staff03', M, '有效指导率', 120, 100, 100],
        ]),
        'bad.xlsx',
      );
      expect(res.status).toBe(422);
      expect(res.body.details.errors).toEqual([
        {
          row: 3,
          field: '指标',
          code: 'kpi.row.ratioRepeated',
          params: { first: 2 },
          message: '第 3 行 指标：与第 2 行重复（同一用户名、月份和指标只能有一行）',
        },
        {
          row: 4,
          field: '月份',
          code: 'kpi.row.notAMonth',
          params: { text: '下个月' },
          message: expect.stringContaining('「下个月」不是月份'),
        },
        {
          row: 4,
          field: '指标',
          code: 'kpi.row.kpiUnknown',
          params: expect.objectContaining({ text: '满意度' }),
          message: expect.stringContaining('无法识别「满意度」'),
        },
        {
          row: 5,
          field: '分子',
          code: 'kpi.row.shareOverWhole',
          params: { kpi: '有效指导率', numerator: 120, denominator: 100 },
          message: '第 5 行 分子：有效指导率是占比，分子（120）不能大于分母（100）',
        },
      ]);
    });

    it('names the missing columns, and spots a forecasts sheet sent as ratios', async () => {
      const wrong = await upload('manager', 'ratios', await workbook(['姓名', '月份', '数值'], [['张三', M, 1]]), 'wrong.xlsx');
      expect(wrong.status).toBe(422);
      expect(wrong.body.message).toBe('表头缺少列：用户名、指标、分子、分母（请使用下载的模板）');
      const swapped = await upload(
        'manager',
        'ratios',
        await workbook(FORECAST_HEADERS, [['staff03', M, '中华(硬)', '是', 90, 100]]),
        'forecasts.xlsx',
      );
      expect(swapped.status).toBe(422);
      expect(swapped.body.message).toContain('这像是预测数据表格');
    });

    it('refuses what is neither a workbook nor a CSV with a reason', async () => {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
      const cases: Array<[Buffer, string, RegExp]> = [
        [png, 'photo.png', /只能导入 \.xlsx 或 \.csv 文件/],
        [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls', /旧版 Excel/],
        [Buffer.from('用户名,月份\n'), 'renamed.xlsx', /不是 Excel 工作簿/],
      ];
      for (const [file, name, message] of cases) {
        const res = await upload('manager', 'ratios', file, name);
        expect([name, res.status]).toEqual([name, 400]);
        expect(res.body.message).toMatch(message);
      }
    });
  });

  describe('importing forecasts from CSV', () => {
    const rows: Row[] = [
      ['staff03', M, '中华(硬)', '是', 90, 100],
      ['staff03', M, '利群(新版)', 'Y', 300, 300],
      ['staff03', M, '地方品牌', '', 50, 100],
    ];

    it('reads UTF-8 with a BOM and weights the total accuracy by actual volume', async () => {
      const res = await upload('manager', 'forecasts', Buffer.from(`\uFEFF${csvText(FORECAST_HEADERS, rows)}`, 'utf8'), 'forecasts.csv');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ rows: 3, people: 1, months: [M], created: 3, replaced: 0 });
      const month = await lastMonthOf('staff03');
      expect(month.forecast.total).toBeCloseTo((100 * 0.9 + 300 * 1 + 100 * 0.5) / 500);
      expect(month.forecast.keyBrands).toBeCloseTo((100 * 0.9 + 300 * 1) / 400);
      expect(month.forecast.brands).toEqual(
        expect.arrayContaining([{ brand: '地方品牌', keyBrand: false, newBrand: false, forecast: 50, actual: 100, accuracy: 0.5 }]),
      );
      // the headline is 准确量 ÷ 实际量 over the key brands (90 + 300 of 400), not Σ forecast ÷ Σ actual (440 / 500 = 88 %)
      expect(valueOf(month.values, 'forecast_accuracy')).toMatchObject({
        numerator: 390,
        denominator: 400,
        value: expect.closeTo(0.975),
        status: 'no_target',
      });
    });

    it('reads the same sheet saved by Chinese Windows Excel (GBK) and replaces the figures', async () => {
      const gbk = iconv.encode(csvText(FORECAST_HEADERS, [...rows.slice(0, 2), ['staff04', M, '黄山(红)', '否', 80, 100]]), 'gbk');
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
      const res = await upload('manager', 'forecasts', gbk, '预测.csv');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ rows: 3, people: 2, created: 1, replaced: 2 });
      const month = await lastMonthOf('staff04');
      expect(month.forecast.brands).toEqual([
        { brand: '黄山(红)', keyBrand: false, newBrand: false, forecast: 80, actual: 100, accuracy: expect.closeTo(0.8) },
      ]);
    });

    it('needs an actual volume above zero', async () => {
      const res = await upload(
        'manager',
        'forecasts',
        Buffer.from(csvText(FORECAST_HEADERS, [['staff05', M, '中华(硬)', '是', 10, 0]])),
        'zero.csv',
      );
      expect(res.status).toBe(422);
      expect(res.body.details.errors).toEqual([
        { row: 2, field: '实际量', code: 'kpi.row.actualZero', message: expect.stringContaining('须为大于 0 的数字') },
      ]);
    });
  });

  describe('scope', () => {
    it('does not let the 城中 manager write figures for 城郊 staff, nor say whether they exist', async () => {
      const res = await upload(
        'manager-cz',
        'ratios',
        await workbook(RATIO_HEADERS, [
          ['staff05', M, '经营指导面', 60, 100],
          ['staff16', M, '经营指导面', 60, 100],
          ['nobody', M, '经营指导面', 60, 100],
        ]),
        'cz.xlsx',
      );
      expect(res.status).toBe(422);
      expect(res.body.details.errors).toEqual([
        {
          row: 3,
          field: '用户名',
          code: 'kpi.row.userUnknown',
          params: { username: 'staff16' },
          message: '第 3 行 用户名：用户 staff16 不存在或不在您的管理范围内',
        },
        {
          row: 4,
          field: '用户名',
          code: 'kpi.row.userUnknown',
          params: { username: 'nobody' },
          message: '第 4 行 用户名：用户 nobody 不存在或不在您的管理范围内',
        },
      ]);
    });

    it('shows staff their own KPIs and answers 404 for a colleague', async () => {
      expect((await person('staff01', 'staff01')).status).toBe(200);
      const colleague = await person('staff01', 'staff02');
      expect(colleague.status).toBe(404);
      expect(colleague.body.message).toBe('人员不存在或不在您的管理范围内');
    });

    it('hides 城郊 people and units from the 城中 manager as if they did not exist', async () => {
      expect((await person('manager-cz', 'staff05')).status).toBe(200);
      expect((await person('manager-cz', 'staff16')).status).toBe(404);
      expect((await person('manager-cz', 'manager')).status).toBe(404);
      expect((await t.http.get(`/api/kpi/units/${units['城郊客户服务部']}?month=${M}`).set(await as('manager-cz'))).status).toBe(404);
      expect((await t.http.get(`/api/kpi/units/${units['城郊客户服务部']}/export?month=${M}`).set(await as('manager-cz'))).status).toBe(
        404,
      );
      expect((await t.http.get(`/api/kpi/units/${units['城中客户服务部']}?month=${M}`).set(await as('staff01'))).status).toBe(403);
    });

    it('lets the department trainer see anyone', async () => {
      expect((await person('trainer', 'staff16')).status).toBe(200);
    });
  });

  describe('a unit’s month', () => {
    it('pools each KPI over the subtree as Σ numerators / Σ denominators and counts who reported and met it', async () => {
      const res = await t.http.get(`/api/kpi/units/${units['城中客户服务部']}?month=${M}`).set(await as('manager-cz'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ unitId: units['城中客户服务部'], unitName: '城中客户服务部', month: M, people: 15, total: 15 });
      const kpi = (code: string) => res.body.kpis.find((k: { kpi: string }) => k.kpi === code);
      // staff01 66/110 and staff02 50/100 (staff16 of 城郊 is not in this subtree)
      expect(kpi('guidance_coverage')).toEqual({
        kpi: 'guidance_coverage',
        numerator: 116,
        denominator: 210,
        value: expect.closeTo(116 / 210),
        target: null,
        status: 'info',
        reported: 2,
        met: 0,
      });
      // 231 and 198 a carton on 100 cartons each, against 220 and 210 a year before
      expect(kpi('price_per_carton')).toMatchObject({
        value: expect.closeTo(214.5),
        target: expect.closeTo(215),
        status: 'missed',
        reported: 2,
        met: 1,
      });
      // staff03: key brands 中华 90 of 100 right and 利群 300 of 300 (地方品牌 is not a key brand); staff04 has no key brand — weighted by actual volume
      expect(kpi('forecast_accuracy')).toMatchObject({ numerator: 390, denominator: 400, value: expect.closeTo(390 / 400), reported: 1 });
    });

    it('judges 经营指导面 on the year to date against the pace to 60 % by December, beside the month’s own figure, from January on', async () => {
      const Y = Number(M.slice(0, 4)) - 1;
      expect(
        (
          await upload(
            'manager',
            'ratios',
            await workbook(RATIO_HEADERS, [
              ['staff25', `${Y}-03`, '经营指导面（本年累计）', 20, 100], // pace by March: 15 %
              ['staff25', `${Y}-03`, '经营指导面', 12, 100],
              ['staff25', `${Y}-12`, 'guidance_coverage_ytd', 59, 100], // December needs the full 60 %
              ['staff25', `${Y + 1}-01`, '本年经营指导面', 6, 100], // a new year: 5 % by January
              ['staff26', `${Y}-12`, 'guidance_coverage_ytd', 61, 100],
            ]),
            'ytd.xlsx',
          )
        ).status,
      ).toBe(201);
      const judged = async (month: string) => {
        const unit = (
          await t.http
            .get(`/api/kpi/units/${units['城郊客户服务部']}?month=${month}&pageSize=200`)
            .set(await as('admin'))
            .expect(200)
        ).body;
        const row = (unit.page as Array<{ username: string; values: KpiValue[] }>).find((r) => r.username === 'staff25')!;
        const own = (await person('manager', 'staff25', `?month=${month}&months=1`)).body.months[0].values as KpiValue[];
        return {
          unit: unit.kpis.find((k: { kpi: string }) => k.kpi === 'guidance_coverage_ytd'),
          row: valueOf(row.values, 'guidance_coverage_ytd'),
          own: valueOf(own, 'guidance_coverage_ytd'),
          month: valueOf(own, 'guidance_coverage'),
        };
      };
      const march = await judged(`${Y}-03`);
      expect(march.own).toMatchObject({ value: 0.2, target: expect.closeTo(0.15), status: 'met' });
      expect(march.row).toMatchObject({ status: 'met', target: expect.closeTo(0.15) });
      expect(march.month).toMatchObject({ value: 0.12, status: 'info' });
      const december = await judged(`${Y}-12`);
      expect(december.own).toMatchObject({ value: 0.59, target: expect.closeTo(0.6), status: 'missed' });
      expect(december.row.status).toBe('missed');
      expect(december.unit).toMatchObject({ value: expect.closeTo(1.2 / 2), status: 'met', reported: 2, met: 1 });
      const january = await judged(`${Y + 1}-01`);
      expect(january.own).toMatchObject({ value: 0.06, target: expect.closeTo(0.05), status: 'met' });
      expect(january.row.status).toBe('met');
      expect((await judged(`${Y}-06`)).own.status).toBe('no_data');
    });

    it('lists people most missed first, then by name in pinyin order, one page at a time', async () => {
      const unit = units['城中客户服务部'];
      const first = await t.http.get(`/api/kpi/units/${unit}?month=${M}&pageSize=2`).set(await as('manager'));
      expect(first.status).toBe(200);
      expect(first.body.page.map((p: { username: string; missed: number }) => [p.username, p.missed])).toEqual([
        ['staff02', 1],
        ['staff05', 0], // 陈静 (chen) comes first of those who missed nothing
      ]);
      const row = first.body.page[0];
      expect(row).toMatchObject({ userId: ids.staff02, displayName: '李秀兰', unitName: '城中一组' });
      expect(row.values).toHaveLength(13);
      const third = await t.http.get(`/api/kpi/units/${unit}?month=${M}&pageSize=2&page=8`).set(await as('manager'));
      expect(third.body.page).toHaveLength(1);
      expect(third.body.total).toBe(15);
    });

    it('ranks and counts people exactly as it judges each of them, at the target to the cent and on an unchanged price', async () => {
      const M2 = monthLabel(addMonths(`${M}-01`, -1));
      const LY2 = monthLabel(addMonths(`${M2}-01`, -12));
      const imported = await upload(
        'manager',
        'ratios',
        await workbook(RATIO_HEADERS, [
          ['staff17', M2, '有效指导率', 0.84, 1.05, 1.05], // exactly 80 %, though not in floating point
          ['staff18', M2, '有效指导率', 79.99, 100, 100],
          ['staff18', M2, '单条价', 22000, 100],
          ['staff18', LY2, '单条价', 22000, 100],
          ['staff19', M2, '单条价', 22100, 100],
          ['staff19', LY2, '单条价', 22000, 100],
        ]),
        'edges.xlsx',
      );
      expect(imported.status).toBe(201);
      const res = await t.http.get(`/api/kpi/units/${units['城郊客户服务部']}?month=${M2}&pageSize=200`).set(await as('admin'));
      const rows = res.body.page as Array<{ username: string; missed: number; values: KpiValue[] }>;
      expect(rows).toHaveLength(15);
      expect(rows[0]).toMatchObject({ username: 'staff18', missed: 2 });
      expect(valueOf(rows.find((r) => r.username === 'staff17')!.values, 'effective_guidance').status).toBe('met');
      rows.forEach((row, i) => {
        expect(row.missed).toBe(row.values.filter((v) => v.status === 'missed').length);
        if (i > 0) expect(row.missed).toBeLessThanOrEqual(rows[i - 1].missed);
      });
      (res.body.kpis as Array<{ kpi: string; reported: number; met: number }>).forEach((summary, i) => {
        expect([summary.kpi, summary.reported, summary.met]).toEqual([
          summary.kpi,
          rows.filter((r) => r.values[i].status !== 'no_data').length,
          rows.filter((r) => r.values[i].status === 'met').length,
        ]);
      });
    });

    it('shows a new import, a person moved away and a disabled account at once, however often the page was read before', async () => {
      const M3 = monthLabel(addMonths(`${M}-01`, -3));
      const read = async () =>
        (
          await t.http
            .get(`/api/kpi/units/${units['城中客户服务部']}?month=${M3}&pageSize=200`)
            .set(await as('manager'))
            .expect(200)
        ).body;
      const coverage = (body: { kpis: Array<{ kpi: string; reported: number; met: number }> }) =>
        body.kpis.find((k) => k.kpi === 'effective_guidance')!;
      const before = coverage(await read()).reported;
      await read();

      expect(
        (await upload('manager', 'ratios', await workbook(RATIO_HEADERS, [['staff06', M3, '有效指导率', 30, 100, 100]]), 'm3.xlsx')).status,
      ).toBe(201);
      let body = await read();
      expect(coverage(body)).toMatchObject({ reported: before + 1 });
      expect(body.page.find((p: { username: string }) => p.username === 'staff06')).toMatchObject({ missed: 1 });

      const admin = await as('admin');
      const [{ unit_id: home }] = await t.dataSource.query(`SELECT unit_id FROM app_user WHERE username = 'staff06'`);
      const change = async (patch: Record<string, unknown>) => t.http.patch(`/api/users/${ids.staff06}`).set(admin).send(patch).expect(200);
      await change({ unitId: units['城郊一组'] });
      body = await read();
      expect([body.people, coverage(body).reported]).toEqual([14, before]);
      await change({ unitId: home });
      expect((await read()).people).toBe(15);
      await change({ disabled: true });
      expect((await read()).people).toBe(14);
      await change({ disabled: false });
      expect((await read()).people).toBe(15);
    });

    it('exports every person of the subtree with each KPI as a percentage and its status', async () => {
      const res = await t.http
        .get(`/api/kpi/units/${units['城中客户服务部']}/export?month=${M}`)
        .set(await as('manager'))
        .buffer(true)
        .parse(binary);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent(`指标_城中客户服务部_${M}.xlsx`));
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body);
      const sheet = book.worksheets[0];
      expect(sheet.rowCount).toBe(16);
      const headers = (sheet.getRow(1).values as string[]).slice(1);
      expect(headers.slice(0, 7)).toEqual([
        '用户名',
        '姓名',
        '单位',
        '经营指导面（本月）',
        '经营指导面（本月）状态',
        '经营指导面（本年累计）',
        '经营指导面（本年累计）状态',
      ]);
      const staff01 = sheet.getRows(2, 15)!.find((r) => r.getCell(1).value === 'staff01')!;
      expect(staff01.getCell(4).value).toBeCloseTo(0.6);
      expect(staff01.getCell(4).numFmt).toBe('0%'); // 60 %, a number in a percent format
      expect(staff01.getCell(5).value).toBe('仅供参考');
      expect(book.getWorksheet('汇总')!.rowCount).toBe(14);
    });
  });

  describe('the department’s brand list per year', () => {
    const year = Number(M.slice(0, 4));
    const put = async (username: string, brands: Array<Record<string, string>>, y: number | string = year) =>
      t.http
        .put('/api/kpi/brand-lists')
        .set(await as(username))
        .send({ year: y, brands });

    it('is read by everyone signed in, and kept by the department’s head or an admin only', async () => {
      expect((await t.http.get(`/api/kpi/brand-lists?year=${year}`).set(await as('staff01'))).body).toEqual({ year, brands: [] });
      expect((await t.http.get(`/api/kpi/brand-lists?year=${year}`)).status).toBe(401);
      expect((await t.http.get('/api/kpi/brand-lists?year=20x6').set(await as('staff01'))).status).toBe(400);
      expect((await put('staff01', [{ brand: '利群(新版)', kind: 'key' }])).status).toBe(403);
      expect((await put('trainer', [{ brand: '利群(新版)', kind: 'key' }])).status).toBe(403);
      const cz = await put('manager-cz', [{ brand: '利群(新版)', kind: 'key' }]);
      expect(cz.status).toBe(403);
      expect(cz.body.message).toBe('只有营销部负责人或管理员可以维护品牌名单');
      expect(await count('kpi_brand_list')).toBe(0);
    });

    it('refuses unknown fields, kinds, years and a brand listed twice', async () => {
      expect(
        (
          await t.http
            .put('/api/kpi/brand-lists')
            .set(await as('manager'))
            .send({ year, brands: [], extra: 1 })
        ).status,
      ).toBe(400);
      expect((await put('manager', [{ brand: '利群', kind: 'famous' }])).status).toBe(400);
      expect((await put('manager', [{ brand: '利群', kind: 'key', colour: 'red' }])).status).toBe(400);
      expect((await put('manager', [], 1999)).status).toBe(400);
      expect((await put('manager', [], 'abc')).status).toBe(400);
      const twice = await put('manager', [
        { brand: '利群', kind: 'key' },
        { brand: ' 利群 ', kind: 'new' },
      ]);
      expect(twice.status).toBe(400);
      expect(twice.body.message).toContain('「利群」出现了两次');
    });

    it('decides which brands head 预测准确率 for that year, for a person and for a unit alike, over the import’s flag', async () => {
      // staff03 imported 中华(硬) and 利群(新版) as key brands; the department's list keeps only 利群 (300 of 300 right)
      const res = await put('manager', [
        { brand: '利群(新版)', kind: 'key' },
        { brand: '黄金叶(乐途)', kind: 'new' },
      ]);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        year,
        brands: [
          { brand: '利群(新版)', kind: 'key' },
          { brand: '黄金叶(乐途)', kind: 'new' },
        ],
      });
      const month = await lastMonthOf('staff03');
      expect(valueOf(month.values, 'forecast_accuracy')).toMatchObject({ numerator: 300, denominator: 300, value: 1 });
      expect(month.forecast.keyBrands).toBe(1);
      expect(month.forecast.newBrands).toBeNull();
      const unit = (
        await t.http
          .get(`/api/kpi/units/${units['城中客户服务部']}?month=${M}`)
          .set(await as('manager-cz'))
          .expect(200)
      ).body;
      expect(unit.kpis.find((k: { kpi: string }) => k.kpi === 'forecast_accuracy')).toMatchObject({
        numerator: 300,
        denominator: 300,
        value: 1,
        reported: 1,
      });
      const audit = await t.dataSource.query(`SELECT target_id, details FROM audit_event WHERE action = 'kpi.brands.replace'`);
      expect(audit).toEqual([{ target_id: String(year), details: { before: 0, after: 2 } }]);

      // another year's list changes nothing here; an empty list gives the import's flags back
      expect((await put('admin', [{ brand: '中华(硬)', kind: 'key' }], year - 1)).status).toBe(200);
      // 地方品牌 on the list as a new brand: its accuracy is shown apart (50 of 100)
      expect((await put('admin', [{ brand: '地方品牌', kind: 'new' }])).status).toBe(200);
      const withNew = await lastMonthOf('staff03');
      expect(withNew.forecast.newBrands).toBeCloseTo(0.5);
      expect(withNew.forecast.brands).toEqual(expect.arrayContaining([expect.objectContaining({ brand: '地方品牌', newBrand: true })]));
      expect((await put('admin', [])).status).toBe(200);
      expect(valueOf((await lastMonthOf('staff03')).values, 'forecast_accuracy')).toMatchObject({ numerator: 390, denominator: 400 });
    });
  });

  describe('targets', () => {
    it('lists every KPI in order with its default and current target', async () => {
      const res = await t.http.get('/api/kpi/definitions').set(await as('staff01'));
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(13);
      expect(res.body[0]).toMatchObject({ code: 'guidance_coverage', name: '经营指导面（本月）', informational: true, target: null });
      expect(res.body[1]).toMatchObject({
        code: 'guidance_coverage_ytd',
        name: '经营指导面（本年累计）',
        kind: 'share',
        better: 'higher',
        target: 0.6,
        defaultTarget: 0.6,
        yearOnYear: false,
        paced: true,
      });
      expect(res.body[7]).toMatchObject({
        code: 'quota_underused',
        informational: true,
        caption: expect.stringContaining('不得规定销量下限'),
      });
      expect(res.body[8]).toMatchObject({ code: 'month_start_surge', better: 'lower', target: null });
      expect(res.body[9]).toMatchObject({ code: 'personal_service', name: '亲情化服务覆盖率', kind: 'share', target: null });
      expect(res.body[10]).toMatchObject({ code: 'price_per_carton', yearOnYear: true, riseTarget: true, target: 0, targetUnit: 'yuan' });
      expect(res.body[11]).toMatchObject({ code: 'sales_volume', kind: 'count', yearOnYear: true, target: null });
    });

    it('lets the department head change a target, audits it, and judges figures by it', async () => {
      const res = await t.http
        .put('/api/kpi/targets')
        .set(await as('manager'))
        .send({
          targets: [
            { kpi: 'effective_guidance', target: 0.9 },
            { kpi: 'quota_exhausted', target: 0.1 },
          ],
        });
      expect(res.status).toBe(200);
      expect(res.body[2]).toMatchObject({ code: 'effective_guidance', target: 0.9, defaultTarget: 0.8 });
      expect(res.body[6]).toMatchObject({ code: 'quota_exhausted', target: 0.1, defaultTarget: null });
      const audit = await t.dataSource.query(
        `SELECT actor_id, target_id, details FROM audit_event WHERE action = 'kpi.target.update' ORDER BY id`,
      );
      expect(audit).toEqual([
        { actor_id: ids.manager, target_id: 'effective_guidance', details: { before: 0.8, after: 0.9 } },
        { actor_id: ids.manager, target_id: 'quota_exhausted', details: { before: null, after: 0.1 } },
      ]);
      expect(valueOf((await lastMonthOf('staff01')).values, 'effective_guidance')).toMatchObject({
        value: 0.85,
        target: 0.9,
        status: 'missed',
      });

      await t.http
        .put('/api/kpi/targets')
        .set(await as('admin'))
        .send({ targets: [{ kpi: 'effective_guidance', target: 0.8 }] })
        .expect(200);
    });

    it('refuses a service department’s manager', async () => {
      const res = await t.http
        .put('/api/kpi/targets')
        .set(await as('manager-cz'))
        .send({ targets: [{ kpi: 'guidance_coverage', target: 0.5 }] });
      expect(res.status).toBe(403);
      expect(res.body.message).toBe('只有营销部负责人或管理员可以修改指标目标');
    });

    it('refuses a share above 100 % and a fixed target for a year-on-year KPI, naming the KPI', async () => {
      const share = await t.http
        .put('/api/kpi/targets')
        .set(await as('manager'))
        .send({ targets: [{ kpi: 'effective_guidance', target: 1.5 }] });
      expect(share.status).toBe(400);
      expect(share.body.message).toContain('有效指导率是占比');
      const volume = await t.http
        .put('/api/kpi/targets')
        .set(await as('admin'))
        .send({ targets: [{ kpi: 'sales_volume', target: 200 }] });
      expect(volume.status).toBe(400);
      expect(volume.body.message).toContain('销量与上年同月比较');
      const unknown = await t.http
        .put('/api/kpi/targets')
        .set(await as('admin'))
        .send({ targets: [{ kpi: 'price_per_carton', target: 5, unit: 'fen' }] });
      expect(unknown.status).toBe(400);
    });

    it('never fails anyone on an under-used quota, whatever target is sent, and judges the month-start surge against the department’s ceiling', async () => {
      const refused = await t.http
        .put('/api/kpi/targets')
        .set(await as('manager'))
        .send({ targets: [{ kpi: 'quota_underused', target: 0.1 }] });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toContain('仅供参考');
      const M5 = monthLabel(addMonths(`${M}-01`, -5));
      const imported = await upload(
        'manager',
        'ratios',
        await workbook(RATIO_HEADERS, [
          ['staff23', M5, '总量使用偏少占比', 40, 50],
          ['staff23', M5, '月初供货占比', 600, 1000], // 60 % of the month's supply in its first ten days
          ['staff24', M5, 'month_start_surge', 330, 1000],
          ['staff24', M5, '亲情化服务覆盖率', 90, 120], // greetings reached 90 of 120 retailers
        ]),
        'quota.xlsx',
      );
      expect(imported.status).toBe(201);
      const read = async () => {
        const unit = (
          await t.http
            .get(`/api/kpi/units/${units['城郊客户服务部']}?month=${M5}&pageSize=200`)
            .set(await as('admin'))
            .expect(200)
        ).body;
        const row = (username: string) =>
          (unit.page as Array<{ username: string; missed: number; values: KpiValue[] }>).find((r) => r.username === username)!;
        const summary = (code: string) => unit.kpis.find((k: { kpi: string }) => k.kpi === code);
        return { row, summary };
      };
      let { row, summary } = await read();
      expect(valueOf(row('staff23').values, 'quota_underused')).toMatchObject({ value: 0.8, target: null, status: 'info' });
      expect(summary('quota_underused')).toMatchObject({ status: 'info', reported: 1, met: 0 });
      expect(row('staff23').missed).toBe(0);
      expect(valueOf(row('staff23').values, 'month_start_surge')).toMatchObject({ value: 0.6, status: 'no_target' });
      expect(valueOf(row('staff24').values, 'personal_service')).toMatchObject({
        numerator: 90,
        denominator: 120,
        value: 0.75,
        status: 'no_target',
      });
      expect(valueOf((await person('manager', 'staff23', `?month=${M5}&months=1`)).body.months[0].values, 'quota_underused').status).toBe(
        'info',
      );

      await t.http
        .put('/api/kpi/targets')
        .set(await as('manager'))
        .send({ targets: [{ kpi: 'month_start_surge', target: 0.4 }] })
        .expect(200);
      ({ row, summary } = await read());
      expect(valueOf(row('staff23').values, 'month_start_surge')).toMatchObject({ target: 0.4, status: 'missed' });
      expect(valueOf(row('staff24').values, 'month_start_surge').status).toBe('met');
      expect(summary('month_start_surge')).toMatchObject({ value: expect.closeTo(930 / 2000), status: 'missed', reported: 2, met: 1 });
      expect(row('staff23').missed).toBe(1);
      await t.http
        .put('/api/kpi/targets')
        .set(await as('manager'))
        .send({ targets: [{ kpi: 'month_start_surge', target: null }] })
        .expect(200);
    });

    it('lets the department set the rise price per carton must make (元/条 or %), with volume held, judged alike for a person and a unit', async () => {
      const M4 = monthLabel(addMonths(`${M}-01`, -4));
      const LY4 = monthLabel(addMonths(`${M4}-01`, -12));
      expect(
        (
          await upload(
            'manager',
            'ratios',
            await workbook(RATIO_HEADERS, [
              ['staff20', M4, '单条价', 22001, 100], // one fen up on 220.00, volume held
              ['staff20', LY4, '单条价', 22000, 100],
              ['staff21', M4, '单条价', 25300, 110], // 230.00 on 220.00, volume up
              ['staff21', LY4, '单条价', 22000, 100],
              ['staff22', M4, '单条价', 23000, 99], // 232.32 on 220.00, but a carton fewer than last year
              ['staff22', LY4, '单条价', 22000, 100],
            ]),
            'price.xlsx',
          )
        ).status,
      ).toBe(201);
      const statuses = async () => {
        const unit = (
          await t.http
            .get(`/api/kpi/units/${units['城郊客户服务部']}?month=${M4}&pageSize=200`)
            .set(await as('admin'))
            .expect(200)
        ).body;
        const rows = unit.page as Array<{ username: string; values: KpiValue[] }>;
        const of = (username: string) => {
          const values = rows.find((r) => r.username === username)!.values;
          return [valueOf(values, 'price_per_carton').status, valueOf(values, 'sales_volume').status];
        };
        const price = unit.kpis.find((k: { kpi: string }) => k.kpi === 'price_per_carton');
        const history = (await person('manager', 'staff20', `?month=${M4}&months=1`)).body.months[0].values as KpiValue[];
        return {
          staff20: of('staff20'),
          staff21: of('staff21'),
          staff22: of('staff22'),
          met: price.met,
          person: valueOf(history, 'price_per_carton').status,
        };
      };
      expect(await statuses()).toEqual({
        staff20: ['met', 'met'],
        staff21: ['met', 'met'],
        staff22: ['missed', 'missed'],
        met: 2,
        person: 'met',
      });

      const set = await t.http
        .put('/api/kpi/targets')
        .set(await as('manager'))
        .send({ targets: [{ kpi: 'price_per_carton', target: 5, unit: 'yuan' }] });
      expect(set.status).toBe(200);
      expect(set.body.find((d: { code: string }) => d.code === 'price_per_carton')).toMatchObject({ target: 5, targetUnit: 'yuan' });
      expect(await statuses()).toEqual({
        staff20: ['missed', 'met'],
        staff21: ['met', 'met'],
        staff22: ['missed', 'missed'],
        met: 1,
        person: 'missed',
      });

      await t.http
        .put('/api/kpi/targets')
        .set(await as('manager'))
        .send({ targets: [{ kpi: 'price_per_carton', target: 0.05, unit: 'percent' }] })
        .expect(200);
      expect(await statuses()).toMatchObject({ staff21: ['missed', 'met'], met: 0 });
      const audit = await t.dataSource.query(
        `SELECT details FROM audit_event WHERE action = 'kpi.target.update' AND target_id = 'price_per_carton' ORDER BY id`,
      );
      expect(audit.map((a: { details: unknown }) => a.details)).toEqual([
        { before: 0, after: 5, unitBefore: 'yuan', unitAfter: 'yuan' },
        { before: 5, after: 0.05, unitBefore: 'yuan', unitAfter: 'percent' },
      ]);
      await t.http
        .put('/api/kpi/targets')
        .set(await as('manager'))
        .send({ targets: [{ kpi: 'price_per_carton', target: 0, unit: 'yuan' }] })
        .expect(200);
    });
  });

  describe('templates', () => {
    it('serves a ratios template with an instructions sheet that lists every KPI, and it re-imports cleanly', async () => {
      const res = await t.http
        .get('/api/kpi/template?kind=ratios')
        .set(await as('manager'))
        .buffer(true)
        .parse(binary);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body);
      expect((book.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(RATIO_HEADERS);
      const notes = book.getWorksheet('说明')!;
      expect((notes.getRow(1).values as string[]).slice(1)).toEqual(['代码', '名称', '分子', '分母', '类型', '目标']);
      expect(notes.getColumn(1).values).toEqual(expect.arrayContaining(['guidance_coverage', 'quota_underused', 'price_per_carton']));
      expect(notes.getRow(2).getCell(6).value).toBe('仅供参考');
      expect(notes.getRow(3).getCell(6).value).toBe('≥ 60%（全年，按月进度）');

      const again = await upload('manager', 'ratios', res.body, 'template.xlsx', true);
      expect(again.status).toBe(201);
      expect(again.body).toMatchObject({ rows: 3, people: 1 });
    });

    it('serves a forecasts template that explains the accuracy rule', async () => {
      const res = await t.http
        .get('/api/kpi/template?kind=forecasts')
        .set(await as('admin'))
        .buffer(true)
        .parse(binary);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body);
      expect((book.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(FORECAST_HEADERS);
      expect(JSON.stringify(book.getWorksheet('说明')!.getSheetValues())).toContain('按实际量加权');
      expect((await upload('admin', 'forecasts', res.body, 'template.xlsx', true)).status).toBe(201);
    });

    it('is only for those who import', async () => {
      expect((await t.http.get('/api/kpi/template?kind=ratios').set(await as('staff01'))).status).toBe(403);
    });
  });
});
