/**
 * A person's level in a dimension is the share of the points at stake they earned. The current
 * level looks back over a window of months (one or two quizzes a month are too few items to judge
 * by alone); the history keeps each month on its own.
 */
export const CURRENT_WINDOW_MONTHS = 3;

export interface PointsTally {
  points: number;
  maxPoints: number;
  items: number;
}

export type LevelStatus = 'met' | 'below' | 'no_evidence';

export interface Level {
  level: number | null;
  target: number;
  /** target − level when below, else 0; null without evidence. */
  gap: number | null;
  status: LevelStatus;
  items: number;
}

/**
 * Points come in hundredths and targets in thousandths, so a real shortfall is at least 0.00001
 * points; comparing against half of that absorbs binary rounding (0.57 / 190 < 0.003 in floating
 * point) and agrees with PostgreSQL's exact `points < target * max_points`, which ranks a unit's people.
 */
const SHORTFALL_TOLERANCE = 0.000005;

export function levelOf(tally: PointsTally | undefined, target: number): Level {
  if (!tally || tally.maxPoints <= 0) return { level: null, target, gap: null, status: 'no_evidence', items: tally?.items ?? 0 };
  const level = tally.points / tally.maxPoints;
  const met = tally.points - target * tally.maxPoints > -SHORTFALL_TOLERANCE;
  return { level: round4(level), target, gap: met ? 0 : round4(target - level), status: met ? 'met' : 'below', items: tally.items };
}

export function addTallies(a: PointsTally | undefined, b: PointsTally): PointsTally {
  return a ? { points: a.points + b.points, maxPoints: a.maxPoints + b.maxPoints, items: a.items + b.items } : { ...b };
}

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}
