import { ALL_KPIS, FORECAST_KPI, KPI_DEFINITIONS, type KpiCode, type RatioKpi } from './kpi-definitions';
import { accurateVolume, rate, targetStatus, type BrandForecast } from './kpi-rates';
import type { TargetStatus } from './status-rule';

export interface Figure {
  numerator: number;
  denominator: number;
}

/** A month's forecasts summed over brands (and, for a unit, over people). */
export interface ForecastTotals {
  forecast: number;
  actual: number;
  /** Σ actual × accuracy (accurateVolume): divided by `actual` it is the volume-weighted accuracy. */
  accurate: number;
}

/** One person's (or one unit's pooled) imported figures for a month. */
export interface MonthFigures {
  ratios: Partial<Record<RatioKpi, Figure>>;
  /** The same month a year earlier, read by the year-on-year KPIs. */
  lastYear: Partial<Record<RatioKpi, Figure>>;
  forecast: ForecastTotals | null;
}

/** The department's target per KPI (a rate for shares), null where there is none. */
export type KpiTargets = Record<KpiCode, number | null>;

export interface KpiValue {
  kpi: KpiCode;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** What the value is judged against: the target, or last year's value for a year-on-year KPI. */
  target: number | null;
  status: TargetStatus;
}

export function forecastTotals(brands: readonly BrandForecast[]): ForecastTotals | null {
  if (brands.length === 0) return null;
  return brands.reduce((sum, b) => ({ forecast: sum.forecast + b.forecast, actual: sum.actual + b.actual, accurate: sum.accurate + accurateVolume(b.forecast, b.actual) }), {
    forecast: 0,
    actual: 0,
    accurate: 0,
  });
}

/** Every KPI of a month in definition order, no_data where nothing was imported. */
export function monthValues(figures: MonthFigures, targets: KpiTargets): KpiValue[] {
  return ALL_KPIS.map((kpi) => kpiValue(kpi, figures, targets));
}

function kpiValue(kpi: KpiCode, figures: MonthFigures, targets: KpiTargets): KpiValue {
  const { value, lastYear } = rates(kpi, figures);
  const status = targetStatus(kpi, value, targets[kpi], lastYear);
  const target = KPI_DEFINITIONS[kpi].yearOnYear ? lastYear : targets[kpi];
  if (kpi === FORECAST_KPI) return { kpi, numerator: figures.forecast?.forecast ?? null, denominator: figures.forecast?.actual ?? null, value, target, status };
  const figure = figures.ratios[kpi];
  return { kpi, numerator: figure?.numerator ?? null, denominator: figure?.denominator ?? null, value, target, status };
}

/** A KPI's value this month and, for the ratio KPIs, the same month last year. */
function rates(kpi: KpiCode, figures: MonthFigures): { value: number | null; lastYear: number | null } {
  if (kpi === FORECAST_KPI) {
    const totals = figures.forecast;
    return { value: totals ? rate(totals.accurate, totals.actual) : null, lastYear: null };
  }
  const figure = figures.ratios[kpi];
  const lastYear = figures.lastYear[kpi];
  return { value: figure ? rate(figure.numerator, figure.denominator) : null, lastYear: lastYear ? rate(lastYear.numerator, lastYear.denominator) : null };
}

export function missedCount(statuses: readonly TargetStatus[]): number {
  return statuses.filter((status) => status === 'missed').length;
}
