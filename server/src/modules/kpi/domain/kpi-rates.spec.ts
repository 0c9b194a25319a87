import { forecastAccuracy, rate, summariseForecasts, targetStatus } from './kpi-rates';

describe('KPI rates', () => {
  it('scores a forecast by its relative miss and never below zero', () => {
    expect(forecastAccuracy(90, 100)).toBeCloseTo(0.9);
    expect(forecastAccuracy(110, 100)).toBeCloseTo(0.9);
    expect(forecastAccuracy(100, 100)).toBe(1);
    expect(forecastAccuracy(350, 100)).toBe(0);
    expect(() => forecastAccuracy(10, 0)).toThrow(RangeError);
  });

  it('weights the total by actual volume and reports the key brands apart', () => {
    const summary = summariseForecasts([
      { brand: '中华(硬)', keyBrand: true, forecast: 90, actual: 100 }, // 0.9
      { brand: '利群(新版)', keyBrand: true, forecast: 300, actual: 300 }, // 1.0
      { brand: '地方品牌', keyBrand: false, forecast: 50, actual: 100 }, // 0.5
    ]);
    expect(summary.total).toBeCloseTo((100 * 0.9 + 300 * 1 + 100 * 0.5) / 500);
    expect(summary.keyBrands).toBeCloseTo((100 * 0.9 + 300 * 1) / 400);
    expect(summary.brands.map((b) => b.accuracy)).toEqual([expect.closeTo(0.9), 1, 0.5]);
    expect(summariseForecasts([]).total).toBeNull();
    expect(summary.newBrands).toBeNull();
  });

  it('reports the year’s new brands apart, volume-weighted', () => {
    const summary = summariseForecasts([
      { brand: '黄金叶(乐途)', keyBrand: false, newBrand: true, forecast: 80, actual: 100 }, // 0.8
      { brand: '地方品牌', keyBrand: false, forecast: 100, actual: 100 },
    ]);
    expect(summary.newBrands).toBeCloseTo(0.8);
    expect(summary.keyBrands).toBeNull();
    expect(summary.brands.map((b) => b.newBrand)).toEqual([true, false]);
  });

  it('has no rate for an empty denominator', () => {
    expect(rate(3, 0)).toBeNull();
    expect(rate(30, 50)).toBeCloseTo(0.6);
  });

  it('meets guidance coverage at exactly 60 % and misses just below', () => {
    expect(targetStatus('guidance_coverage_ytd', 0.6, 0.6)).toBe('met');
    expect(targetStatus('guidance_coverage_ytd', 0.599, 0.6)).toBe('missed');
    expect(targetStatus('guidance_coverage_ytd', null, 0.6)).toBe('no_data');
    expect(targetStatus('awareness', 0.7, null)).toBe('no_target');
  });

  it('treats quota shares as lower-is-better and price per carton as a rise on last year', () => {
    expect(targetStatus('quota_exhausted', 0.1, 0.15)).toBe('met');
    expect(targetStatus('quota_exhausted', 0.2, 0.15)).toBe('missed');
    expect(targetStatus('price_per_carton', 210, null, 200, { now: 100, lastYear: 100 })).toBe('met');
    expect(targetStatus('price_per_carton', 210, null, 200, { now: 90, lastYear: 100 })).toBe('missed');
    expect(targetStatus('price_per_carton', 200, null, 200, { now: 100, lastYear: 100 })).toBe('missed');
    expect(targetStatus('price_per_carton', 200, 180, null)).toBe('no_target');
  });
});
