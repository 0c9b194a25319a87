import { checkForecastRows, checkRatioRows, KpiImportContext, missingColumns, parseYesNo } from './kpi-import-rows';

const context: KpiImportContext = {
  userIdOf: (username) => ({ staff01: 'id-1', staff02: 'id-2' })[username] ?? null,
  currentMonth: '2026-11-01',
};
const ratio = (row: number, values: Record<string, string>) => ({
  row,
  values: { 用户名: 'staff01', 月份: '2026-10', 指标: '经营指导面', 分子: '66', 分母: '110', ...values },
});
const forecast = (row: number, values: Record<string, string>) => ({
  row,
  values: { 用户名: 'staff01', 月份: '2026-10', 品牌: '中华(硬)', 全国重点品牌: '是', 预测量: '90', 实际量: '100', ...values },
});

describe('KPI import rows: ratios', () => {
  it('turns clean rows into figures, reading the KPI by its Chinese name or code and the month in any usual spelling', () => {
    const { records, errors } = checkRatioRows(
      [ratio(2, {}), ratio(3, { 用户名: ' STAFF02 ', 月份: '2026年9月', 指标: 'price_per_carton', 分子: '24,150.50', 分母: '105' })],
      context,
    );
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { row: 2, userId: 'id-1', month: '2026-10-01', kpi: 'guidance_coverage', numerator: 66, denominator: 110 },
      { row: 3, userId: 'id-2', month: '2026-09-01', kpi: 'price_per_carton', numerator: 24150.5, denominator: 105 },
    ]);
  });

  it('reports every problem with its row and column, in words that say how to fix it', () => {
    const { records, errors } = checkRatioRows(
      [
        ratio(2, { 分母: '0' }),
        ratio(3, { 指标: '满意度', 分子: '-1' }),
        ratio(4, { 用户名: 'nobody', 月份: '2026-13' }),
        ratio(5, { 指标: '有效指导率', 分子: '12', 分母: '10', 核实的指导次数: '10' }),
        ratio(6, { 月份: '2027-01', 分子: '1.234', 分母: 'abc' }),
      ],
      context,
    );
    expect(records).toMatchObject([]);
    expect(errors).toMatchObject([
      { row: 2, field: '分母', message: '第 2 行 分母：须为大于 0 的数字' },
      {
        row: 3,
        field: '指标',
        message: expect.stringMatching(/^第 3 行 指标：无法识别「满意度」，可填：经营指导面（本月）、经营指导面（本年累计）、有效指导率/),
      },
      { row: 3, field: '分子', message: '第 3 行 分子：不能为负数' },
      { row: 4, field: '用户名', message: '第 4 行 用户名：用户 nobody 不存在或不在您的管理范围内' },
      { row: 4, field: '月份', message: '第 4 行 月份：「2026-13」不是月份，请写成 2026-11 的形式' },
      { row: 5, field: '分子', message: '第 5 行 分子：有效指导率是占比，分子（12）不能大于分母（10）' },
      { row: 6, field: '月份', message: '第 6 行 月份：2027-01 还没有到，不能导入以后月份的数据' },
      { row: 6, field: '分子', message: '第 6 行 分子：最多保留 2 位小数' },
      { row: 6, field: '分母', message: '第 6 行 分母：「abc」不是数字' },
    ]);
  });

  it('lets price per carton, an amount, have a numerator above its denominator', () => {
    expect(checkRatioRows([ratio(2, { 指标: '单条价', 分子: '23000', 分母: '100' })], context).errors).toEqual([]);
  });

  it('names both rows when the same person, month and KPI appear twice, whichever way the KPI is written', () => {
    const { errors } = checkRatioRows(
      [ratio(2, {}), ratio(3, { 指标: 'awareness' }), ratio(9, { 指标: 'guidance_coverage', 月份: '2026/10' })],
      context,
    );
    expect(errors).toMatchObject([{ row: 9, field: '指标', message: '第 9 行 指标：与第 2 行重复（同一用户名、月份和指标只能有一行）' }]);
  });

  it('reads 有效指导率 as verified-effective over verified, not over every guidance case', () => {
    const { records, errors } = checkRatioRows(
      [
        ratio(2, { 指标: '有效指导率', 分子: '9', 分母: '40', 核实的指导次数: '12' }),
        ratio(3, { 指标: '有效指导率', 月份: '2026-09', 分子: '0', 分母: '35', 核实的指导次数: '0' }),
      ],
      context,
    );
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.kpi, r.numerator, r.denominator])).toEqual([
      ['effective_guidance', 9, 12],
      ['effective_guidance', 0, 0],
    ]);
  });

  it('refuses 有效指导率 from a file without the verified column, naming the column, and still reads old files of other KPIs', () => {
    const headers = ['用户名', '月份', '指标', '分子', '分母'];
    const { records, errors } = checkRatioRows([ratio(2, {}), ratio(3, { 指标: '有效指导率', 分子: '70', 分母: '100' })], context, headers);
    expect(records.map((r) => r.kpi)).toMatchObject(['guidance_coverage']);
    expect(errors).toMatchObject([
      { row: 3, field: '核实的指导次数', message: expect.stringContaining('有效指导率须填写「核实的指导次数」列') },
    ]);
  });

  it('checks verified against all cases and the effective ones against verified', () => {
    const { errors } = checkRatioRows(
      [
        ratio(2, { 指标: '有效指导率', 分子: '5', 分母: '10', 核实的指导次数: '11' }),
        ratio(3, { 指标: '有效指导率', 月份: '2026-09', 分子: '5', 分母: '10', 核实的指导次数: '4' }),
        ratio(4, { 月份: '2026-08', 核实的指导次数: '4' }),
        ratio(5, { 指标: '有效指导率', 月份: '2026-07', 分子: '5', 分母: '10', 核实的指导次数: '' }),
      ],
      context,
    );
    expect(errors.map((e) => e.message)).toEqual([
      '第 2 行 核实的指导次数：核实的指导次数（11）不能大于指导次数（分母 10）',
      '第 3 行 分子：核实有效的次数（5）不能大于核实的指导次数（4）',
      '第 4 行 核实的指导次数：只用于有效指导率，其他指标请留空',
      '第 5 行 核实的指导次数：不能为空',
    ]);
  });

  it('reads 亲情化服务 coverage as greeted retailers over retailers managed, never more greeted than managed', () => {
    const { records, errors } = checkRatioRows(
      [
        ratio(2, { 指标: '亲情化服务覆盖率', 分子: '90', 分母: '120' }),
        ratio(3, { 指标: 'personal_service', 月份: '2026-09', 分子: '130', 分母: '120' }),
      ],
      context,
    );
    expect(records.map((r) => [r.kpi, r.numerator, r.denominator])).toEqual([['personal_service', 90, 120]]);
    expect(errors.map((e) => e.message)).toEqual(['第 3 行 分子：亲情化服务覆盖率是占比，分子（130）不能大于分母（120）']);
  });

  it('requires every cell', () => {
    const { errors } = checkRatioRows([{ row: 2, values: {} }], context);
    expect(errors.map((e) => e.message)).toEqual([
      '第 2 行 用户名：不能为空',
      '第 2 行 月份：不能为空',
      '第 2 行 指标：不能为空',
      '第 2 行 分子：不能为空',
      '第 2 行 分母：不能为空',
    ]);
  });
});

describe('KPI import rows: forecasts', () => {
  it('reads key-brand flags written as 是/否, Y/N, true/false or 1/0, an empty cell being 否', () => {
    const { records, errors } = checkForecastRows(
      [
        forecast(2, {}),
        forecast(3, { 品牌: '  地方  品牌 ', 全国重点品牌: '' }),
        forecast(4, { 品牌: '利群', 全国重点品牌: 'Y' }),
        forecast(5, { 品牌: '云烟', 全国重点品牌: '0', 预测量: '0' }),
      ],
      context,
    );
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.brand, r.keyBrand, r.forecast, r.actual])).toEqual([
      ['中华(硬)', true, 90, 100],
      ['地方 品牌', false, 90, 100],
      ['利群', true, 90, 100],
      ['云烟', false, 0, 100],
    ]);
    expect(parseYesNo('TRUE')).toBe(true);
    expect(parseYesNo('No')).toBe(false);
    expect(parseYesNo('也许')).toBeNull();
  });

  it('needs an actual volume above zero, a readable flag and one row per person, month and brand', () => {
    const { records, errors } = checkForecastRows(
      [
        forecast(2, { 实际量: '0' }),
        forecast(3, { 品牌: '利群', 全国重点品牌: '也许' }),
        forecast(4, { 品牌: '' }),
        forecast(5, { 品牌: '黄山' }),
        forecast(6, { 品牌: '黄山', 用户名: 'Staff01' }),
      ],
      context,
    );
    expect(records.map((r) => r.row)).toMatchObject([5]);
    expect(errors).toMatchObject([
      { row: 2, field: '实际量', message: '第 2 行 实际量：须为大于 0 的数字（准确率以实际量为分母）' },
      { row: 3, field: '全国重点品牌', message: '第 3 行 全国重点品牌：无法识别「也许」，请填 是 或 否（也可填 Y/N、1/0，空白视为否）' },
      { row: 4, field: '品牌', message: '第 4 行 品牌：不能为空' },
      { row: 6, field: '品牌', message: '第 6 行 品牌：与第 5 行重复（同一用户名、月份和品牌只能有一行）' },
    ]);
  });
});

describe('KPI import columns', () => {
  it('names the columns a sheet lacks', () => {
    expect(missingColumns('ratios', ['用户名', '月份', '指标', '分子', '分母'])).toEqual([]);
    expect(missingColumns('forecasts', ['用户名', '月份', '指标', '分子', '分母'])).toEqual(['品牌', '全国重点品牌', '预测量', '实际量']);
  });
});
