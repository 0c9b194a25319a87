import type { QuestionContent } from '@/modules/question-bank/question-content'
import type { ShownOrder } from './answer-display'

/**
 * A trainer's view of one attempt (GET /attempts/{id}/review), narrowed from the open records of
 * the generated schema; the shape is server/src/modules/exams/application/sitting-results.service.ts.
 */
export interface ReviewedAttempt {
  id: string
  userId: string
  attemptNo: number
  status: 'in_progress' | 'scoring' | 'submitted' | 'graded'
  startedAt: string
  deadline: string
  expectedDeadline: string
  submittedAt: string | null
  submittedBy: 'candidate' | 'server' | 'switch_limit' | null
  score: number | null
  maxScore: number
  switchCount: number
}

export type SlotState = 'correct' | 'partial' | 'incorrect' | 'unanswered' | 'needs_grading'

export interface ReviewedSlot {
  slot: number
  questionId: string
  version: number
  points: number
  answer: unknown
  savedAt: string | null
  state: SlotState | null
  score: number | null
  feedback: string | null
  content: QuestionContent
  /** The order the candidate saw the choices in; null when as stored. */
  shownOrder: ShownOrder | null
}

export type TimelineKind = 'started' | 'hidden' | 'visible' | 'offline' | 'online' | 'unload' | 'submitted' | 'regraded'

export interface TimelineEvent {
  kind: TimelineKind | (string & {})
  at: string
  clientAt: string | null
  details: Record<string, unknown> | null
}

export interface AttemptReview {
  attempt: ReviewedAttempt
  slots: ReviewedSlot[]
  timeline: TimelineEvent[]
}

/** A page switch (切屏): the candidate left the exam page. */
export function isPageSwitch(event: TimelineEvent): boolean {
  return event.kind === 'hidden'
}
