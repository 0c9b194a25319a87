import { describe, expect, it } from 'vitest'
import type { CoachingRowDto } from '@/api/schema'
import { defaultDueOn, formFromRow } from './use-coaching'

const row = (change: Partial<CoachingRowDto> = {}): CoachingRowDto => ({
  person: { userId: 'u1', username: 'staff01', displayName: '王建国', unitId: 'x', unitName: '城中一组' },
  weakest: [{ dimension: '法律法规', level: 0.5, target: 0.75, gap: 0.25 }],
  unassessed: ['供货政策'],
  kpisOfConcern: [{ kpi: 'effective_guidance', value: 0.5, target: 0.8, status: 'missed' }],
  suggestion: { kind: 'practice', dimension: '日常业务', reason: 'kpi_subject_below', kpi: 'effective_guidance' },
  openActions: 0,
  ...change,
})

describe('assigning from the coaching matrix', () => {
  const now = new Date(2026, 11, 7, 10)

  it('fills the form with the suggestion, due in a week', () => {
    expect(formFromRow(row(), now)).toEqual({
      userId: 'u1',
      kind: 'practice',
      dimension: '日常业务',
      kpi: 'effective_guidance',
      dueOn: '2026-12-14',
      note: '',
    })
  })

  it('falls back to practice on the weakest subject when nothing is suggested', () => {
    const form = formFromRow(row({ suggestion: { kind: 'none', dimension: null, reason: 'nothing', kpi: null }, kpisOfConcern: [] }), now)
    expect(form).toMatchObject({ kind: 'practice', dimension: '法律法规', kpi: undefined })
  })

  it('keeps a training a training', () => {
    const form = formFromRow(
      row({ suggestion: { kind: 'training', dimension: '供货政策', reason: 'kpi_subject_unassessed', kpi: 'awareness' } }),
      now,
    )
    expect(form).toMatchObject({ kind: 'training', dimension: '供货政策', kpi: 'awareness' })
  })

  it('counts the due date in the reader’s calendar across a month end', () => {
    expect(defaultDueOn(new Date(2026, 10, 28, 23))).toBe('2026-12-05')
  })
})
