/**
 * What every statistic in this folder reads: the marks each attempt earned on each item of one
 * paper, in marks (not fractions). A persistence query (`loadScoreMatrix`) builds it; nothing here
 * knows where it came from.
 *
 * `null` means the attempt never showed the item (drawn from a pool, or the paper changed); such an
 * item is left out of that attempt's item statistics, as Moodle only counts the steps that exist.
 * An item shown and left blank is a 0, not a null.
 */
export interface ScoreMatrix {
  /** per item, the marks it is worth on this paper; 0 for an ungraded item such as a description */
  maxMarks: number[];
  attempts: Array<{ scores: Array<number | null> }>;
}

/** The attempt's total: the sum of the items it was shown. */
export function attemptTotal(scores: ReadonlyArray<number | null>): number {
  let total = 0;
  for (const score of scores) if (score !== null) total += score;
  return total;
}

/**
 * A matrix with rows of the wrong length or marks that are not finite numbers is a bug in the query
 * that built it, never a candidate's doing, so it fails loudly rather than skewing a report.
 */
export function assertWellFormed(matrix: ScoreMatrix): void {
  const itemCount = matrix.maxMarks.length;
  matrix.maxMarks.forEach((maxMark, item) => {
    if (!Number.isFinite(maxMark) || maxMark < 0)
      throw new RangeError(`item ${item}: max mark ${maxMark} is not a finite, non-negative number`);
  });
  matrix.attempts.forEach(({ scores }, attempt) => {
    if (scores.length !== itemCount) throw new RangeError(`attempt ${attempt}: ${scores.length} scores for ${itemCount} items`);
    scores.forEach((score, item) => {
      if (score !== null && !Number.isFinite(score))
        throw new RangeError(`attempt ${attempt}, item ${item}: score ${score} is not a finite number`);
    });
  });
}
