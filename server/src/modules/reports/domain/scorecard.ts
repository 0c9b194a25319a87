import type { TargetStatus } from '../../kpi/domain/status-rule';
import { EXAM_ITEM, SCORE_ITEMS, type ScoreItem, type Weights } from './scorecard-weights';

/** One item of a person's month: its 0–100 score, or null when it does not count this month (and why). */
export interface ItemScore {
  item: ScoreItem;
  score: number | null;
  status: TargetStatus | 'pending';
}

/**
 * A KPI scores 100 when met and 0 when missed, as its status says (pace for 经营指导面, rise and volume
 * for 单条价, last year for 销量). Without data or without a target it does not count: the person is
 * neither helped nor hurt, and the other items' weights carry the score. An informational status can
 * only mean a weightless figure, and counts nothing either.
 */
export function kpiItemScore(status: TargetStatus): number | null {
  if (status === 'met') return 100;
  if (status === 'missed') return 0;
  return null;
}

/** The exams of the month, per person: each one sat is its percentage (补考 as the official result says), each one missed 0. */
export interface ExamOutcome {
  /** 0–100 once graded; null while open, being scored or awaiting a mark. */
  percent: number | null;
  missed: boolean;
}

export function examItem(outcomes: readonly ExamOutcome[]): ItemScore {
  const counted = outcomes.flatMap((o) => (o.missed ? [0] : o.percent === null ? [] : [o.percent]));
  if (counted.length === 0) return { item: EXAM_ITEM, score: null, status: outcomes.length ? 'pending' : 'no_data' };
  return { item: EXAM_ITEM, score: counted.reduce((a, b) => a + b, 0) / counted.length, status: 'met' };
}

/**
 * The weighted score: Σ weight × score ÷ Σ weight over the items that count this month, so a month
 * without an import or an exam neither drags a person down nor lifts them. Null when nothing counts.
 */
export function weightedScore(items: readonly ItemScore[], weights: Weights): { score: number | null; weightCounted: number } {
  let total = 0;
  let weight = 0;
  for (const { item, score } of items) {
    const w = weights[item] ?? 0;
    if (score === null || w <= 0) continue;
    total += w * score;
    weight += w;
  }
  return { score: weight > 0 ? total / weight : null, weightCounted: weight };
}

/** Scores are shown to two decimals; two people who show the same score share the rank. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}

/**
 * Ranks by score, highest first; equal shown scores share a rank and the next rank skips (1, 1, 3).
 * Someone with no score has no rank and comes last. Stable otherwise (input order).
 */
export function rankByScore<T extends { score: number | null }>(rows: readonly T[]): Array<T & { rank: number | null }> {
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row.score === null ? null : roundScore(a.row.score);
      const y = b.row.score === null ? null : roundScore(b.row.score);
      if (x === y) return a.index - b.index;
      if (x === null) return 1;
      if (y === null) return -1;
      return y - x;
    });
  let rank = 0;
  let previous: number | null = null;
  return sorted.map(({ row }, i) => {
    if (row.score === null) return { ...row, rank: null };
    const shown = roundScore(row.score);
    if (shown !== previous) rank = i + 1;
    previous = shown;
    return { ...row, rank };
  });
}

/** Every item in SCORE_ITEMS order from a person's KPI statuses and exam outcomes. */
export function itemScores(kpiStatuses: ReadonlyMap<string, TargetStatus>, exams: readonly ExamOutcome[]): ItemScore[] {
  return SCORE_ITEMS.map((item) => {
    if (item === EXAM_ITEM) return examItem(exams);
    const status = kpiStatuses.get(item) ?? 'no_data';
    return { item, score: kpiItemScore(status), status };
  });
}
