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

export interface ExamMonth {
  /** "2026-11", by when the sitting opened */
  key: string
  exams: MyExamDto[]
}

/** A sitting is history once nothing is left to do in it and its window has closed. */
export function isPast(exam: MyExamDto, now: Date): boolean {
  const finished = exam.status === 'graded' || exam.status === 'missed' || exam.status === 'submitted'
  return finished && new Date(exam.closesAt) <= now
}

/** What needs the candidate now, and past sittings grouped by month, newest month first. */
export function splitExams(exams: readonly MyExamDto[], now: Date): { current: MyExamDto[]; past: ExamMonth[] } {
  const current = sortExams(exams.filter((e) => !isPast(e, now)))
  const months = new Map<string, MyExamDto[]>()
  for (const exam of exams.filter((e) => isPast(e, now)).sort((a, b) => b.opensAt.localeCompare(a.opensAt))) {
    const opens = new Date(exam.opensAt)
    const key = `${opens.getFullYear()}-${String(opens.getMonth() + 1).padStart(2, '0')}`
    months.set(key, [...(months.get(key) ?? []), exam])
  }
  return { current, past: [...months].sort(([a], [b]) => b.localeCompare(a)).map(([key, list]) => ({ key, exams: list })) }
}
