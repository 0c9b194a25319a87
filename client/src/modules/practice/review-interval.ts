/** The Leitner boxes run 1–5 (server: modules/exams/domain/spaced-repetition.ts); box 5 is mastered. */
export const MAX_BOX = 5

export interface Interval {
  value: number
  unit: 'minute' | 'hour' | 'day'
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * How long until `dueAt`, in the unit a person would say it: a wrong answer comes back in minutes,
 * a right one in whole days. Never less than one minute.
 */
export function intervalUntil(dueAt: string, now: number): Interval {
  const ms = Math.max(0, Date.parse(dueAt) - now)
  if (ms >= 22 * HOUR) return { value: Math.max(1, Math.round(ms / DAY)), unit: 'day' }
  if (ms >= 50 * MINUTE) return { value: Math.round(ms / HOUR), unit: 'hour' }
  return { value: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' }
}

/** "2天后", "10分钟后", "in 2 days": the locale's own words, so no catalogue entry per unit. */
export function formatInterval(interval: Interval, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(interval.value, interval.unit)
}
