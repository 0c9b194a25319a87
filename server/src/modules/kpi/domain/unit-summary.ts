import type { KpiCode } from './kpi-definitions';
import { monthValues, type MonthFigures } from './kpi-values';
import type { StatusRule, TargetStatus } from './status-rule';

export interface KpiCounts {
  /** People with data this month. */
  reported: number;
  /** Of those, meeting the target. */
  met: number;
}

export interface UnitKpiSummary extends KpiCounts {
  kpi: KpiCode;
  /** The pooled parts (Σ over people), e.g. how many guidance cases were verified. */
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  target: number | null;
  status: TargetStatus;
}

/**
 * A unit's month: each KPI judged on the figures pooled over its people (Σ numerators /
 * Σ denominators, forecasts volume-weighted), so a customer manager with 140 retailers weighs
 * more than one with 80; year-on-year KPIs compare with the pooled figure a year earlier of the
 * people who reported both. `counts` are per KPI in definition order.
 */
export function unitSummary(pooled: MonthFigures, counts: readonly KpiCounts[], rules: readonly StatusRule[]): UnitKpiSummary[] {
  return monthValues(pooled, rules).map(({ kpi, numerator, denominator, value, target, status }, i) => ({
    kpi,
    numerator,
    denominator,
    value,
    target,
    status,
    reported: counts[i].reported,
    met: counts[i].met,
  }));
}

const byName = new Intl.Collator('zh-CN');

/** The people who need attention first: most KPIs missed, then by name (pinyin order), then username. */
export function mostMissedFirst<T extends { missed: number; displayName: string; username: string }>(a: T, b: T): number {
  return b.missed - a.missed || byName.compare(a.displayName, b.displayName) || a.username.localeCompare(b.username);
}
