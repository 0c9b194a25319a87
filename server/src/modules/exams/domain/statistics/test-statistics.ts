import { internalConsistency, type InternalConsistency } from './internal-consistency';
import { sampleVariance } from './sample-moments';
import { describeScores, type ScoreDistribution } from './score-distribution';
import { assertWellFormed, attemptTotal, type ScoreMatrix } from './score-matrix';

/** Moodle's "quiz information" block: the distribution of totals and the paper's reliability. */
export type TestStatistics = ScoreDistribution & InternalConsistency;

export function testStatistics(matrix: ScoreMatrix): TestStatistics {
  assertWellFormed(matrix);
  const distribution = describeScores(matrix.attempts.map(({ scores }) => attemptTotal(scores)));

  let sumOfItemVariances = 0;
  matrix.maxMarks.forEach((_, item) => {
    const seen = matrix.attempts.map(({ scores }) => scores[item]).filter((score): score is number => score !== null);
    sumOfItemVariances += sampleVariance(seen) ?? 0;
  });

  const consistency = internalConsistency({
    itemCount: matrix.maxMarks.length,
    attemptCount: distribution.count,
    sumOfItemVariances,
    totalVariance: distribution.variance,
  });
  return { ...distribution, ...consistency };
}
