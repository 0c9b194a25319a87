import { KPI_DEFINITIONS, type KpiCode } from './kpi-definitions';
import { accurateVolume, summariseForecasts } from './kpi-rates';
import { forecastTotals, missedCount, monthValues, rulesFor, type KpiTargets } from './kpi-values';
import type { RiseUnit } from './status-rule';

const DEFAULTS = Object.fromEntries(Object.values(KPI_DEFINITIONS).map((d) => [d.code, d.defaultTarget])) as KpiTargets;
const rules = (targets: KpiTargets = DEFAULTS, riseUnit: RiseUnit = 'yuan', month = '2026-10-01') => rulesFor({ targets, riseUnit }, month);
const value = (values: ReturnType<typeof monthValues>, kpi: KpiCode) => values.find((v) => v.kpi === kpi)!;

describe('a month of KPI values', () => {
  it('gives every KPI in definition order, no_data where nothing was imported', () => {
    const values = monthValues({ ratios: {}, lastYear: {}, forecast: null }, rules());
    expect(values.map((v) => v.kpi)).toEqual(Object.keys(KPI_DEFINITIONS));
    expect(values.every((v) => v.status === 'no_data' && v.value === null && v.numerator === null)).toBe(true);
  });

  it('divides numerator by denominator and judges the rate against the target', () => {
    const values = monthValues(
      {
        ratios: {
          guidance_coverage: { numerator: 66, denominator: 110 },
          effective_guidance: { numerator: 70, denominator: 100 },
          awareness: { numerator: 9, denominator: 10 },
        },
        lastYear: {},
        forecast: null,
      },
      rules(),
    );
    expect(value(values, 'guidance_coverage')).toEqual({
      kpi: 'guidance_coverage',
      numerator: 66,
      denominator: 110,
      value: 0.6,
      target: null,
      status: 'info',
    });
    expect(value(values, 'effective_guidance')).toMatchObject({ value: 0.7, target: 0.8, status: 'missed' });
    expect(value(values, 'awareness')).toMatchObject({ value: 0.9, target: null, status: 'no_target' });
    expect(missedCount(values.map((v) => v.status))).toBe(1);
  });

  it('shows an under-used quota for information only, never as missed, even with a target on record, and judges the month-start surge as lower-is-better', () => {
    const figures = {
      ratios: { quota_underused: { numerator: 45, denominator: 50 }, month_start_surge: { numerator: 450, denominator: 1000 } },
      lastYear: {},
      forecast: null,
    };
    const values = monthValues(figures, rules({ ...DEFAULTS, quota_underused: 0.1, month_start_surge: 0.4 }));
    expect(value(values, 'quota_underused')).toMatchObject({ value: 0.9, target: null, status: 'info' });
    expect(value(values, 'month_start_surge')).toMatchObject({ value: 0.45, target: 0.4, status: 'missed' });
    expect(missedCount(values.map((v) => v.status))).toBe(1);
    expect(value(monthValues({ ...figures, ratios: {} }, rules()), 'quota_underused').status).toBe('no_data');
  });

  describe('经营指导面 year to date against its pace (全年要求…达到60以上; 没有赶上经营指导进度)', () => {
    const ytd = (numerator: number, denominator: number, month: string, targets: KpiTargets = DEFAULTS) =>
      value(
        monthValues(
          { ratios: { guidance_coverage_ytd: { numerator, denominator } }, lastYear: {}, forecast: null },
          rules(targets, 'yuan', month),
        ),
        'guidance_coverage_ytd',
      );

    it('asks 60 % × month ÷ 12 by the end of each month: 5 % in January, 30 % in June, 60 % in December', () => {
      expect(ytd(5, 100, '2027-01-01')).toMatchObject({ value: 0.05, target: expect.closeTo(0.05), status: 'met' });
      expect(ytd(4, 100, '2027-01-01').status).toBe('missed');
      expect(ytd(30, 100, '2026-06-01')).toMatchObject({ target: expect.closeTo(0.3), status: 'met' });
      expect(ytd(29, 100, '2026-06-01').status).toBe('missed');
      expect(ytd(60, 100, '2026-12-01')).toMatchObject({ target: expect.closeTo(0.6), status: 'met' });
      expect(ytd(59, 100, '2026-12-01').status).toBe('missed');
    });

    it('starts again in January: last December’s 60 % is not carried into the new year', () => {
      expect(ytd(60, 100, '2026-12-01').target).toBeCloseTo(0.6);
      expect(ytd(60, 100, '2027-01-01').target).toBeCloseTo(0.05);
    });

    it('follows the department’s own full-year target', () => {
      expect(ytd(34, 100, '2026-06-01', { ...DEFAULTS, guidance_coverage_ytd: 0.7 })).toMatchObject({
        target: expect.closeTo(0.35),
        status: 'missed',
      });
    });

    it('has no value without the month’s import (a missing month is not 0 %) nor with no retailers managed', () => {
      const none = monthValues(
        { ratios: { guidance_coverage: { numerator: 40, denominator: 100 } }, lastYear: {}, forecast: null },
        rules(DEFAULTS, 'yuan', '2026-06-01'),
      );
      expect(value(none, 'guidance_coverage_ytd')).toMatchObject({ value: null, status: 'no_data' });
      expect(value(none, 'guidance_coverage')).toMatchObject({ value: 0.4, status: 'info' });
      expect(ytd(0, 0, '2026-06-01')).toMatchObject({ value: null, status: 'no_data' });
    });
  });

  describe('price per carton and volume (在保证去年同期销售量的前提下，力争单条价较去年…增长)', () => {
    const month = (price: [number, number], lastYear?: [number, number]) => ({
      ratios: { price_per_carton: { numerator: price[0], denominator: price[1] } },
      lastYear: lastYear ? { price_per_carton: { numerator: lastYear[0], denominator: lastYear[1] } } : {},
      forecast: null,
    });
    const judged = (figures: ReturnType<typeof month>, rise: number, unit: RiseUnit = 'yuan') => {
      const values = monthValues(figures, rules({ ...DEFAULTS, price_per_carton: rise }, unit));
      return [value(values, 'price_per_carton').status, value(values, 'sales_volume').status];
    };

    it('meets any rise above last year by default, with volume at least last year’s, and misses an unchanged price', () => {
      expect(value(monthValues(month([23100, 100], [22000, 100]), rules()), 'price_per_carton')).toMatchObject({
        value: 231,
        target: 220,
        status: 'met',
      });
      expect(judged(month([22001, 100], [22000, 100]), 0)).toEqual(['met', 'met']);
      expect(judged(month([22000, 100], [22000, 100]), 0)).toEqual(['missed', 'met']);
    });

    it('does not count a one-fen rise as 达标 when the department asked for 5 元, and counts 5 元 exactly', () => {
      expect(judged(month([22001, 100], [22000, 100]), 5)).toEqual(['missed', 'met']);
      expect(judged(month([22500, 100], [22000, 100]), 5)).toEqual(['met', 'met']);
      expect(judged(month([22499, 100], [22000, 100]), 5)).toEqual(['missed', 'met']);
    });

    it('measures a percent rise on last year’s price', () => {
      expect(judged(month([22660, 100], [22000, 100]), 0.03, 'percent')).toEqual(['met', 'met']);
      expect(judged(month([22659, 100], [22000, 100]), 0.03, 'percent')).toEqual(['missed', 'met']);
    });

    it('misses a higher price bought with fewer cartons than last year, and shows the volume on its own', () => {
      expect(judged(month([23100, 99], [22000, 100]), 0)).toEqual(['missed', 'missed']);
      const volume = value(monthValues(month([23100, 99], [22000, 100]), rules()), 'sales_volume');
      expect(volume).toEqual({ kpi: 'sales_volume', numerator: 99, denominator: 100, value: 99, target: 100, status: 'missed' });
    });

    it('has no bar without last year’s month, and no value without this month’s', () => {
      expect(judged(month([23100, 100]), 5)).toEqual(['no_target', 'no_target']);
      const none = monthValues(
        { ratios: {}, lastYear: { price_per_carton: { numerator: 22000, denominator: 100 } }, forecast: null },
        rules(),
      );
      expect([value(none, 'price_per_carton').status, value(none, 'sales_volume').status]).toEqual(['no_data', 'no_data']);
    });

    it('compares January with January of the year before', () => {
      const history = monthValues(month([23100, 100], [22000, 100]), rules(DEFAULTS, 'yuan', '2027-01-01'));
      expect(value(history, 'price_per_carton').status).toBe('met');
    });
  });

  it('reports forecasts as Σ forecast over Σ actual with the volume-weighted accuracy as the value', () => {
    const brands = [
      { brand: '中华(硬)', keyBrand: true, forecast: 90, actual: 100 },
      { brand: '利群(新版)', keyBrand: true, forecast: 300, actual: 300 },
      { brand: '地方品牌', keyBrand: false, forecast: 50, actual: 100 },
    ];
    const totals = forecastTotals(brands)!;
    expect(totals).toEqual({ forecast: 440, actual: 500, accurate: 440 });
    const forecast = value(
      monthValues({ ratios: {}, lastYear: {}, forecast: totals }, rules({ ...DEFAULTS, forecast_accuracy: 0.9 })),
      'forecast_accuracy',
    );
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
