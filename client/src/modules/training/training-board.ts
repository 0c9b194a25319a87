import type { AttendanceItemDto } from '@/api/schema'

export type AttendanceStatus = AttendanceItemDto['status']

/** What the live board hears about one person (server: training-live.ts). */
export interface AttendanceActivity {
  userId: string
  status: AttendanceStatus
  checkedInAt: string | null
  sharedDevice: boolean
}

export function isAttendanceActivity(data: unknown): data is AttendanceActivity {
  const d = data as Partial<AttendanceActivity> | null
  return typeof d === 'object' && d !== null && typeof d.userId === 'string' && typeof d.status === 'string'
}

/** A board row after a live event; rows of people the board does not know are left to the next re-read. */
export function applyActivity(
  items: readonly AttendanceItemDto[],
  event: AttendanceActivity,
): { items: AttendanceItemDto[]; known: boolean } {
  const i = items.findIndex((item) => item.userId === event.userId)
  if (i < 0) return { items: [...items], known: false }
  const next = [...items]
  next[i] = { ...items[i], status: event.status, checkedInAt: event.checkedInAt, sharedDevice: event.sharedDevice }
  return { items: next, known: true }
}

export interface BoardCounts {
  arrived: number
  late: number
  missing: number
  excused: number
}

/** The board's four columns: on time, late, not (yet) here, excused. */
export function countsOf(items: readonly AttendanceItemDto[]): BoardCounts {
  const counts: BoardCounts = { arrived: 0, late: 0, missing: 0, excused: 0 }
  for (const item of items) {
    if (item.status === 'present') counts.arrived++
    else if (item.status === 'late') counts.late++
    else if (item.status === 'excused') counts.excused++
    else counts.missing++
  }
  return counts
}

export interface UnitBoard extends BoardCounts {
  unitId: string
  unitName: string
  total: number
  /** Who is not there yet (pending or absent), by name. */
  missingNames: string[]
}

/** One line per unit, in the order the server sent the people (by unit). */
export function boardByUnit(items: readonly AttendanceItemDto[]): UnitBoard[] {
  const units = new Map<string, AttendanceItemDto[]>()
  for (const item of items) units.set(item.unitId, [...(units.get(item.unitId) ?? []), item])
  return [...units.values()].map((people) => ({
    unitId: people[0].unitId,
    unitName: people[0].unitName,
    total: people.length,
    ...countsOf(people),
    missingNames: people.filter((p) => p.status === 'pending' || p.status === 'absent').map((p) => p.displayName),
  }))
}
