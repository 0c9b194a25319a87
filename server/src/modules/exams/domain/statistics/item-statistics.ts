import { effectiveWeights } from './effective-weight';
import { itemDiscrimination, type ItemDiscrimination } from './item-discrimination';
import { mean, pearsonCorrelation, sampleCovariance, sampleVariance } from './sample-moments';
import { assertWellFormed, attemptTotal, type ScoreMatrix } from './score-matrix';

/**
 * Moodle's per-question statistics (question/classes/statistics/questions/calculator.php and
 * mod/quiz/report/statistics/statistics_table.php), one entry per item of the matrix, over the
 * attempts that were shown the item. Percentages are 0..100, as the report shows them.
 */
export interface ItemStatistics extends ItemDiscrimination {
  item: number;
  /** attempts that were shown this item */
  attempts: number;
  maxMark: number;
  /** mean mark / max mark × 100; null when no attempt saw the item or it is worth 0 marks */
  facilityPercent: number | null;
  /** sample standard deviation of the item's marks, in marks; null below two attempts */
  standardDeviation: number | null;
  /** standard deviation of the item's fraction (mark / max mark) × 100 */
  sdPercent: number | null;
  /** max mark / paper's max mark × 100: the influence the setter meant the item to have */
  intendedWeightPercent: number | null;
  /** sample covariance of the item's marks with the attempt totals (Moodle: covariancewithoverallmark) */
  covarianceWithTotal: number | null;
  /** see effective-weight.ts */
  effectiveWeightPercent: number | null;
  /** the item was seen and every mark is 0 or the max mark: a right/wrong item */
  dichotomous: boolean;
  /**
   * Point-biserial correlation (−1..1) of the right/wrong item with the attempt total, i.e. Pearson's
   * r with the item counted in the total; null unless dichotomous and both columns vary.
   */
  pointBiserial: number | null;
}

export function itemStatistics(matrix: ScoreMatrix): ItemStatistics[] {
  assertWellFormed(matrix);
  const totals = matrix.attempts.map(({ scores }) => attemptTotal(scores));
  const paperMax = matrix.maxMarks.reduce((sum, maxMark) => sum + maxMark, 0);

  const partial = matrix.maxMarks.map((maxMark, item) => {
    const marks: number[] = [];
    const totalsOfSeen: number[] = [];
    matrix.attempts.forEach(({ scores }, attempt) => {
      const score = scores[item];
      if (score === null) return;
      marks.push(score);
      totalsOfSeen.push(totals[attempt]);
    });
    const rest = marks.map((mark, i) => totalsOfSeen[i] - mark);

    const average = mean(marks);
    const variance = sampleVariance(marks);
    const standardDeviation = variance === null ? null : Math.sqrt(variance);
    const dichotomous = maxMark > 0 && marks.length > 0 && marks.every((mark) => mark === 0 || mark === maxMark);
    return {
      item,
      attempts: marks.length,
      maxMark,
      facilityPercent: average === null || maxMark === 0 ? null : (100 * average) / maxMark,
      standardDeviation,
      sdPercent: standardDeviation === null || maxMark === 0 ? null : (100 * standardDeviation) / maxMark,
      intendedWeightPercent: paperMax === 0 ? null : (100 * maxMark) / paperMax,
      covarianceWithTotal: sampleCovariance(marks, totalsOfSeen),
      dichotomous,
      pointBiserial: dichotomous ? pearsonCorrelation(marks, totalsOfSeen) : null,
      ...itemDiscrimination(marks, rest),
    };
  });

  const weights = effectiveWeights(partial.map(({ covarianceWithTotal }) => covarianceWithTotal));
  return partial.map((stats, item) => ({ ...stats, effectiveWeightPercent: weights[item] }));
}
