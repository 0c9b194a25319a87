import type { WrongBookEntryDto } from '@/api/schema'

export interface WrongBookGroups {
  /** Due for review now, the longest overdue first. */
  due: WrongBookEntryDto[]
  /** Waiting for their next review, the soonest first. */
  later: WrongBookEntryDto[]
  /** Reached the last box: no more reviews. */
  mastered: WrongBookEntryDto[]
}

const byDueAt = (a: WrongBookEntryDto, b: WrongBookEntryDto) => Date.parse(a.dueAt) - Date.parse(b.dueAt)
const byLastWrong = (a: WrongBookEntryDto, b: WrongBookEntryDto) => Date.parse(b.lastWrongAt ?? '') - Date.parse(a.lastWrongAt ?? '') || 0

/** Splits the 错题本 the way the server draws from it: due means dueAt has passed and not mastered. */
export function groupWrongBook(entries: readonly WrongBookEntryDto[], now: number): WrongBookGroups {
  const due: WrongBookEntryDto[] = []
  const later: WrongBookEntryDto[] = []
  const mastered: WrongBookEntryDto[] = []
  for (const entry of entries) {
    if (entry.mastered) mastered.push(entry)
    else if (Date.parse(entry.dueAt) <= now) due.push(entry)
    else later.push(entry)
  }
  return { due: due.sort(byDueAt), later: later.sort(byDueAt), mastered: mastered.sort(byLastWrong) }
}
