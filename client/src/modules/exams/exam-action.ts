import type { MyExamDto } from '@/api/schema'

/** What a candidate can do with a sitting from the My exams list. */
export type ExamAction =
  | { kind: 'start'; lastAttemptId: string | null }
  | { kind: 'resume'; attemptId: string }
  | { kind: 'result'; attemptId: string }
  | { kind: 'awaiting-grading'; attemptId: string | null }
  | { kind: 'not-open' }
  | { kind: 'missed' }

export function examAction(exam: MyExamDto): ExamAction {
  switch (exam.status) {
    case 'open':
      return { kind: 'start', lastAttemptId: exam.lastAttemptId }
    case 'in_progress':
      return exam.inProgressAttemptId ? { kind: 'resume', attemptId: exam.inProgressAttemptId } : { kind: 'not-open' }
    case 'graded':
    case 'scoring': // the result page shows the score as soon as it is worked out
      return exam.lastAttemptId ? { kind: 'result', attemptId: exam.lastAttemptId } : { kind: 'missed' }
    case 'submitted':
      return { kind: 'awaiting-grading', attemptId: exam.lastAttemptId }
    case 'upcoming':
      return { kind: 'not-open' }
    case 'missed':
      return { kind: 'missed' }
  }
}

/** Sittings that need the candidate first: in progress, open, then the rest by when they open. */
export function sortExams(exams: readonly MyExamDto[]): MyExamDto[] {
  const rank: Record<MyExamDto['status'], number> = { in_progress: 0, open: 1, upcoming: 2, scoring: 3, submitted: 3, graded: 4, missed: 5 }
  return [...exams].sort((a, b) => rank[a.status] - rank[b.status] || b.opensAt.localeCompare(a.opensAt))
}
