import { describe, expect, it } from 'vitest'
import { buildCategoryTree } from './category-tree'

describe('buildCategoryTree', () => {
  it('nests categories under their parents, in pinyin order, and counts each subtree', () => {
    const tree = buildCategoryTree([
      { id: 'b', parentId: null, name: '实施条例', path: '实施条例', questionCount: 0, purpose: null, effectivePurpose: 'practice' as const },
      { id: 'b1', parentId: 'b', name: '假冒伪劣', path: '实施条例/假冒伪劣', questionCount: 4, purpose: 'exam' as const, effectivePurpose: 'exam' as const },
      { id: 'b2', parentId: 'b', name: '包装标识', path: '实施条例/包装标识', questionCount: 2, purpose: null, effectivePurpose: 'practice' as const },
      { id: 'a', parentId: null, name: '刑法', path: '刑法', questionCount: 1, purpose: null, effectivePurpose: 'practice' as const },
    ])
    expect(tree.map((n) => [n.name, n.total])).toEqual([
      ['实施条例', 6],
      ['刑法', 1],
    ])
    expect(tree[0]?.children.map((n) => n.path)).toEqual(['实施条例/包装标识', '实施条例/假冒伪劣'])
    expect(tree[0]?.children.map((n) => n.effectivePurpose)).toEqual(['practice', 'exam'])
  })
})
