import { addMonths, monthLabel, monthRange } from '../../../platform/calendar/month';
import { COMPETENCY_DIMENSIONS, type CompetencyDimension } from './competency-dimensions';
import { addTallies, levelOf, type Level, type PointsTally } from './competency-level';
import { targetOf, type TargetLevel } from './competency-targets';
import { windowStart } from './evidence-window';

export interface DimensionTally extends PointsTally {
  dimension: string;
}

export interface MonthTally extends DimensionTally {
  /** 'YYYY-MM-01' */
  month: string;
}

export type DimensionLevel = Level & { dimension: CompetencyDimension };

export interface MonthLevels {
  /** 'YYYY-MM' */
  month: string;
  dimensions: DimensionLevel[];
}

/** A level for every dimension, in the plan's order; points are pooled, never levels averaged. */
export function dimensionLevels(tallies: DimensionTally[], targets: TargetLevel[]): DimensionLevel[] {
  const pooled = new Map<string, PointsTally>();
  for (const t of tallies) pooled.set(t.dimension, addTallies(pooled.get(t.dimension), t));
  return COMPETENCY_DIMENSIONS.map((dimension) => ({ dimension, ...levelOf(pooled.get(dimension), targetOf(targets, dimension)) }));
}

export function gapsOf(levels: Level[]): number {
  return levels.filter((l) => l.status === 'below').length;
}

/** The earliest month a person's record reads: where its history or its current window starts. */
export function recordStart(last: string, months: number): string {
  const historyStart = addMonths(last, -(months - 1));
  const start = windowStart(last);
  return historyStart < start ? historyStart : start;
}

/**
 * One person's record from their evidence summed per month and dimension: the current level over
 * the window ending at `last`, and each of the `months` months up to `last` on its own.
 */
export function personRecord(
  rows: MonthTally[],
  last: string,
  months: number,
  targets: TargetLevel[],
): { current: DimensionLevel[]; history: MonthLevels[] } {
  const first = windowStart(last);
  const current = dimensionLevels(
    rows.filter((r) => r.month >= first && r.month <= last),
    targets,
  );
  const history = monthRange(addMonths(last, -(months - 1)), last).map((month) => ({
    month: monthLabel(month),
    dimensions: dimensionLevels(
      rows.filter((r) => r.month === month),
      targets,
    ),
  }));
  return { current, history };
}
