import { describe, expect, it } from 'vitest'
import type { UnitDto } from '@/api/schema'
import { buildUnitTree, subtreeIds } from './use-unit-tree'

const unit = (id: string, name: string, parentId: string | null): UnitDto => ({
  id,
  name,
  parentId,
  path: name,
  userCount: 0,
})

const units = [
  unit('team-2', '二组', 'city'),
  unit('dept', '营销部', null),
  unit('city', '城中客户服务部', 'dept'),
  unit('east', '城东客户服务部', 'dept'),
  unit('team-1', '一组', 'city'),
]

describe('buildUnitTree', () => {
  it('nests units under their parents whatever the list order', () => {
    const [root] = buildUnitTree(units)
    expect(root?.name).toBe('营销部')
    const city = root?.children.find((child) => child.id === 'city')
    expect(city?.children.map((child) => child.id).sort()).toEqual(['team-1', 'team-2'])
  })

  it('sorts siblings by pinyin', () => {
    const [root] = buildUnitTree(units)
    // 城东 (cheng dong) before 城中 (cheng zhong)
    expect(root?.children.map((child) => child.name)).toEqual(['城东客户服务部', '城中客户服务部'])
  })

  it('shows a unit whose parent is outside the visible scope as a root', () => {
    const roots = buildUnitTree([unit('team-1', '一组', 'city')])
    expect(roots.map((node) => node.id)).toEqual(['team-1'])
  })

  it('gives an empty tree for no units', () => {
    expect(buildUnitTree([])).toEqual([])
  })
})

describe('subtreeIds', () => {
  it('contains the unit and everything below it, nothing else', () => {
    expect([...subtreeIds(units, 'city')].sort()).toEqual(['city', 'team-1', 'team-2'])
  })
})
