import { monthOf } from '../../../platform/calendar/month';
import { isCompetencyDimension, type CompetencyDimension } from './competency-dimensions';
import type { EvidenceKind } from './evidence-kinds';
import type { EvidenceSource } from './graded-attempt';

/**
 * The evidence contract (decisions §23): what a module other than exams hands the record about one
 * person and one source. Recording the same kind and source again replaces what it said before;
 * recording it with no items takes it back.
 */
export interface EvidenceInput {
  kind: Exclude<EvidenceKind, 'exam'>;
  /** The source's id in its module (a training session's attendance, a contest entry…), at most 64 characters. */
  sourceId: string;
  /** Shown in the record, e.g. '11月 法律法规知识竞赛'. */
  title: string;
  /** Sources scored together (a contest's rounds); optional. */
  group?: string | null;
  userId: string;
  occurredAt: Date;
  items: EvidenceItemInput[];
}

export interface EvidenceItemInput {
  dimension: CompetencyDimension;
  /** The share of what was possible the person achieved, 0..1. */
  fraction: number;
  /** How much this counts against an exam's points: the points at stake (default 10 — one short quiz's worth). */
  weight?: number;
  /** Items (questions, tasks) behind the fraction; default 1. Counted toward the record's minimum. */
  items?: number;
}

/** A source on its own counts as much as ten exam points, unless its module says otherwise. */
export const DEFAULT_EVIDENCE_WEIGHT = 10;
const MAX_WEIGHT = 1000;

export type EvidenceInputProblem = { problem: string };

/** Checks an input and turns it into the ledger's rows; a wrong input names its problem. */
export function evidenceOfInput(input: EvidenceInput, recordedAt: Date): EvidenceSource | EvidenceInputProblem {
  if (!input.sourceId || input.sourceId.length > 64) return { problem: 'sourceId must be 1–64 characters' };
  if (input.group && input.group.length > 64) return { problem: 'group must be at most 64 characters' };
  if (Number.isNaN(input.occurredAt.getTime())) return { problem: 'occurredAt is not a date' };
  const byDimension = new Map<CompetencyDimension, { points: number; maxPoints: number; items: number }>();
  for (const item of input.items) {
    if (!isCompetencyDimension(item.dimension)) return { problem: `unknown dimension ${String(item.dimension)}` };
    if (!(item.fraction >= 0 && item.fraction <= 1)) return { problem: 'fraction must be within 0..1' };
    const weight = item.weight ?? DEFAULT_EVIDENCE_WEIGHT;
    if (!(weight > 0 && weight <= MAX_WEIGHT)) return { problem: `weight must be within (0, ${MAX_WEIGHT}]` };
    const items = item.items ?? 1;
    if (!Number.isInteger(items) || items < 1) return { problem: 'items must be a positive integer' };
    const entry = byDimension.get(item.dimension) ?? { points: 0, maxPoints: 0, items: 0 };
    entry.points += item.fraction * weight;
    entry.maxPoints += weight;
    entry.items += items;
    byDimension.set(item.dimension, entry);
  }
  return {
    kind: input.kind,
    sourceId: input.sourceId,
    group: input.group ?? null,
    makeup: false,
    countedShare: 1,
    userId: input.userId,
    title: input.title.slice(0, 200),
    occurredAt: input.occurredAt,
    month: monthOf(input.occurredAt),
    recordedAt,
    dimensions: [...byDimension].map(([dimension, e]) => ({
      dimension,
      points: round2(e.points),
      maxPoints: round2(e.maxPoints),
      items: e.items,
    })),
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
