import type { SpeedRound } from './round-settings';

/**
 * 速答 points, Kahoot-like (points × (1 − speedShare × used/limit)), rounded to whole points. Because
 * speedShare < 1 and wrong ≤ 0, the slowest correct answer still earns more than any wrong one.
 */
export function speedPoints(settings: SpeedRound, usedMs: number): number {
  const used = Math.min(1, Math.max(0, usedMs / settings.answerMs));
  return Math.max(1, Math.round(settings.points * (1 - settings.speedShare * used)));
}

/** The bonus for the n-th correct answer in a row (0 for the first). */
export function streakBonus(settings: SpeedRound, streak: number): number {
  return Math.min(Math.max(0, streak - 1), settings.streakCap) * settings.streakBonus;
}
