import { KPI_DEFINITIONS } from './kpi-definitions';
import { rulesFor, type KpiTargets } from './kpi-values';
import { mostMissedFirst, unitSummary } from './unit-summary';

const DEFAULTS = Object.fromEntries(Object.values(KPI_DEFINITIONS).map((d) => [d.code, d.defaultTarget])) as KpiTargets;
const RULES = rulesFor({ targets: DEFAULTS, riseUnit: 'yuan' }, '2026-12-01');
const counts = Array.from({ length: 13 }, (_, i) => ({ reported: 10 + i, met: i }));

describe('a unit’s month', () => {
  it('judges each KPI on the pooled figures, so the larger book weighs more, beside the people counts', () => {
    // 84 of 140 (60 %) and 40 of 80 (50 %) pool to 124 of 220, below the 60 % target
    const summary = unitSummary(
      { ratios: { guidance_coverage_ytd: { numerator: 124, denominator: 220 } }, lastYear: {}, forecast: null },
      counts,
      RULES,
    );
    expect(summary[1]).toEqual({
      kpi: 'guidance_coverage_ytd',
      numerator: 124,
      denominator: 220,
      value: 124 / 220,
      target: 0.6,
      status: 'missed',
      reported: 11,
      met: 1,
    });
    expect(summary[2]).toEqual({
      kpi: 'effective_guidance',
      numerator: null,
      denominator: null,
      value: null,
      target: 0.8,
      status: 'no_data',
      reported: 12,
      met: 2,
    });
  });

  it('weights forecast accuracy by volume and compares price per carton with the pooled figure of last year', () => {
    const summary = unitSummary(
      {
        ratios: { price_per_carton: { numerator: 23100, denominator: 100 } },
        lastYear: { price_per_carton: { numerator: 22000, denominator: 100 } },
        forecast: { forecast: 390, actual: 400, accurate: 390 },
      },
      counts,
      RULES,
    );
    expect(summary.find((k) => k.kpi === 'price_per_carton')).toMatchObject({ value: 231, target: 220, status: 'met' });
    expect(summary.find((k) => k.kpi === 'forecast_accuracy')).toMatchObject({
      value: 390 / 400,
      status: 'no_target',
      reported: 22,
      met: 12,
    });
  });

  it('puts the people who missed most first, then orders by name in pinyin', () => {
    const rows = [
      { username: 'a', displayName: '王建国', missed: 0 },
      { username: 'b', displayName: '陈静', missed: 0 },
      { username: 'c', displayName: '赵磊', missed: 2 },
      { username: 'd', displayName: '陈静', missed: 0 },
    ];
    expect(rows.sort(mostMissedFirst).map((r) => r.username)).toEqual(['c', 'b', 'd', 'a']);
  });
});
