import { describe, expect, it } from 'vitest'
import { currentMonth, parseTeamQuery, teamQueryToRoute, withChange } from './team-query'

const UNIT = '66666666-6666-4666-8666-666666666601'
const defaults = { unitId: 'own-unit', month: '2026-11' }

describe('the team page’s address', () => {
  it('is the reader’s current month by their own calendar', () => {
    expect(currentMonth(new Date(2026, 0, 31, 23, 30))).toBe('2026-01')
    expect(currentMonth(new Date(2026, 11, 1))).toBe('2026-12')
  })

  it('reads unit, month, page and page size from the query', () => {
    expect(parseTeamQuery({ unit: UNIT, month: '2026-09', page: '3', size: '50' }, defaults)).toEqual({
      unitId: UNIT,
      month: '2026-09',
      page: 3,
      pageSize: 50,
    })
  })

  it('falls back to the reader’s own unit and this month for missing or malformed values', () => {
    expect(parseTeamQuery({}, defaults)).toEqual({ unitId: 'own-unit', month: '2026-11', page: 1, pageSize: 20 })
    expect(parseTeamQuery({ unit: 'x;drop', month: '2026-13', page: '-2', size: '7' }, defaults)).toEqual({
      unitId: 'own-unit',
      month: '2026-11',
      page: 1,
      pageSize: 20,
    })
    expect(parseTeamQuery({ month: ['2026-08', '2026-07'] }, defaults).month).toBe('2026-08')
  })

  it('always writes unit and month, and page and size only when they are not the first page’s', () => {
    expect(teamQueryToRoute({ unitId: UNIT, month: '2026-11', page: 1, pageSize: 20 })).toEqual({ unit: UNIT, month: '2026-11' })
    expect(teamQueryToRoute({ unitId: UNIT, month: '2026-11', page: 2, pageSize: 50 })).toEqual({
      unit: UNIT,
      month: '2026-11',
      page: '2',
      size: '50',
    })
  })

  it('goes back to the first page when the unit, month or page size changes, not when paging', () => {
    const shown = { unitId: UNIT, month: '2026-11', page: 4, pageSize: 20 }
    expect(withChange(shown, { month: '2026-10' }).page).toBe(1)
    expect(withChange(shown, { unitId: 'other' }).page).toBe(1)
    expect(withChange(shown, { pageSize: 50 }).page).toBe(1)
    expect(withChange(shown, { page: 5 }).page).toBe(5)
  })
})
