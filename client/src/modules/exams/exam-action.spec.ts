import { describe, expect, it } from 'vitest'
import { examAction, sortExams } from './exam-action'
import { myExamFixture } from './testing/fixtures'

describe('examAction', () => {
  it('offers to start an open exam, and the last result when there was an earlier attempt', () => {
    expect(examAction(myExamFixture())).toEqual({ kind: 'start', lastAttemptId: null })
    expect(examAction(myExamFixture({ lastAttemptId: 'old' }))).toEqual({ kind: 'start', lastAttemptId: 'old' })
  })

  it('continues the attempt in progress', () => {
    expect(examAction(myExamFixture({ status: 'in_progress', inProgressAttemptId: 'a9' }))).toEqual({ kind: 'resume', attemptId: 'a9' })
  })

  it('shows the result once graded, and says grading is pending before that', () => {
    expect(examAction(myExamFixture({ status: 'graded', lastAttemptId: 'a1' }))).toEqual({ kind: 'result', attemptId: 'a1' })
    expect(examAction(myExamFixture({ status: 'submitted', lastAttemptId: 'a1' }))).toEqual({ kind: 'awaiting-grading', attemptId: 'a1' })
  })

  it('leads to the result page while the score is being worked out: it appears there by itself', () => {
    expect(examAction(myExamFixture({ status: 'scoring', lastAttemptId: 'a1' }))).toEqual({ kind: 'result', attemptId: 'a1' })
  })

  it('offers nothing for an exam not open yet or missed', () => {
    expect(examAction(myExamFixture({ status: 'upcoming' }))).toEqual({ kind: 'not-open' })
    expect(examAction(myExamFixture({ status: 'missed' }))).toEqual({ kind: 'missed' })
  })
})

describe('sortExams', () => {
  it('puts what needs doing first', () => {
    const sorted = sortExams([
      myExamFixture({ sittingId: 'g', status: 'graded' }),
      myExamFixture({ sittingId: 'o', status: 'open' }),
      myExamFixture({ sittingId: 'p', status: 'in_progress' }),
    ])
    expect(sorted.map((e) => e.sittingId)).toEqual(['p', 'o', 'g'])
  })
})
