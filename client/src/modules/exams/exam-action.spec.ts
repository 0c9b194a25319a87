import { describe, expect, it } from 'vitest'
import { examAction, sortExams, splitExams } from './exam-action'
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

describe('splitExams', () => {
  it('keeps what needs the candidate on top and groups finished, closed sittings by month, newest first', () => {
    const now = new Date('2026-12-07T09:00:00.000Z')
    const { current, past } = splitExams(
      [
        myExamFixture({ sittingId: 'oct', status: 'graded', opensAt: '2026-10-05T01:00:00.000Z', closesAt: '2026-10-06T01:00:00.000Z' }),
        myExamFixture({ sittingId: 'dec', status: 'open', opensAt: '2026-12-05T01:00:00.000Z', closesAt: '2026-12-20T01:00:00.000Z' }),
        myExamFixture({ sittingId: 'nov-a', status: 'missed', opensAt: '2026-11-03T01:00:00.000Z', closesAt: '2026-11-04T01:00:00.000Z' }),
        myExamFixture({ sittingId: 'nov-b', status: 'graded', opensAt: '2026-11-20T01:00:00.000Z', closesAt: '2026-11-21T01:00:00.000Z' }),
        myExamFixture({
          sittingId: 'dec-done',
          status: 'graded',
          opensAt: '2026-12-01T01:00:00.000Z',
          closesAt: '2026-12-10T01:00:00.000Z',
        }),
      ],
      now,
    )
    expect(current.map((e) => e.sittingId)).toEqual(['dec', 'dec-done'])
    expect(past.map((m) => [m.key, m.exams.map((e) => e.sittingId)])).toEqual([
      ['2026-11', ['nov-b', 'nov-a']],
      ['2026-10', ['oct']],
    ])
  })
})
