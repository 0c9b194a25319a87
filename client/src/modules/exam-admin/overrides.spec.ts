import { describe, expect, it } from 'vitest'
import { emptyOverride, overrideProblem, overridesFromViews, overridesToDtos } from './overrides'

describe('per-person and per-unit adjustments', () => {
  it('sends a person with extra minutes and no window of their own', () => {
    const draft = { ...emptyOverride(), userId: 'u1', extraMinutes: 15 }
    expect(overridesToDtos([draft])).toEqual([{ userId: 'u1', extraMinutes: 15 }])
  })

  it('sends a unit with its own window', () => {
    const opensAt = new Date('2026-12-06T01:00:00.000Z')
    const closesAt = new Date('2026-12-06T09:00:00.000Z')
    const draft = { ...emptyOverride(), target: 'unit' as const, unitId: 'c1', userId: 'ignored', extraMinutes: 0, opensAt, closesAt }
    expect(overridesToDtos([draft])).toEqual([
      { unitId: 'c1', extraMinutes: 0, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
    ])
  })

  it('reads back what the server stored', () => {
    const [draft] = overridesFromViews([
      { userId: null, unitId: 'c1', opensAt: '2026-12-06T01:00:00.000Z', closesAt: null, extraMinutes: 5 },
    ])
    expect(draft).toMatchObject({ target: 'unit', unitId: 'c1', extraMinutes: 5, closesAt: null })
    expect(draft?.opensAt?.toISOString()).toBe('2026-12-06T01:00:00.000Z')
  })

  it('points at an adjustment with nobody chosen or nothing changed', () => {
    expect(overrideProblem([{ ...emptyOverride(), userId: 'u1' }, emptyOverride()])).toEqual({ index: 1, kind: 'targetRequired' })
    expect(overrideProblem([{ ...emptyOverride(), userId: 'u1', extraMinutes: 0 }])).toEqual({ index: 0, kind: 'nothingChanged' })
  })
})
