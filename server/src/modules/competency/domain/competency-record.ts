import { addMonths, monthLabel, monthRange } from '../../../platform/calendar/month';
import { COMPETENCY_DIMENSIONS, type CompetencyDimension } from './competency-dimensions';
import { addTallies, levelOf, type EvidenceMinimum, type Level, type PointsTally } from './competency-level';
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
export function dimensionLevels(tallies: DimensionTally[], targets: TargetLevel[], minimum?: EvidenceMinimum): DimensionLevel[] {
  const pooled = new Map<string, PointsTally>();
  for (const t of tallies) pooled.set(t.dimension, addTallies(pooled.get(t.dimension), t));
  return COMPETENCY_DIMENSIONS.map((dimension) => ({
    dimension,
    ...levelOf(pooled.get(dimension), targetOf(targets, dimension), minimum),
  }));
}

/** Dimensions without a level: nothing, or too little, to judge by. */
export function unassessedOf(levels: Level[]): number {
  return levels.filter((l) => l.level === null).length;
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
  minimum?: EvidenceMinimum,
): { current: DimensionLevel[]; history: MonthLevels[] } {
  const first = windowStart(last);
  const current = dimensionLevels(
    rows.filter((r) => r.month >= first && r.month <= last),
    targets,
    minimum,
  );
  const history = monthRange(addMonths(last, -(months - 1)), last).map((month) => ({
    month: monthLabel(month),
    dimensions: dimensionLevels(
      rows.filter((r) => r.month === month),
      targets,
      minimum,
    ),
  }));
  return { current, history };
}

/**
 * What the record measures: while all its evidence comes from exams it is an exam score rate per
 * subject (考试得分率), and says so; it becomes a competency level once other kinds join.
 */
export type RecordBasis = 'exam_score_rate' | 'mixed' | 'none';

export function recordBasis(kinds: string[]): RecordBasis {
  if (kinds.length === 0) return 'none';
  return kinds.every((k) => k === 'exam') ? 'exam_score_rate' : 'mixed';
}
