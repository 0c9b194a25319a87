import type { SittingDto } from '@/api/schema'

export type SittingPhase = 'upcoming' | 'open' | 'closed'

/** Where a sitting stands now, by its window alone (per-person overrides aside). */
export function sittingPhase(sitting: Pick<SittingDto, 'opensAt' | 'closesAt'>, now: Date): SittingPhase {
  if (now < new Date(sitting.opensAt)) return 'upcoming'
  return now < new Date(sitting.closesAt) ? 'open' : 'closed'
}

/** The plan asks for 1–2 trainings with exams a month (每月组织1-2次的营销人员培训和考试). */
export const MONTHLY_MIN = 1
export const MONTHLY_MAX = 2

export type MonthCadence = 'none' | 'ok' | 'tooMany'

export interface SittingMonth {
  /** "2026-12" */
  key: string
  year: number
  /** 1..12 */
  month: number
  sittings: SittingDto[]
  /** Exams counted against the cadence: a make-up (补考) repeats an exam and does not count. */
  exams: number
  cadence: MonthCadence
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`
}

/**
 * Sittings grouped by the month they open in, every month from the first one (or this month,
 * whichever is earlier) to the last one (or next month, whichever is later), empty months
 * included: an empty month is exactly what a planner must see.
 */
export function groupByMonth(sittings: readonly SittingDto[], now: Date): SittingMonth[] {
  const byKey = new Map<string, SittingDto[]>()
  for (const sitting of sittings) {
    const opens = new Date(sitting.opensAt)
    const key = monthKey(opens.getFullYear(), opens.getMonth() + 1)
    byKey.set(key, [...(byKey.get(key) ?? []), sitting])
  }
  const indexOf = (d: Date) => d.getFullYear() * 12 + d.getMonth()
  const indices = sittings.map((s) => indexOf(new Date(s.opensAt)))
  const first = Math.min(indexOf(now), ...indices)
  const last = Math.max(indexOf(now) + 1, ...indices)

  const months: SittingMonth[] = []
  for (let i = first; i <= last; i++) {
    const year = Math.floor(i / 12)
    const month = (i % 12) + 1
    const key = monthKey(year, month)
    const list = [...(byKey.get(key) ?? [])].sort((a, b) => a.opensAt.localeCompare(b.opensAt))
    const exams = list.filter((s) => !s.makeupOf).length
    months.push({ key, year, month, sittings: list, exams, cadence: exams < MONTHLY_MIN ? 'none' : exams > MONTHLY_MAX ? 'tooMany' : 'ok' })
  }
  return months.reverse()
}
