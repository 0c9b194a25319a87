import { mean, sumOfPoweredDeviations } from './sample-moments';

/**
 * The shape of the attempt totals, defined as Moodle's quiz statistics define it
 * (mod/quiz/report/statistics/classes/calculator.php; docs.moodle.org/dev/Quiz_statistics_calculations).
 * Each figure is null where Moodle leaves it unset: too few attempts, or no spread at all.
 */
export interface ScoreDistribution {
  count: number;
  /** null for no attempts */
  mean: number | null;
  /** the middle total, or the mean of the two middle totals; null for no attempts */
  median: number | null;
  /** sample variance k2 = Σ(x − x̄)² / (n − 1); null below 2 attempts */
  variance: number | null;
  /** √k2; null below 2 attempts */
  standardDeviation: number | null;
  /** k3 / k2^(3/2); null below 3 attempts or when every total is the same */
  skewness: number | null;
  /** excess kurtosis k4 / k2²; null below 4 attempts or when every total is the same */
  kurtosis: number | null;
}

export function describeScores(values: readonly number[]): ScoreDistribution {
  const s = values.length;
  const result: ScoreDistribution = {
    count: s,
    mean: mean(values),
    median: median(values),
    variance: null,
    standardDeviation: null,
    skewness: null,
    kurtosis: null,
  };
  if (s < 2) return result;

  const power2 = sumOfPoweredDeviations(values, 2);
  result.variance = power2 / (s - 1);
  result.standardDeviation = Math.sqrt(result.variance);
  if (s < 3 || power2 === 0) return result;

  // Unbiased cumulant estimators k2, k3, k4 from the moments about the mean m2, m3, m4
  // (docs.moodle.org/dev/Quiz_item_analysis_calculations_in_practise#Skewness_and_Kurtosis).
  const m2 = power2 / s;
  const m3 = sumOfPoweredDeviations(values, 3) / s;
  const m4 = sumOfPoweredDeviations(values, 4) / s;
  const k2 = (s * m2) / (s - 1);
  const k3 = (s * s * m3) / ((s - 1) * (s - 2));
  result.skewness = k3 / k2 ** 1.5;
  if (s > 3) {
    const k4 = (s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)) / ((s - 1) * (s - 2) * (s - 3));
    result.kurtosis = k4 / (k2 * k2);
  }
  return result;
}

/** Moodle's median: sort, take the middle one or average the middle two. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
