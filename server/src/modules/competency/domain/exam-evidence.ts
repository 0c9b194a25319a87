import { isCompetencyDimension, type CompetencyDimension } from './competency-dimensions';

export interface GradedItem {
  dimension: string | null;
  score: number;
  points: number;
}

export interface DimensionEvidence {
  dimension: CompetencyDimension;
  points: number;
  maxPoints: number;
  items: number;
}

/**
 * Sums a graded attempt's items per competency dimension. Items without a dimension (or with one
 * the record does not know) say nothing about a competency and are left out; a dimension with no
 * points at stake yields no evidence.
 */
export function evidenceFromItems(items: GradedItem[]): DimensionEvidence[] {
  const byDimension = new Map<CompetencyDimension, DimensionEvidence>();
  for (const item of items) {
    if (item.dimension === null || !isCompetencyDimension(item.dimension)) continue;
    const entry = byDimension.get(item.dimension) ?? { dimension: item.dimension, points: 0, maxPoints: 0, items: 0 };
    entry.points += item.score;
    entry.maxPoints += item.points;
    entry.items += 1;
    byDimension.set(item.dimension, entry);
  }
  return [...byDimension.values()]
    .filter((e) => e.maxPoints > 0)
    .map((e) => ({ ...e, points: round2(e.points), maxPoints: round2(e.maxPoints) }));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
