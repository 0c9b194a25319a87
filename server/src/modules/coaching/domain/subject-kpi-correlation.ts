/**
 * A subject's level against a KPI across a unit's people: Pearson's r over the people who have
 * both. Fewer than MIN_PEOPLE pairs, or no spread on either side, says nothing: the page shows
 * "too little data" instead of a number.
 */
export const MIN_PEOPLE = 8;

export interface Pair {
  level: number;
  kpi: number;
}

export type Correlation =
  { n: number; r: number; conclusive: true } | { n: number; r: null; conclusive: false; why: 'too_few' | 'no_spread' };

export function correlation(pairs: Pair[], minPeople = MIN_PEOPLE): Correlation {
  const n = pairs.length;
  if (n < minPeople) return { n, r: null, conclusive: false, why: 'too_few' };
  const meanX = pairs.reduce((s, p) => s + p.level, 0) / n;
  const meanY = pairs.reduce((s, p) => s + p.kpi, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of pairs) {
    sxy += (p.level - meanX) * (p.kpi - meanY);
    sxx += (p.level - meanX) ** 2;
    syy += (p.kpi - meanY) ** 2;
  }
  if (sxx === 0 || syy === 0) return { n, r: null, conclusive: false, why: 'no_spread' };
  return { n, r: Math.round((sxy / Math.sqrt(sxx * syy)) * 1000) / 1000, conclusive: true };
}
