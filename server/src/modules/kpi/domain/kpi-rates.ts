import type { KpiCode } from './kpi-definitions';
import { judge, statusRule, type RiseUnit, type TargetStatus, type Volumes } from './status-rule';

/** numerator / denominator, or null when there is nothing to divide by. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** Forecast accuracy of one brand: max(0, 1 − |forecast − actual| / actual) (DOMAIN.md). */
export function forecastAccuracy(forecast: number, actual: number): number {
  if (actual <= 0) throw new RangeError('actual volume must be positive');
  return Math.max(0, 1 - Math.abs(forecast - actual) / actual);
}

/**
 * The part of the actual volume the forecast got right: actual × accuracy, which is
 * max(0, actual − |forecast − actual|). Summed over brands and divided by the summed actual
 * volume it gives the volume-weighted accuracy; the database sums it the same way for a unit.
 */
export function accurateVolume(forecast: number, actual: number): number {
  return actual * forecastAccuracy(forecast, actual);
}

export interface BrandForecast {
  brand: string;
  keyBrand: boolean;
  /** On the department's list of new brands (新品牌) for the year. */
  newBrand?: boolean;
  forecast: number;
  actual: number;
}

export interface ForecastSummary {
  /** Volume-weighted over every brand. */
  total: number | null;
  /** Volume-weighted over the national key brands only. */
  keyBrands: number | null;
  /** Volume-weighted over the year's new brands (新品牌) only. */
  newBrands: number | null;
  brands: Array<BrandForecast & { newBrand: boolean; accuracy: number }>;
}

/** The total is volume-weighted: Σ actual·accuracy / Σ actual; key brands are also reported apart. */
export function summariseForecasts(rows: BrandForecast[]): ForecastSummary {
  const brands = rows.map((row) => ({ ...row, newBrand: row.newBrand === true, accuracy: forecastAccuracy(row.forecast, row.actual) }));
  const weighted = (list: typeof brands) => {
    const volume = list.reduce((sum, b) => sum + b.actual, 0);
    return volume > 0 ? list.reduce((sum, b) => sum + b.actual * b.accuracy, 0) / volume : null;
  };
  return {
    total: weighted(brands),
    keyBrands: weighted(brands.filter((b) => b.keyBrand)),
    newBrands: weighted(brands.filter((b) => b.newBrand)),
    brands,
  };
}

/**
 * Compares a month's value with its target. For a year-on-year KPI the bar is last year's value
 * of the same month (plus the rise the department requires, for price per carton, whose volume
 * must hold too); without last year's figure there is no target.
 */
export function targetStatus(
  code: KpiCode,
  value: number | null,
  target: number | null,
  lastYear: number | null = null,
  volumes: Volumes | null = null,
  riseUnit: RiseUnit = 'yuan',
): TargetStatus {
  return judge(statusRule(code, target, { riseUnit }), value, lastYear, volumes);
}
