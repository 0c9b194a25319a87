import { computed, ref } from 'vue'
import type { UnitDto } from '@/api/schema'
import { listUnits } from '../api'

export interface UnitNode extends UnitDto {
  children: UnitNode[]
}

/**
 * Builds the organisation tree from the server's flat list. Siblings are sorted by name (pinyin order);
 * a unit whose parent is not in the list (outside the caller's scope) becomes a root.
 */
export function buildUnitTree(units: readonly UnitDto[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((unit) => [unit.id, { ...unit, children: [] }]))
  const roots: UnitNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const collator = new Intl.Collator('zh-CN')
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => collator.compare(a.name, b.name))
    list.forEach((node) => sort(node.children))
  }
  sort(roots)
  return roots
}

/** Ids of a unit and everything below it: a unit cannot be moved under itself or its descendants. */
export function subtreeIds(units: readonly UnitDto[], rootId: string): Set<string> {
  const ids = new Set<string>([rootId])
  let grew = true
  while (grew) {
    grew = false
    for (const unit of units) {
      if (unit.parentId && ids.has(unit.parentId) && !ids.has(unit.id)) {
        ids.add(unit.id)
        grew = true
      }
    }
  }
  return ids
}

/** The unit list from the server and its tree. */
export function useUnitTree() {
  const units = ref<UnitDto[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)
  const tree = computed(() => buildUnitTree(units.value))

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      units.value = await listUnits()
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  return { units, tree, loading, error, load }
}
