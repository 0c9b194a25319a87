import { KPI_DEFINITIONS, type KpiCode } from './kpi-definitions';

/** info: shown for information and never judged (the plan sets no bar for it, e.g. 总量使用偏少). */
export type TargetStatus = 'met' | 'missed' | 'info' | 'no_target' | 'no_data';

/** How a required rise on last year is measured: in the KPI's own unit (元/条) or as a fraction of last year's value. */
export type RiseUnit = 'yuan' | 'percent';
export const RISE_UNITS: readonly RiseUnit[] = ['yuan', 'percent'];

/**
 * How a KPI's value is judged, as data. The same rule is evaluated here (judge) and, for a whole
 * unit at once, in SQL by the report repository (persistence/unit-month-sql.ts statusColumns), so
 * the two cannot drift apart in what they compare.
 */
export interface StatusRule {
  kpi: KpiCode;
  /** target: a fixed bar; last_year: the same month a year earlier; none: information only. */
  bar: 'target' | 'last_year' | 'none';
  /**
   * target: the bar; last_year: the rise required on last year (0: no rise required beyond what
   * `meets` asks), in `rise` units (a percent rise as a fraction, 0.03 = 3 %).
   */
  target: number | null;
  rise: RiseUnit;
  /** '>' on last_year: the value must also be strictly above last year's (any rise at all). */
  meets: '>=' | '<=' | '>';
  /** The volume (the denominator) must be at least last year's as well ("在保证去年同期销售量的前提下"). */
  volumeHeld: boolean;
}

export interface RuleSettings {
  /** The unit of the department's price-per-carton rise. */
  riseUnit: RiseUnit;
  /** 'YYYY-MM-01': the month judged, for a KPI with a full-year target judged on its pace. */
  month?: string;
}

/**
 * The year-to-date level needed by the end of `month` ('YYYY-MM-01') to reach a full-year target
 * at an even pace: target × month ÷ 12 ("没有赶上经营指导进度"). January asks a twelfth, December all of it.
 */
export function paceTarget(yearTarget: number, month: string): number {
  const monthOfYear = Number(month.slice(5, 7));
  return (yearTarget * monthOfYear) / 12;
}

export function statusRule(kpi: KpiCode, target: number | null, settings: RuleSettings = { riseUnit: 'yuan' }): StatusRule {
  const definition = KPI_DEFINITIONS[kpi];
  const base = { kpi, rise: 'yuan' as RiseUnit, volumeHeld: false };
  if (definition.informational) return { ...base, bar: 'none', target: null, meets: '>=' };
  if (definition.yearOnYear) {
    if (definition.riseTarget)
      return { ...base, bar: 'last_year', target: target ?? 0, rise: settings.riseUnit, meets: '>', volumeHeld: true };
    return { ...base, bar: 'last_year', target: 0, meets: '>=' };
  }
  const bar = definition.paced && target !== null && settings.month ? paceTarget(target, settings.month) : target;
  return { ...base, bar: 'target', target: bar, meets: definition.better === 'higher' ? '>=' : '<=' };
}

/**
 * Quotients of two-decimal figures carry binary rounding noise (2.01 / 3.35 is 0.5999999999999999
 * in floating point, exactly 0.6 in decimals); a difference below one part in 10^12 is no
 * difference, as in the exact decimal comparison the database makes.
 */
const NOISE = 1e-12;

/** This month's and last year's volume, for a rule that holds volume. */
export interface Volumes {
  now: number;
  lastYear: number;
}

/** no_data without a value, info for a KPI never judged, no_target without a bar, else met or missed. */
export function judge(rule: StatusRule, value: number | null, lastYear: number | null, volumes: Volumes | null = null): TargetStatus {
  if (value === null) return 'no_data';
  if (rule.bar === 'none') return 'info';
  if (rule.bar === 'last_year') {
    if (lastYear === null) return 'no_target';
    const rise = rule.target ?? 0;
    const bar = rule.rise === 'yuan' ? lastYear + rise : lastYear * (1 + rise);
    const noise = NOISE * Math.max(1, Math.abs(bar));
    const risen = value >= bar - noise && (rule.meets !== '>' || value > lastYear + noise);
    const volumeHeld = !rule.volumeHeld || (volumes !== null && volumes.now >= volumes.lastYear);
    return risen && volumeHeld ? 'met' : 'missed';
  }
  const bar = rule.target;
  if (bar === null) return 'no_target';
  const noise = NOISE * Math.max(1, Math.abs(bar));
  switch (rule.meets) {
    case '>=':
      return value >= bar - noise ? 'met' : 'missed';
    case '<=':
      return value <= bar + noise ? 'met' : 'missed';
    case '>':
      return value > bar + noise ? 'met' : 'missed';
  }
}
