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

/**
 * `no_evidence`: nothing in the window; `insufficient` (证据不足): some, but less than the minimum —
 * neither shows a level, so a person who skipped the quizzes never looks better than one at 70 %.
 */
export type LevelStatus = 'met' | 'below' | 'insufficient' | 'no_evidence';

/**
 * The least evidence a level is shown on, per dimension and window (decisions §23). Defaults: five
 * items and ten points — two monthly quizzes' worth of one subject in the three-month window.
 */
export interface EvidenceMinimum {
  items: number;
  points: number;
}

export const DEFAULT_EVIDENCE_MINIMUM: EvidenceMinimum = { items: 5, points: 10 };

export interface Level {
  level: number | null;
  target: number;
  /** target − level when below, else 0; null without evidence. */
  gap: number | null;
  status: LevelStatus;
  /** Items counted (by the sittings' grading methods) behind the level. */
  items: number;
  /** Points at stake behind the level, as counted. */
  pointsAtStake: number;
}

/**
 * Points come in hundredths and targets in thousandths, so a real shortfall is at least 0.00001
 * points; comparing against half of that absorbs binary rounding (0.57 / 190 < 0.003 in floating
 * point) and agrees with PostgreSQL's exact `points < target * max_points`, which ranks a unit's people.
 */
const SHORTFALL_TOLERANCE = 0.000005;

export function levelOf(tally: PointsTally | undefined, target: number, minimum: EvidenceMinimum = DEFAULT_EVIDENCE_MINIMUM): Level {
  const items = tally?.items ?? 0;
  const pointsAtStake = round2(Math.max(tally?.maxPoints ?? 0, 0));
  if (!tally || tally.maxPoints <= 0) return { level: null, target, gap: null, status: 'no_evidence', items, pointsAtStake };
  if (!isSufficient(tally, minimum)) return { level: null, target, gap: null, status: 'insufficient', items, pointsAtStake };
  const level = tally.points / tally.maxPoints;
  const met = tally.points - target * tally.maxPoints > -SHORTFALL_TOLERANCE;
  return { level: round4(level), target, gap: met ? 0 : round4(target - level), status: met ? 'met' : 'below', items, pointsAtStake };
}

/** The same test the unit's statement makes in SQL (`items >= min AND max_points >= min`). */
export function isSufficient(tally: PointsTally, minimum: EvidenceMinimum): boolean {
  return tally.items >= minimum.items && tally.maxPoints - minimum.points > -SHORTFALL_TOLERANCE;
}

export function addTallies(a: PointsTally | undefined, b: PointsTally): PointsTally {
  return a ? { points: a.points + b.points, maxPoints: a.maxPoints + b.maxPoints, items: a.items + b.items } : { ...b };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}
