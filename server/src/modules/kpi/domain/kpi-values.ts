import { ALL_KPIS, FORECAST_KPI, VOLUME_KPI, type KpiCode, type RatioKpi } from './kpi-definitions';
import { accurateVolume, rate, type BrandForecast } from './kpi-rates';
import { judge, statusRule, type RiseUnit, type StatusRule, type TargetStatus, type Volumes } from './status-rule';

export interface Figure {
  numerator: number;
  denominator: number;
}

/** A month's forecasts summed over the brands given (the national key brands, for the headline), and for a unit over people. */
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

/** What the department sets: a target per KPI, and the unit of the price-per-carton rise. */
export interface KpiSettings {
  targets: KpiTargets;
  riseUnit: RiseUnit;
}

/** One status rule per KPI in ALL_KPIS order for a month ('YYYY-MM-01'), as the department's settings make them. */
export function rulesFor(settings: KpiSettings, month: string): StatusRule[] {
  return ALL_KPIS.map((kpi) => statusRule(kpi, settings.targets[kpi], { riseUnit: settings.riseUnit, month }));
}

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
  return brands.reduce(
    (sum, b) => ({
      forecast: sum.forecast + b.forecast,
      actual: sum.actual + b.actual,
      accurate: sum.accurate + accurateVolume(b.forecast, b.actual),
    }),
    {
      forecast: 0,
      actual: 0,
      accurate: 0,
    },
  );
}

/** Every KPI of a month in definition order (rules from rulesFor), no_data where nothing was imported. */
export function monthValues(figures: MonthFigures, rules: readonly StatusRule[]): KpiValue[] {
  return ALL_KPIS.map((kpi, i) => kpiValue(kpi, figures, rules[i]));
}

function kpiValue(kpi: KpiCode, figures: MonthFigures, rule: StatusRule): KpiValue {
  const { value, lastYear, volumes } = rates(kpi, figures);
  const status = judge(rule, value, lastYear, volumes);
  const target = rule.bar === 'last_year' ? lastYear : rule.target;
  if (kpi === FORECAST_KPI)
    return { kpi, numerator: figures.forecast?.accurate ?? null, denominator: figures.forecast?.actual ?? null, value, target, status };
  if (kpi === VOLUME_KPI) {
    const cartons = figures.ratios.price_per_carton?.denominator ?? null;
    return { kpi, numerator: cartons, denominator: figures.lastYear.price_per_carton?.denominator ?? null, value, target, status };
  }
  const figure = figures.ratios[kpi];
  return { kpi, numerator: figure?.numerator ?? null, denominator: figure?.denominator ?? null, value, target, status };
}

/** A KPI's value this month, the same month last year where it is compared with it, and the volumes a price is judged with. */
function rates(kpi: KpiCode, figures: MonthFigures): { value: number | null; lastYear: number | null; volumes: Volumes | null } {
  if (kpi === FORECAST_KPI) {
    const totals = figures.forecast;
    return { value: totals ? rate(totals.accurate, totals.actual) : null, lastYear: null, volumes: null };
  }
  if (kpi === VOLUME_KPI) {
    const now = figures.ratios.price_per_carton;
    const before = figures.lastYear.price_per_carton;
    return {
      value: now && now.denominator > 0 ? now.denominator : null,
      lastYear: before && before.denominator > 0 ? before.denominator : null,
      volumes: null,
    };
  }
  const figure = figures.ratios[kpi];
  const lastYear = figures.lastYear[kpi];
  const volumes = figure && lastYear ? { now: figure.denominator, lastYear: lastYear.denominator } : null;
  return {
    value: figure ? rate(figure.numerator, figure.denominator) : null,
    lastYear: lastYear ? rate(lastYear.numerator, lastYear.denominator) : null,
    volumes,
  };
}

export function missedCount(statuses: readonly TargetStatus[]): number {
  return statuses.filter((status) => status === 'missed').length;
}
