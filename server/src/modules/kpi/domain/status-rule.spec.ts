import { judge, statusRule } from './status-rule';

describe('status rules', () => {
  it('reads higher-is-better, lower-is-better and a rise on last year from the definitions', () => {
    expect(statusRule('guidance_coverage_ytd', 0.6)).toMatchObject({
      kpi: 'guidance_coverage_ytd',
      bar: 'target',
      target: 0.6,
      meets: '>=',
    });
    expect(statusRule('quota_exhausted', 0.15)).toMatchObject({ kpi: 'quota_exhausted', bar: 'target', target: 0.15, meets: '<=' });
    expect(statusRule('price_per_carton', 5)).toEqual({
      kpi: 'price_per_carton',
      bar: 'last_year',
      target: 5,
      rise: 'yuan',
      meets: '>',
      volumeHeld: true,
    });
    expect(statusRule('price_per_carton', null, { riseUnit: 'percent' })).toMatchObject({ target: 0, rise: 'percent' });
    expect(statusRule('sales_volume', null)).toEqual({
      kpi: 'sales_volume',
      bar: 'last_year',
      target: 0,
      rise: 'yuan',
      meets: '>=',
      volumeHeld: false,
    });
  });

  it('judges a value at the bar as met, except for a rise, which must be strict', () => {
    expect(judge(statusRule('guidance_coverage_ytd', 0.6), 0.6, null)).toBe('met');
    expect(judge(statusRule('quota_exhausted', 0.15), 0.15, null)).toBe('met');
    expect(judge(statusRule('price_per_carton', null), 220, 220, { now: 100, lastYear: 100 })).toBe('missed');
    expect(judge(statusRule('price_per_carton', null), 220.01, 220, { now: 100, lastYear: 100 })).toBe('met');
    expect(judge(statusRule('price_per_carton', null), 220.01, 220, { now: 99, lastYear: 100 })).toBe('missed');
    expect(judge(statusRule('awareness', null), 0.5, null)).toBe('no_target');
    expect(judge(statusRule('awareness', 0.5), null, null)).toBe('no_data');
  });

  it('sees 2.01 of 3.35 as exactly 60 %, whatever floating point makes of it', () => {
    expect(2.01 / 3.35).toBeLessThan(0.6);
    expect(judge(statusRule('guidance_coverage_ytd', 0.6), 2.01 / 3.35, null)).toBe('met');
    expect(judge(statusRule('guidance_coverage_ytd', 0.6), 0.5999999, null)).toBe('missed');
    expect(judge(statusRule('quota_exhausted', 0.6), 0.6000001, null)).toBe('missed');
    expect(judge(statusRule('price_per_carton', null), 231 + 1e-13, 231, { now: 100, lastYear: 100 })).toBe('missed');
  });
});
