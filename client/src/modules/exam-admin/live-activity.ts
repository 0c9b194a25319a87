import type { CandidateResultDto } from '@/api/schema'

/** What the server tells a sitting's watchers about one attempt (server: exam-live-updates.ts). */
export interface AttemptActivity {
  attemptId: string
  userId: string
  kind: 'started' | 'saved' | 'switched' | 'submitted' | 'marked'
  status: 'in_progress' | 'scoring' | 'submitted' | 'graded'
  at: string
  slot?: number
  switchCount?: number
  score?: number | null
}

export function isAttemptActivity(value: unknown): value is AttemptActivity {
  const v = value as Partial<AttemptActivity> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.userId === 'string' &&
    typeof v.attemptId === 'string' &&
    typeof v.kind === 'string' &&
    typeof v.at === 'string'
  )
}

/**
 * The row as the event leaves it. Scores and pass marks are not guessed here: a submitted attempt
 * makes the page re-read the table. An event older than the row's own state is ignored.
 */
export function applyActivity(row: CandidateResultDto, activity: AttemptActivity): CandidateResultDto {
  // an essay marked: graded once no essay waits; the score comes with the re-read
  if (activity.kind === 'marked') return activity.status === 'graded' ? { ...row, status: 'graded' } : row
  const finished = row.status === 'scoring' || row.status === 'submitted' || row.status === 'graded'
  const sameAttempt = row.lastAttemptId === activity.attemptId
  if (activity.kind === 'submitted') {
    // a submit in a storm is scored moments later: 'scoring' now, then a second 'submitted' with the outcome
    const status = activity.status === 'in_progress' ? 'submitted' : activity.status
    return {
      ...row,
      status,
      lastAttemptId: activity.attemptId,
      submittedAt: activity.at,
      switchCount: activity.switchCount ?? row.switchCount,
    }
  }
  // a late 'saved' from an attempt already shown as submitted changes nothing
  if (finished && sameAttempt) return row
  const started = activity.kind === 'started' && !sameAttempt
  return {
    ...row,
    status: 'in_progress',
    lastAttemptId: activity.attemptId,
    attemptsUsed: started ? row.attemptsUsed + 1 : row.attemptsUsed,
    switchCount:
      activity.kind === 'switched' && activity.switchCount !== undefined
        ? Math.max(row.switchCount, activity.switchCount)
        : row.switchCount,
  }
}

/** Who did something in the last `windowMs`: the proctor's "active now" count. */
export function activeSince(lastSeen: ReadonlyMap<string, number>, now: number, windowMs = 60_000): number {
  let n = 0
  for (const at of lastSeen.values()) if (now - at <= windowMs) n += 1
  return n
}
