/**
 * The speech timer's rule: a speaker may run `graceSeconds` past the limit; beyond that each started
 * `stepSeconds` costs `pointsPerStep`, up to `maxPenalty` (null: no cap). No limit, no penalty.
 */
export interface OverrunRule {
  limitSeconds: number | null;
  graceSeconds: number;
  stepSeconds: number;
  pointsPerStep: number;
  maxPenalty: number | null;
}

export const DEFAULT_OVERRUN: OverrunRule = { limitSeconds: null, graceSeconds: 0, stepSeconds: 30, pointsPerStep: 1, maxPenalty: null };

export function overrunPenalty(rule: OverrunRule, spokenSeconds: number | null): number {
  if (rule.limitSeconds === null || spokenSeconds === null) return 0;
  const over = spokenSeconds - rule.limitSeconds - rule.graceSeconds;
  if (over <= 0) return 0;
  const penalty = Math.ceil(over / rule.stepSeconds) * rule.pointsPerStep;
  return rule.maxPenalty === null ? penalty : Math.min(penalty, rule.maxPenalty);
}
