import { assertPaired, isConstant, mean, sampleCovariance, sampleVariance } from './sample-moments';

/**
 * How well one item separates stronger candidates from weaker ones, judged against the rest of the
 * paper (the attempt's total minus this item), so an item is not credited for correlating with itself.
 * Definitions from Moodle (question/classes/statistics/questions/calculator.php, secondary_steps_walker):
 *
 *   covariance          = Σ (x_i − x̄)(y_i − ȳ) / (n − 1)        x = item marks, y = rest-of-paper marks
 *   covarianceMax       = the same sum with x and y each sorted ascending, i.e. the largest covariance
 *                         these two sets of marks could have if the best candidates on the rest of the
 *                         paper had also done best on this item
 *   discriminationIndex = 100 · covariance / √(var x · var y)    Pearson's r × 100
 *   discriminativeEfficiency = 100 · covariance / covarianceMax
 *
 * Both are null when either column is constant (everyone got the same on the item, or on the rest):
 * there is nothing to discriminate, and Moodle leaves them unset then too.
 */
export interface ItemDiscrimination {
  /** sample variance of the item's marks (Moodle: markvariance) */
  markVariance: number | null;
  /** sample variance of the rest-of-paper marks (Moodle: othermarkvariance) */
  restVariance: number | null;
  /** item–rest sample covariance */
  covariance: number | null;
  covarianceMax: number | null;
  discriminationIndex: number | null;
  discriminativeEfficiency: number | null;
}

export function itemDiscrimination(itemMarks: readonly number[], restMarks: readonly number[]): ItemDiscrimination {
  assertPaired(itemMarks, restMarks);
  const markVariance = sampleVariance(itemMarks);
  const restVariance = sampleVariance(restMarks);
  const covariance = sampleCovariance(itemMarks, restMarks);
  const covarianceMax = sortedCovariance(itemMarks, restMarks);
  const undefinedCorrelation = covariance === null || isConstant(itemMarks) || isConstant(restMarks);
  return {
    markVariance,
    restVariance,
    covariance,
    covarianceMax,
    discriminationIndex: undefinedCorrelation ? null : (100 * covariance) / Math.sqrt((markVariance ?? 0) * (restVariance ?? 0)),
    discriminativeEfficiency: undefinedCorrelation || !covarianceMax ? null : (100 * covariance) / covarianceMax,
  };
}

function sortedCovariance(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length < 2) return null;
  if (isConstant(xs) || isConstant(ys)) return 0;
  const meanX = mean(xs) ?? 0;
  const meanY = mean(ys) ?? 0;
  const sortedX = [...xs].sort((a, b) => a - b);
  const sortedY = [...ys].sort((a, b) => a - b);
  let sum = 0;
  for (let i = 0; i < sortedX.length; i++) sum += (sortedX[i] - meanX) * (sortedY[i] - meanY);
  return sum / (xs.length - 1);
}
