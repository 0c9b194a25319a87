import type { QuestionCategoryDto } from '@/api/schema'

/** 练习题: practice may serve it; 考试题: reserved for exams. */
export type MaterialPurpose = 'practice' | 'exam'

export interface CategoryNode {
  id: string
  name: string
  path: string
  /** Its own marking; null follows its parent, else the bank. */
  purpose: MaterialPurpose | null
  effectivePurpose: MaterialPurpose
  /** Questions in this category and all below it. */
  total: number
  children: CategoryNode[]
}

/** The flat list the server sends, as a tree sorted by name, each node counting its whole subtree. */
export function buildCategoryTree(categories: readonly QuestionCategoryDto[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode & { own: number }>()
  for (const c of categories) {
    nodes.set(c.id, { id: c.id, name: c.name, path: c.path, purpose: c.purpose, effectivePurpose: c.effectivePurpose, own: c.questionCount, total: 0, children: [] })
  }
  const roots: CategoryNode[] = []
  for (const c of categories) {
    const node = nodes.get(c.id)
    if (!node) continue
    const parent = c.parentId ? nodes.get(c.parentId) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const finish = (list: CategoryNode[]): number => {
    list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    let sum = 0
    for (const node of list) {
      node.total = (nodes.get(node.id)?.own ?? 0) + finish(node.children)
      sum += node.total
    }
    return sum
  }
  finish(roots)
  // Only the public shape leaves: drop the working field.
  const strip = (list: CategoryNode[]): CategoryNode[] =>
    list.map(({ id, name, path, purpose, effectivePurpose, total, children }) => ({ id, name, path, purpose, effectivePurpose, total, children: strip(children) }))
  return strip(roots)
}
