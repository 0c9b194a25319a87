/**
 * Reliability of the paper as a whole, as Moodle reports it (mod/quiz/report/statistics/classes/calculator.php):
 *
 *   CIC  = 100 · p/(p − 1) · (1 − Σ item variances / variance of totals)   Cronbach's alpha, in %
 *   ER   = 100 · √(1 − CIC/100)                                             error ratio, in %
 *   SE   = ER/100 · SD of totals                                            standard error, in marks
 *
 * p is the number of items on the paper. Moodle computes these only with more than two attempts,
 * more than one item and totals that vary; otherwise all three are null here.
 */
export interface InternalConsistency {
  /** coefficient of internal consistency (Cronbach's alpha) × 100; may be negative when items pull against each other */
  cicPercent: number | null;
  /** √(1 − alpha) × 100: the share of the score spread that is noise */
  errorRatioPercent: number | null;
  /** error ratio × standard deviation of totals, in marks */
  standardError: number | null;
}

export interface InternalConsistencyInput {
  itemCount: number;
  attemptCount: number;
  /** Σ over items of each item's sample variance (items with fewer than two attempts add 0, as in Moodle) */
  sumOfItemVariances: number;
  /** sample variance of the attempt totals; null below two attempts */
  totalVariance: number | null;
}

const UNDEFINED: InternalConsistency = Object.freeze({ cicPercent: null, errorRatioPercent: null, standardError: null });

export function internalConsistency({
  itemCount,
  attemptCount,
  sumOfItemVariances,
  totalVariance,
}: InternalConsistencyInput): InternalConsistency {
  if (attemptCount < 3 || itemCount < 2 || totalVariance === null || totalVariance === 0) return UNDEFINED;
  const p = itemCount;
  const cicPercent = ((100 * p) / (p - 1)) * (1 - sumOfItemVariances / totalVariance);
  // Alpha cannot exceed 1 (var(Σx) ≤ p·Σvar(x)); the clamp only absorbs float error so √ never sees −1e-16.
  const errorRatioPercent = 100 * Math.sqrt(Math.max(0, 1 - cicPercent / 100));
  const standardError = (errorRatioPercent * Math.sqrt(totalVariance)) / 100;
  return { cicPercent, errorRatioPercent, standardError };
}
