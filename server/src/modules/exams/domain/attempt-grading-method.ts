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

/** An attempt and the share of it the sitting's score counts: 1 or 0, or 1/n of each under 'average'. */
export interface CountedAttempt {
  attemptId: string;
  share: number;
}

/**
 * The attempts behind `sittingScore`, for whatever reports on them besides the score (the
 * competency record): the same method over the same graded attempts, in attempt order. A tie for
 * the highest counts the earliest of them; an attempt not yet graded counts for nothing yet.
 */
export function countedAttempts(
  method: AttemptGradingMethod,
  attempts: Array<{ attemptId: string; score: number | null }>,
): CountedAttempt[] {
  const graded = attempts.filter((a): a is { attemptId: string; score: number } => a.score !== null);
  if (graded.length === 0) return [];
  switch (method) {
    case 'highest': {
      const best = graded.reduce((top, a) => (a.score > top.score ? a : top));
      return [{ attemptId: best.attemptId, share: 1 }];
    }
    case 'last':
      return [{ attemptId: graded[graded.length - 1].attemptId, share: 1 }];
    case 'first':
      return [{ attemptId: graded[0].attemptId, share: 1 }];
    case 'average':
      return graded.map((a) => ({ attemptId: a.attemptId, share: 1 / graded.length }));
  }
}
