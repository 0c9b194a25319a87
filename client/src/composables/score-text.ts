/**
 * A score as every page shows it: rounded to at most two decimals, without trailing zeros
 * (23.1666… → "23.17", 14 → "14"), so the same attempt reads the same on the result page, the
 * trainer's table and the review. Only the text is rounded: the numbers themselves stay exact, for
 * ranking and sums. The XLSX export does the same with a number format (server `writeSheet`).
 */
export function scoreText(score: number | null | undefined, empty = '—'): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return empty
  const rounded = Math.round(score * 100) / 100
  return String(Object.is(rounded, -0) ? 0 : rounded)
}
