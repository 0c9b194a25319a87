import type { QuestionDraft } from './question-draft';

/** How a bank's questions spread over one attribute: count and share per value. */
export type Spread = Record<string, { count: number; share: number }>;

export interface MixTarget {
  /** Wanted share per difficulty 1–5; the limit is at least 15 % at 4–5. */
  difficulty: Record<string, number>;
  /** Every type should appear; no type should hold more than this share. */
  maxTypeShare: number;
}

export const DEFAULT_MIX_TARGET: MixTarget = { difficulty: { '1': 0.15, '2': 0.3, '3': 0.3, '4': 0.15, '5': 0.1 }, maxTypeShare: 0.45 };

export interface MixDeviation {
  attribute: 'difficulty' | 'type';
  value: string;
  actual: number;
  target: number;
}

export function spreadOf(drafts: QuestionDraft[], attribute: (d: QuestionDraft) => string | undefined): Spread {
  const spread: Spread = {};
  for (const d of drafts) {
    const value = attribute(d) ?? '未设置';
    spread[value] = { count: (spread[value]?.count ?? 0) + 1, share: 0 };
  }
  for (const entry of Object.values(spread)) entry.share = drafts.length ? Math.round((entry.count / drafts.length) * 1000) / 1000 : 0;
  return spread;
}

/** Share of questions at difficulty 4–5: cases, calculations from figures, judging a real situation. */
export function hardShare(drafts: QuestionDraft[]): number {
  return drafts.length ? drafts.filter((d) => (d.difficulty ?? 0) >= 4).length / drafts.length : 0;
}

/**
 * Where the bank's spread strays from the target: a difficulty level more than 10 points off its
 * share, a type that holds more than the maximum share, a question type the bank lacks entirely.
 */
export function mixDeviations(drafts: QuestionDraft[], types: readonly string[], target = DEFAULT_MIX_TARGET): MixDeviation[] {
  if (!drafts.length) return [];
  const deviations: MixDeviation[] = [];
  const byDifficulty = spreadOf(drafts, (d) => (d.difficulty === undefined ? undefined : String(d.difficulty)));
  for (const [level, share] of Object.entries(target.difficulty)) {
    const actual = byDifficulty[level]?.share ?? 0;
    if (Math.abs(actual - share) > 0.1 + 1e-9) deviations.push({ attribute: 'difficulty', value: level, actual, target: share });
  }
  const byType = spreadOf(drafts, (d) => d.type);
  for (const type of types) {
    const actual = byType[type]?.share ?? 0;
    if (actual === 0) deviations.push({ attribute: 'type', value: type, actual, target: 1 / types.length });
    else if (actual > target.maxTypeShare) deviations.push({ attribute: 'type', value: type, actual, target: target.maxTypeShare });
  }
  return deviations;
}
