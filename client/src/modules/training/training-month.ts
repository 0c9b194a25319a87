import type { TrainingCalendarDto } from '@/api/schema'

/** 'YYYY-MM' of an instant in China Standard Time, the month the department counts in. */
export function monthOf(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 7)
}

export function shiftMonth(month: string, n: number): string {
  const [year, m] = month.split('-').map(Number)
  const index = year * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

export type CadenceWarning = 'missing' | 'tooMany' | null

/** The plan's warning for the month, as the server judged it: none, 本月缺少培训+考试, or 超过两次. */
export function cadenceWarning(calendar: Pick<TrainingCalendarDto, 'cadence'> | null): CadenceWarning {
  return calendar?.cadence.problem ?? null
}

/** The text the QR carries: Kaoping's own check-in page on this server, with the code. */
export function qrUrl(qrText: string, origin: string): string {
  return new URL(qrText, origin).href
}

const DEVICE_KEY = 'kp-device-id'

/** A random id this browser keeps, so one phone checking in two accounts can be flagged (never blocked). */
export function deviceId(
  storage: Pick<Storage, 'getItem' | 'setItem'> = window.localStorage,
  random: () => string = () => crypto.randomUUID(),
): string {
  let id = storage.getItem(DEVICE_KEY)
  if (!id) {
    id = random()
    storage.setItem(DEVICE_KEY, id)
  }
  return id
}
