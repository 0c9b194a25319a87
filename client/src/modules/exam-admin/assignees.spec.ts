import { describe, expect, it } from 'vitest'
import { buildAssignees, describeAssignee, emptyAssigneeChoice } from './assignees'

const CZ1 = 'c0000000-0000-4000-8000-000000000001'
const CZ2 = 'c0000000-0000-4000-8000-000000000002'
const STAFF01 = 'u0000000-0000-4000-8000-000000000001'

describe('building who sits the exam', () => {
  it('assigns the customer managers of the chosen team by default', () => {
    expect(buildAssignees({ ...emptyAssigneeChoice(), unitIds: [CZ1] })).toEqual([{ unitId: CZ1, role: 'staff' }])
  })

  it('assigns everyone in a unit when no role is chosen', () => {
    expect(buildAssignees({ unitIds: [CZ1, CZ2], roles: [], userIds: [] })).toEqual([{ unitId: CZ1 }, { unitId: CZ2 }])
  })

  it('pairs every unit with every role', () => {
    expect(buildAssignees({ unitIds: [CZ1, CZ2], roles: ['staff', 'manager'], userIds: [] })).toHaveLength(4)
  })

  it('adds individual people on top of the units', () => {
    expect(buildAssignees({ unitIds: [CZ1], roles: ['staff'], userIds: [STAFF01] })).toEqual([
      { unitId: CZ1, role: 'staff' },
      { userId: STAFF01 },
    ])
  })

  it('assigns only the picked people when no unit is chosen, not every holder of the default role', () => {
    expect(buildAssignees({ unitIds: [], roles: ['staff'], userIds: [STAFF01, STAFF01] })).toEqual([{ userId: STAFF01 }])
  })

  it('assigns a role across the whole scope when that is all that was chosen', () => {
    expect(buildAssignees({ unitIds: [], roles: ['staff'], userIds: [] })).toEqual([{ role: 'staff' }])
  })

  it('gives nothing when nothing is chosen, so the form can say so', () => {
    expect(buildAssignees({ unitIds: [], roles: [], userIds: [] })).toEqual([])
  })

  it('describes an assignee row in words', () => {
    const lookup = {
      unit: () => ({ id: CZ1, name: '城中一组', parentId: null, path: '营销部/城中客户服务部/城中一组', userCount: 8 }),
      role: (role: string) => (role === 'staff' ? '客户经理' : role),
      user: () => undefined,
    }
    expect(describeAssignee({ unitId: CZ1, role: 'staff', userId: null }, lookup)).toBe('城中一组 · 客户经理')
  })
})
