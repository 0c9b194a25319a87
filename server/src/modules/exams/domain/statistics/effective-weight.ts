/**
 * Effective weight: each item's actual share of the spread of totals, as opposed to its intended
 * share (max mark / paper total). Moodle's formula (question/classes/statistics/questions/calculator.php):
 *
 *   EW_i = 100 · √cov(x_i, T) / Σ_j √cov(x_j, T)      over items j whose covariance with the total T is ≥ 0
 *
 * An item whose covariance with the total is negative gets null (Moodle shows "negative covariance"),
 * and so does every item when nothing is left to share. An item with no covariance at all (fewer than
 * two attempts saw it) is null too; Moodle would show 0 there, which reads like a measured result.
 */
export function effectiveWeights(covariancesWithTotal: ReadonlyArray<number | null>): Array<number | null> {
  let sumOfRoots = 0;
  for (const covariance of covariancesWithTotal) if (covariance !== null && covariance >= 0) sumOfRoots += Math.sqrt(covariance);
  return covariancesWithTotal.map((covariance) => {
    if (sumOfRoots === 0 || covariance === null || covariance < 0) return null;
    return (100 * Math.sqrt(covariance)) / sumOfRoots;
  });
}
