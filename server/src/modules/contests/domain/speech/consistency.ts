/**
 * How far a panel of judges agrees, over the speakers they scored (totals before any penalty).
 * ICC per Shrout & Fleiss (1979), two-way random effects, absolute agreement: ICC(2,1) for one
 * judge, ICC(2,k) for the panel's mean; bands per Koo & Li (2016).
 */
export interface ScoreCell {
  speakerId: string;
  judgeId: string;
  total: number;
}

export type IccBand = 'poor' | 'moderate' | 'good' | 'excellent';

export interface JudgeConsistency {
  judgeId: string;
  scored: number;
  /** Mean of (this judge's total − the panel's mean for that speaker): negative for a harsh judge. */
  meanOffset: number;
  /** Sample standard deviation of this judge's totals; null under two speakers. */
  spread: number | null;
}

export interface PanelConsistency {
  judges: JudgeConsistency[];
  /** Over the speakers every judge scored; null when fewer than two speakers or two judges, or no variance at all. */
  icc: { single: number; average: number; singleBand: IccBand; averageBand: IccBand; speakers: number; judges: number } | null;
  /** Totals further than two pooled standard deviations from their speaker's panel mean (speakers with three judges or more). */
  outliers: Array<ScoreCell & { residual: number }>;
}

export const OUTLIER_SDS = 2;

export function iccBand(icc: number): IccBand {
  if (icc < 0.5) return 'poor';
  if (icc < 0.75) return 'moderate';
  if (icc <= 0.9) return 'good';
  return 'excellent';
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The two-way ANOVA mean squares of a complete n speakers × k judges table. */
export function meanSquares(table: number[][]): { msr: number; msc: number; mse: number } {
  const n = table.length;
  const k = table[0].length;
  const grand = mean(table.flat());
  const rows = table.map(mean);
  const cols = table[0].map((_, j) => mean(table.map((r) => r[j])));
  const ssr = k * rows.reduce((s, r) => s + (r - grand) ** 2, 0);
  const ssc = n * cols.reduce((s, c) => s + (c - grand) ** 2, 0);
  const sst = table.flat().reduce((s, x) => s + (x - grand) ** 2, 0);
  return { msr: ssr / (n - 1), msc: ssc / (k - 1), mse: (sst - ssr - ssc) / ((n - 1) * (k - 1)) };
}

export function icc2(table: number[][]): { single: number; average: number } | null {
  const n = table.length;
  const k = table[0]?.length ?? 0;
  if (n < 2 || k < 2) return null;
  const { msr, msc, mse } = meanSquares(table);
  const singleDen = msr + (k - 1) * mse + (k * (msc - mse)) / n;
  const averageDen = msr + (msc - mse) / n;
  if (singleDen === 0 || averageDen === 0) return null;
  return { single: (msr - mse) / singleDen, average: (msr - mse) / averageDen };
}

export function panelConsistency(judgeIds: readonly string[], cells: readonly ScoreCell[]): PanelConsistency {
  const speakers = [...new Set(cells.map((c) => c.speakerId))];
  const rowOf = new Map(speakers.map((s) => [s, cells.filter((c) => c.speakerId === s)]));
  const rowMean = new Map([...rowOf].map(([s, row]) => [s, mean(row.map((c) => c.total))]));

  const judges = judgeIds.map((judgeId) => {
    const own = cells.filter((c) => c.judgeId === judgeId);
    const totals = own.map((c) => c.total);
    const m = totals.length ? mean(totals) : 0;
    return {
      judgeId,
      scored: own.length,
      meanOffset: own.length ? mean(own.map((c) => c.total - rowMean.get(c.speakerId)!)) : 0,
      spread: totals.length >= 2 ? Math.sqrt(totals.reduce((s, x) => s + (x - m) ** 2, 0) / (totals.length - 1)) : null,
    };
  });

  const complete = speakers.filter((s) => judgeIds.every((j) => rowOf.get(s)!.some((c) => c.judgeId === j)));
  const table = complete.map((s) => judgeIds.map((j) => rowOf.get(s)!.find((c) => c.judgeId === j)!.total));
  const figures = icc2(table);
  const icc = figures && {
    ...figures,
    singleBand: iccBand(figures.single),
    averageBand: iccBand(figures.average),
    speakers: complete.length,
    judges: judgeIds.length,
  };

  const wide = [...rowOf.values()].filter((row) => row.length >= 3);
  const residuals = wide.flatMap((row) => row.map((c) => ({ ...c, residual: c.total - rowMean.get(c.speakerId)! })));
  const freedom = wide.reduce((s, row) => s + row.length - 1, 0);
  const pooled = freedom > 0 ? Math.sqrt(residuals.reduce((s, r) => s + r.residual ** 2, 0) / freedom) : 0;
  const outliers = pooled > 0 ? residuals.filter((r) => Math.abs(r.residual) > OUTLIER_SDS * pooled) : [];

  return { judges, icc, outliers };
}
