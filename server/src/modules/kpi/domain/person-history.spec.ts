import { KPI_DEFINITIONS } from './kpi-definitions';
import type { KpiTargets } from './kpi-values';
import { personHistory } from './person-history';

const DEFAULTS = Object.fromEntries(Object.values(KPI_DEFINITIONS).map((d) => [d.code, d.defaultTarget])) as KpiTargets;

describe('a person’s KPI history', () => {
  it('gives each month oldest first, reading last year’s price per carton from a year earlier', () => {
    const history = personHistory(
      ['2026-09-01', '2026-10-01'],
      [
        { month: '2025-10-01', kpi: 'price_per_carton', numerator: 22000, denominator: 100 },
        { month: '2026-10-01', kpi: 'price_per_carton', numerator: 23100, denominator: 100 },
        { month: '2026-09-01', kpi: 'guidance_coverage', numerator: 50, denominator: 100 },
      ],
      [{ month: '2026-10-01', brand: '中华(硬)', keyBrand: true, forecast: 90, actual: 100 }],
      { targets: DEFAULTS, riseUnit: 'yuan' },
    );
    expect(history.map((m) => m.month)).toEqual(['2026-09', '2026-10']);
    expect(history[0].values[0]).toMatchObject({ kpi: 'guidance_coverage', value: 0.5, status: 'info' });
    expect(history[0].forecast).toEqual({ total: null, keyBrands: null, newBrands: null, brands: [] });
    expect(history[1].values.find((v) => v.kpi === 'price_per_carton')).toMatchObject({ value: 231, target: 220, status: 'met' });
    expect(history[1].forecast.total).toBeCloseTo(0.9);
    expect(history[1].values.find((v) => v.kpi === 'forecast_accuracy')).toMatchObject({
      numerator: 90,
      denominator: 100,
      value: expect.closeTo(0.9),
    });
  });

  it('heads 预测准确率 with the key brands, volume-weighted as 准确量 ÷ 实际量, and keeps all brands apart', () => {
    const [month] = personHistory(
      ['2026-10-01'],
      [],
      [
        { month: '2026-10-01', brand: '中华(硬)', keyBrand: true, forecast: 90, actual: 100 }, // 90 accurate
        { month: '2026-10-01', brand: '利群(新版)', keyBrand: true, forecast: 330, actual: 300 }, // 270 accurate
        { month: '2026-10-01', brand: '地方品牌', keyBrand: false, forecast: 0, actual: 600 }, // 0 accurate
      ],
      { targets: DEFAULTS, riseUnit: 'yuan' },
    );
    expect(month.values.find((v) => v.kpi === 'forecast_accuracy')).toMatchObject({
      numerator: 360,
      denominator: 400,
      value: expect.closeTo(0.9),
    });
    expect(month.forecast.total).toBeCloseTo(360 / 1000);
    expect(month.forecast.keyBrands).toBeCloseTo(0.9);
  });

  it('has no headline in a month without key brands, while all brands still show', () => {
    const [month] = personHistory(
      ['2026-10-01'],
      [],
      [{ month: '2026-10-01', brand: '地方品牌', keyBrand: false, forecast: 50, actual: 100 }],
      { targets: DEFAULTS, riseUnit: 'yuan' },
    );
    expect(month.values.find((v) => v.kpi === 'forecast_accuracy')).toMatchObject({ value: null, status: 'no_data' });
    expect(month.forecast.total).toBeCloseTo(0.5);
  });
});
