/**
 * The few moments every other statistic is built from. Sample (n − 1) estimators throughout, as
 * Moodle's quiz statistics use (question/classes/statistics/questions/calculator.php).
 *
 * A column whose values are all equal has a variance of exactly 0 here, not a float crumb such as
 * 1e-34 left by `sum / n` rounding: correlations test for zero variance to answer null, and a crumb
 * would turn "undefined" into a meaningless ±100 %.
 */

export function isConstant(values: readonly number[]): boolean {
  return values.every((value) => value === values[0]);
}

/** Arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Sum over i of (x_i − x̄)^power; 0 for a constant column. */
export function sumOfPoweredDeviations(values: readonly number[], power: number): number {
  const centre = mean(values);
  if (centre === null || isConstant(values)) return 0;
  let sum = 0;
  for (const value of values) sum += (value - centre) ** power;
  return sum;
}

/** Sample variance, divisor n − 1; null below two values. */
export function sampleVariance(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  return sumOfPoweredDeviations(values, 2) / (values.length - 1);
}

/** Sample covariance of paired columns, divisor n − 1; null below two pairs. */
export function sampleCovariance(xs: readonly number[], ys: readonly number[]): number | null {
  assertPaired(xs, ys);
  if (xs.length < 2) return null;
  if (isConstant(xs) || isConstant(ys)) return 0;
  const meanX = mean(xs) ?? 0;
  const meanY = mean(ys) ?? 0;
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += (xs[i] - meanX) * (ys[i] - meanY);
  return sum / (xs.length - 1);
}

/** Pearson's r in −1..1; null when either column is constant or there are fewer than two pairs. */
export function pearsonCorrelation(xs: readonly number[], ys: readonly number[]): number | null {
  const covariance = sampleCovariance(xs, ys);
  if (covariance === null || isConstant(xs) || isConstant(ys)) return null;
  const varianceX = sampleVariance(xs) ?? 0;
  const varianceY = sampleVariance(ys) ?? 0;
  return covariance / Math.sqrt(varianceX * varianceY);
}

export function assertPaired(xs: readonly number[], ys: readonly number[]): void {
  if (xs.length !== ys.length) throw new RangeError(`paired columns differ in length: ${xs.length} and ${ys.length}`);
}
