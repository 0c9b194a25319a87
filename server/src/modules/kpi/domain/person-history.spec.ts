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
    expect(history[0].forecast).toEqual({ total: null, keyBrands: null, brands: [] });
    expect(history[1].values.find((v) => v.kpi === 'price_per_carton')).toMatchObject({ value: 231, target: 220, status: 'met' });
    expect(history[1].forecast.total).toBeCloseTo(0.9);
    expect(history[1].values.find((v) => v.kpi === 'forecast_accuracy')).toMatchObject({ numerator: 90, denominator: 100, value: expect.closeTo(0.9) });
  });
});
