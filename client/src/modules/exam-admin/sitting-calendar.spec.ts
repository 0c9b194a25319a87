import { describe, expect, it } from 'vitest'
import { sittingFixture } from './testing/fixtures'
import { groupByMonth, sittingPhase } from './sitting-calendar'

const NOW = new Date(2026, 10, 15, 9, 0) // 15 Nov 2026, local time

describe('sitting phase', () => {
  it('is upcoming before the window, open inside it and closed after it', () => {
    const s = { opensAt: new Date(2026, 10, 15, 8, 0).toISOString(), closesAt: new Date(2026, 10, 15, 10, 0).toISOString() }
    expect(sittingPhase(s, new Date(2026, 10, 15, 7, 0))).toBe('upcoming')
    expect(sittingPhase(s, NOW)).toBe('open')
    expect(sittingPhase(s, new Date(2026, 10, 15, 10, 0))).toBe('closed')
  })
})

describe('month view', () => {
  const on = (month: number, day: number, extra: Partial<Parameters<typeof sittingFixture>[0]> = {}) =>
    sittingFixture({
      id: `${month}-${day}`,
      opensAt: new Date(2026, month - 1, day, 9).toISOString(),
      closesAt: new Date(2026, month - 1, day, 18).toISOString(),
      ...extra,
    })

  it('flags a month with no exam, even with no sitting at all, through next month', () => {
    const months = groupByMonth([on(9, 10)], NOW)
    expect(months.map((m) => `${m.key}:${m.cadence}`)).toEqual(['2026-12:none', '2026-11:none', '2026-10:none', '2026-09:ok'])
  })

  it('flags a month with more than two exams', () => {
    const months = groupByMonth([on(11, 3), on(11, 10), on(11, 20)], NOW)
    expect(months.find((m) => m.key === '2026-11')).toMatchObject({ exams: 3, cadence: 'tooMany' })
  })

  it('does not count a make-up sitting (补考) as another exam', () => {
    const months = groupByMonth([on(11, 3), on(11, 10), on(11, 20, { makeupOf: '11-3' })], NOW)
    expect(months.find((m) => m.key === '2026-11')).toMatchObject({ exams: 2, cadence: 'ok' })
    expect(months.find((m) => m.key === '2026-11')?.sittings).toHaveLength(3)
  })
})
