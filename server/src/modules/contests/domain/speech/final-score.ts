/** How a speaker's judges' totals become one score, chosen per contest. */
export const FINAL_METHODS = ['trimmed', 'median', 'normalised'] as const;
export type FinalMethod = (typeof FINAL_METHODS)[number];

/** Five or more judges: the highest and the lowest are dropped (去掉一个最高分，去掉一个最低分). */
export const TRIM_FROM_JUDGES = 5;

export interface JudgeTotal {
  judgeId: string;
  total: number;
}

export interface SpeakerSheets {
  speakerId: string;
  totals: JudgeTotal[];
  penalty: number;
}

export interface SpeakerResult {
  speakerId: string;
  /** What each judge's total counted as: the total itself, or its rescaled value under normalisation. */
  counted: Array<JudgeTotal & { value: number }>;
  /** Judges whose totals were left out (trimmed mean: one lowest, one highest). */
  dropped: string[];
  aggregated: number;
  penalty: number;
  final: number;
  rank: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Population standard deviation: a judge's own spread over the speakers they scored. */
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Ranks compare the third decimal (ties at two decimals are broken there); equal there, equal rank (1, 2, 2, 4). */
export const rankKey = (score: number) => Math.round(score * 1000);

/** Two decimals, as shown everywhere. */
export const shown = (score: number) => (Math.round(score * 100) / 100).toFixed(2);

/**
 * Normalisation: each judge's totals become z-scores over the speakers that judge scored, rescaled
 * to the panel's grand mean and pooled within-judge spread (root mean square of the judges'
 * standard deviations), so a harsh or a lenient judge weighs like the others. A judge who gave
 * everyone the same (or scored one speaker) counts as the grand mean.
 */
function normalisedValues(speakers: readonly SpeakerSheets[]): Map<string, Map<string, number>> {
  const byJudge = new Map<string, number[]>();
  for (const s of speakers) for (const t of s.totals) byJudge.set(t.judgeId, [...(byJudge.get(t.judgeId) ?? []), t.total]);
  const all = speakers.flatMap((s) => s.totals.map((t) => t.total));
  const grand = all.length ? mean(all) : 0;
  const stats = new Map([...byJudge].map(([judgeId, xs]) => [judgeId, { m: mean(xs), s: sd(xs) }]));
  const pooled = Math.sqrt(mean([...stats.values()].map((x) => x.s ** 2)));
  return new Map(
    speakers.map((s) => [
      s.speakerId,
      new Map(
        s.totals.map((t) => {
          const { m, s: spread } = stats.get(t.judgeId)!;
          return [t.judgeId, spread === 0 ? grand : grand + (pooled * (t.total - m)) / spread];
        }),
      ),
    ]),
  );
}

/** Each speaker's final score and rank; speakers without any judge's total are left out. */
export function finalResults(method: FinalMethod, speakers: readonly SpeakerSheets[]): SpeakerResult[] {
  const scored = speakers.filter((s) => s.totals.length > 0);
  const normalised = method === 'normalised' ? normalisedValues(scored) : null;
  const results = scored.map((s) => {
    const counted = s.totals.map((t) => ({ ...t, value: normalised ? normalised.get(s.speakerId)!.get(t.judgeId)! : t.total }));
    let dropped: string[] = [];
    let aggregated: number;
    if (method === 'median') {
      aggregated = median(counted.map((c) => c.value));
    } else if (method === 'trimmed' && counted.length >= TRIM_FROM_JUDGES) {
      const order = [...counted].sort((a, b) => a.value - b.value);
      dropped = [order[0].judgeId, order[order.length - 1].judgeId];
      aggregated = mean(order.slice(1, -1).map((c) => c.value));
    } else {
      aggregated = mean(counted.map((c) => c.value));
    }
    return { speakerId: s.speakerId, counted, dropped, aggregated, penalty: s.penalty, final: aggregated - s.penalty, rank: 0 };
  });
  results.sort((a, b) => rankKey(b.final) - rankKey(a.final));
  results.forEach((r, i) => (r.rank = i > 0 && rankKey(results[i - 1].final) === rankKey(r.final) ? results[i - 1].rank : i + 1));
  return results;
}
