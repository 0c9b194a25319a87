import { describe, expect, it } from 'vitest'
import { kpiRow } from '@/modules/kpi/testing/fixtures'
import { emptyUnitCompetencyFixture, unitCompetencyFixture } from './testing/fixtures'
import { teamRows } from './team-rows'

describe('the team table’s rows', () => {
  it('keeps the server’s order and joins each person’s missed KPIs', () => {
    const rows = teamRows(unitCompetencyFixture().page, [kpiRow(1, '王建国', 1), kpiRow(2, '李秀兰', 2)])

    expect(rows.map((r) => r.displayName)).toEqual(['李秀兰', '王建国', '张伟'])
    expect(rows.map((r) => r.missed)).toEqual([2, 1, null])
    expect(rows[0]?.gaps).toBe(3)
    expect(rows.map((r) => r.assessed)).toEqual([true, true, true])
    expect(rows[0]?.weakest.map((d) => d.dimension)).toEqual(['法律法规', 'V3系统操作', '日常业务'])
  })

  it('shows no missed count for a person without any imported figure', () => {
    const blank = kpiRow(1, '王建国', 0)
    blank.values = blank.values.map((v) => ({ ...v, value: null, status: 'no_data' }))

    expect(teamRows(unitCompetencyFixture().page, [blank])[1]?.missed).toBeNull()
  })

  it('tells a person without any graded item from one without gaps', () => {
    const rows = teamRows(emptyUnitCompetencyFixture().page, [])
    expect(rows[0]).toMatchObject({ gaps: 0, assessed: false })
  })
})
