import { KPI_DEFINITIONS, type KpiCode } from './kpi-definitions';
import { accurateVolume, summariseForecasts } from './kpi-rates';
import { forecastTotals, missedCount, monthValues, type KpiTargets } from './kpi-values';

const DEFAULTS = Object.fromEntries(Object.values(KPI_DEFINITIONS).map((d) => [d.code, d.defaultTarget])) as KpiTargets;
const value = (values: ReturnType<typeof monthValues>, kpi: KpiCode) => values.find((v) => v.kpi === kpi)!;

describe('a month of KPI values', () => {
  it('gives every KPI in definition order, no_data where nothing was imported', () => {
    const values = monthValues({ ratios: {}, lastYear: {}, forecast: null }, DEFAULTS);
    expect(values.map((v) => v.kpi)).toEqual(Object.keys(KPI_DEFINITIONS));
    expect(values.every((v) => v.status === 'no_data' && v.value === null && v.numerator === null)).toBe(true);
  });

  it('divides numerator by denominator and judges the rate against the target', () => {
    const values = monthValues(
      { ratios: { guidance_coverage: { numerator: 66, denominator: 110 }, effective_guidance: { numerator: 70, denominator: 100 }, awareness: { numerator: 9, denominator: 10 } }, lastYear: {}, forecast: null },
      DEFAULTS,
    );
    expect(value(values, 'guidance_coverage')).toEqual({ kpi: 'guidance_coverage', numerator: 66, denominator: 110, value: 0.6, target: 0.6, status: 'met' });
    expect(value(values, 'effective_guidance')).toMatchObject({ value: 0.7, target: 0.8, status: 'missed' });
    expect(value(values, 'awareness')).toMatchObject({ value: 0.9, target: null, status: 'no_target' });
    expect(missedCount(values.map((v) => v.status))).toBe(1);
  });

  it('judges price per carton against the same month of last year, whatever target is set', () => {
    const targets = { ...DEFAULTS, price_per_carton: 500 };
    const figures = { ratios: { price_per_carton: { numerator: 23100, denominator: 100 } }, forecast: null };
    expect(value(monthValues({ ...figures, lastYear: { price_per_carton: { numerator: 22000, denominator: 100 } } }, targets), 'price_per_carton')).toMatchObject({ value: 231, target: 220, status: 'met' });
    expect(value(monthValues({ ...figures, lastYear: {} }, targets), 'price_per_carton')).toMatchObject({ value: 231, target: null, status: 'no_target' });
  });

  it('reports forecasts as Σ forecast over Σ actual with the volume-weighted accuracy as the value', () => {
    const brands = [
      { brand: '中华(硬)', keyBrand: true, forecast: 90, actual: 100 },
      { brand: '利群(新版)', keyBrand: true, forecast: 300, actual: 300 },
      { brand: '地方品牌', keyBrand: false, forecast: 50, actual: 100 },
    ];
    const totals = forecastTotals(brands)!;
    expect(totals).toEqual({ forecast: 440, actual: 500, accurate: 440 });
    const forecast = value(monthValues({ ratios: {}, lastYear: {}, forecast: totals }, { ...DEFAULTS, forecast_accuracy: 0.9 }), 'forecast_accuracy');
    expect(forecast).toMatchObject({ numerator: 440, denominator: 500, target: 0.9, status: 'missed' });
    expect(forecast.value).toBeCloseTo(summariseForecasts(brands).total!);
    expect(forecastTotals([])).toBeNull();
  });

  it('counts as accurate the part of the actual volume the forecast got right, never less than nothing', () => {
    expect(accurateVolume(90, 100)).toBeCloseTo(90);
    expect(accurateVolume(110, 100)).toBeCloseTo(90);
    expect(accurateVolume(350, 100)).toBe(0);
  });
});
