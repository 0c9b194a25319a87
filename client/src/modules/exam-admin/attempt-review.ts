import type { TimelineEvent } from '@/api/types'

/** A trainer's view of one attempt (GET /api/attempts/{attemptId}/review), typed by the contract. */
export type { AttemptReview, ReviewedAttempt, ReviewedSlot, SlotState, TimelineEvent } from '@/api/types'

export type TimelineKind = 'started' | 'hidden' | 'visible' | 'offline' | 'online' | 'unload' | 'submitted' | 'regraded'

/** A page switch (切屏): the candidate left the exam page. */
export function isPageSwitch(event: TimelineEvent): boolean {
  return event.kind === 'hidden'
}
