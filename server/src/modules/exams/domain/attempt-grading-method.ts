export const ATTEMPT_GRADING_METHODS = ['highest', 'last', 'average', 'first'] as const;
export type AttemptGradingMethod = (typeof ATTEMPT_GRADING_METHODS)[number];

/** Which attempts count when several are allowed. Scores are in attempt order; null while ungraded. */
export function sittingScore(method: AttemptGradingMethod, scores: Array<number | null>): number | null {
  const graded = scores.filter((s): s is number => s !== null);
  if (graded.length === 0) return null;
  switch (method) {
    case 'highest':
      return Math.max(...graded);
    case 'last':
      return graded[graded.length - 1] ?? null;
    case 'first':
      return graded[0] ?? null;
    case 'average':
      return Math.round((graded.reduce((a, b) => a + b, 0) / graded.length) * 1000) / 1000;
  }
}
