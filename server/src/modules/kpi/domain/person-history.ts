import { addMonths, monthLabel } from '../../../platform/calendar/month';
import type { RatioKpi } from './kpi-definitions';
import { summariseForecasts, type BrandForecast, type ForecastSummary } from './kpi-rates';
import { forecastTotals, monthValues, rulesFor, type Figure, type KpiSettings, type KpiValue } from './kpi-values';

export interface MonthlyRatio extends Figure {
  /** 'YYYY-MM-01'. */
  month: string;
  kpi: RatioKpi;
}

export interface MonthlyBrandForecast extends BrandForecast {
  /** 'YYYY-MM-01'. */
  month: string;
}

export interface PersonMonthKpis {
  /** 'YYYY-MM'. */
  month: string;
  values: KpiValue[];
  forecast: ForecastSummary;
}

/**
 * A person's KPIs month by month, in the order of `months` ('YYYY-MM-01'). `ratios` should reach
 * back a year before the first month, for the year-on-year KPIs.
 */
export function personHistory(
  months: readonly string[],
  ratios: readonly MonthlyRatio[],
  forecasts: readonly MonthlyBrandForecast[],
  settings: KpiSettings,
): PersonMonthKpis[] {
  const ratiosByMonth = groupBy(ratios, (r) => r.month);
  const forecastsByMonth = groupBy(forecasts, (f) => f.month);
  const figuresOf = (month: string) =>
    Object.fromEntries((ratiosByMonth.get(month) ?? []).map((r) => [r.kpi, { numerator: r.numerator, denominator: r.denominator }]));
  return months.map((month) => {
    const brands: BrandForecast[] = (forecastsByMonth.get(month) ?? []).map(({ brand, keyBrand, newBrand, forecast, actual }) => ({
      brand,
      keyBrand,
      newBrand: newBrand === true,
      forecast,
      actual,
    }));
    return {
      month: monthLabel(month),
      values: monthValues(
        {
          ratios: figuresOf(month),
          lastYear: figuresOf(addMonths(month, -12)),
          forecast: forecastTotals(brands.filter((b) => b.keyBrand)),
        },
        rulesFor(settings, month),
      ),
      forecast: summariseForecasts(brands),
    };
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
