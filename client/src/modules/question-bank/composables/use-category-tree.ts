import { computed, ref } from 'vue'
import type { QuestionCategoryDto } from '@/api/schema'
import { createCategory, listCategories } from '../api'
import { buildCategoryTree } from '../category-tree'

/** A bank's categories, as a tree with counts, and as the list of paths the editor suggests. */
export function useCategoryTree(bankId: () => string) {
  const categories = ref<QuestionCategoryDto[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)

  const tree = computed(() => buildCategoryTree(categories.value))
  const paths = computed(() => categories.value.map((c) => c.path).sort((a, b) => a.localeCompare(b, 'zh-CN')))
  const pathOf = (id: string) => categories.value.find((c) => c.id === id)?.path ?? ''

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      categories.value = await listCategories(bankId())
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  async function create(name: string, parentId: string | null): Promise<QuestionCategoryDto> {
    const created = await createCategory(bankId(), { name: name.trim(), parentId })
    categories.value = [...categories.value, created]
    return created
  }

  return { categories, tree, paths, pathOf, loading, error, load, create }
}
