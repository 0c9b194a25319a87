/**
 * How the app writes dates, times and numbers, the one place for it: dates and times as
 * "2026-12-05 09:30" in the browser's time zone (the county's, on its computers) in every language,
 * scores to at most two decimals.
 */

const pad = (n: number) => String(n).padStart(2, '0')

function dateOf(value: string | Date | null | undefined): Date | null {
  if (!value) return null
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/** "2026-12-05"; '' for a missing date. */
export function formatDate(value: string | Date | null | undefined): string {
  const d = dateOf(value)
  return d ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : ''
}

/** "2026-12-05 09:30" in the browser's time zone (the county's, on its computers). */
export function formatDateTime(value: string | Date | null | undefined): string {
  const d = dateOf(value)
  return d ? `${formatDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}` : ''
}

/** A window on one day reads "2026-12-05 09:00 – 18:00"; across days, both ends in full. */
export function formatWindow(opensAt: string | Date, closesAt: string | Date): string {
  const from = formatDateTime(opensAt)
  const to = formatDateTime(closesAt)
  return from.slice(0, 10) === to.slice(0, 10) ? `${from} – ${to.slice(11)}` : `${from} – ${to}`
}

/** The value format of the el-date-picker fields. */
export const PICKER_FORMAT = 'YYYY-MM-DD HH:mm'

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

/** A count or measure with at most `digits` decimals, grouped as the language groups digits (1,234.5). */
export function formatNumber(value: number | null | undefined, locale: string, digits = 1, empty = '—'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return empty
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)
}
