import { KPI_DEFINITIONS, type KpiCode } from './kpi-definitions';

export type TargetStatus = 'met' | 'missed' | 'no_target' | 'no_data';

/**
 * How a KPI's value is judged, as data: the value meets the bar when `value <meets> bar`. The
 * same rule is evaluated here (judge) and, for a whole unit at once, in SQL by the report
 * repository, so the two cannot drift apart in what they compare.
 */
export interface StatusRule {
  kpi: KpiCode;
  /** A fixed target, or the same month of last year (a rise is required). */
  bar: 'target' | 'last_year';
  /** The fixed target; null where there is none. Unused when bar is last_year. */
  target: number | null;
  meets: '>=' | '<=' | '>';
}

export function statusRule(kpi: KpiCode, target: number | null): StatusRule {
  const definition = KPI_DEFINITIONS[kpi];
  if (definition.yearOnYear) return { kpi, bar: 'last_year', target: null, meets: '>' };
  return { kpi, bar: 'target', target, meets: definition.better === 'higher' ? '>=' : '<=' };
}

/**
 * Quotients of two-decimal figures carry binary rounding noise (2.01 / 3.35 is 0.5999999999999999
 * in floating point, exactly 0.6 in decimals); a difference below one part in 10^12 is no
 * difference, as in the exact decimal comparison the database makes.
 */
const NOISE = 1e-12;

/** no_data without a value, no_target without a bar, else met or missed. */
export function judge(rule: StatusRule, value: number | null, lastYear: number | null): TargetStatus {
  if (value === null) return 'no_data';
  const bar = rule.bar === 'last_year' ? lastYear : rule.target;
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
