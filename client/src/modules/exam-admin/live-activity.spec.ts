import { describe, expect, it } from 'vitest'
import type { CandidateResultDto } from '@/api/schema'
import { activeSince, applyActivity, isAttemptActivity, type AttemptActivity } from './live-activity'

const row = (over: Partial<CandidateResultDto> = {}): CandidateResultDto => ({
  userId: 'u1',
  username: 'staff01',
  displayName: '李明',
  unitName: '城中一组',
  status: 'open',
  attemptsUsed: 0,
  score: null,
  maxScore: null,
  percent: null,
  passed: null,
  submittedAt: null,
  switchCount: 0,
  lastAttemptId: null,
  ...over,
})
const activity = (over: Partial<AttemptActivity>): AttemptActivity => ({
  attemptId: 'a1',
  userId: 'u1',
  kind: 'started',
  status: 'in_progress',
  at: '2026-11-27T02:00:00.000Z',
  ...over,
})

describe('applyActivity', () => {
  it('shows a start as 作答中 with one more attempt used', () => {
    expect(applyActivity(row(), activity({}))).toMatchObject({ status: 'in_progress', attemptsUsed: 1, lastAttemptId: 'a1' })
  })

  it('does not count the same attempt twice when its start is heard after the table was read', () => {
    expect(applyActivity(row({ status: 'in_progress', attemptsUsed: 1, lastAttemptId: 'a1' }), activity({}))).toMatchObject({
      attemptsUsed: 1,
    })
  })

  it('raises the page-switch count and never lowers it', () => {
    const r = row({ status: 'in_progress', attemptsUsed: 1, lastAttemptId: 'a1', switchCount: 3 })
    expect(applyActivity(r, activity({ kind: 'switched', switchCount: 4 })).switchCount).toBe(4)
    expect(applyActivity(r, activity({ kind: 'switched', switchCount: 2 })).switchCount).toBe(3)
  })

  it('marks a submit as 已出分 or 待阅卷 by the attempt status, with its time', () => {
    const r = row({ status: 'in_progress', attemptsUsed: 1, lastAttemptId: 'a1' })
    expect(applyActivity(r, activity({ kind: 'submitted', status: 'graded', score: 80 }))).toMatchObject({
      status: 'graded',
      submittedAt: '2026-11-27T02:00:00.000Z',
    })
    expect(applyActivity(r, activity({ kind: 'submitted', status: 'submitted' })).status).toBe('submitted')
  })

  it('shows a submit acknowledged in a storm as 评分中, then as its outcome once scored', () => {
    const r = row({ status: 'in_progress', attemptsUsed: 1, lastAttemptId: 'a1' })
    const acknowledged = applyActivity(r, activity({ kind: 'submitted', status: 'scoring', score: null }))
    expect(acknowledged).toMatchObject({ status: 'scoring', lastAttemptId: 'a1' })
    expect(applyActivity(acknowledged, activity({ kind: 'saved', slot: 2 }))).toBe(acknowledged)
    expect(applyActivity(acknowledged, activity({ kind: 'submitted', status: 'graded', score: 80 })).status).toBe('graded')
  })

  it('shows 已出分 once the last essay is marked, and keeps 待阅卷 while one waits', () => {
    const r = row({ status: 'submitted', attemptsUsed: 1, lastAttemptId: 'a1', submittedAt: '2026-11-27T01:00:00.000Z' })
    expect(applyActivity(r, activity({ kind: 'marked', status: 'graded', score: 75 }))).toMatchObject({
      status: 'graded',
      submittedAt: '2026-11-27T01:00:00.000Z',
    })
    expect(applyActivity(r, activity({ kind: 'marked', status: 'submitted' }))).toBe(r)
  })

  it('ignores a late save of an attempt already submitted', () => {
    const r = row({ status: 'graded', attemptsUsed: 1, lastAttemptId: 'a1', score: 80 })
    expect(applyActivity(r, activity({ kind: 'saved', slot: 3 }))).toBe(r)
  })
})

describe('isAttemptActivity', () => {
  it('accepts what the server sends and refuses anything else', () => {
    expect(isAttemptActivity(activity({}))).toBe(true)
    expect(isAttemptActivity(null)).toBe(false)
    expect(isAttemptActivity({ userId: 'u1' })).toBe(false)
    expect(isAttemptActivity('started')).toBe(false)
  })
})

describe('activeSince', () => {
  it('counts the people seen within the window', () => {
    const seen = new Map([
      ['a', 1000],
      ['b', 50_000],
      ['c', 70_000],
    ])
    expect(activeSince(seen, 100_000)).toBe(2)
    expect(activeSince(seen, 100_000, 10_000)).toBe(0)
  })
})
