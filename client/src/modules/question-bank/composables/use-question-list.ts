import { computed, onScopeDispose, reactive, ref, watch } from 'vue'
import type { QuestionDto } from '@/api/schema'
import { listQuestions, type QuestionQuery } from '../api'
import { isDimension, type QuestionType } from '../question-content'

export const SEARCH_DEBOUNCE_MS = 300

export interface QuestionFilters {
  q: string
  categoryId: string
  type: QuestionType | ''
  dimension: string
  difficulty: number | ''
  tag: string
  status: 'active' | 'retired' | ''
  needsReview: boolean
  /** Comma-separated ids: only the questions an import just wrote ('' for all). */
  ids: string
}

export function emptyFilters(): QuestionFilters {
  return { q: '', categoryId: '', type: '', dimension: '', difficulty: '', tag: '', status: '', needsReview: false, ids: '' }
}

/** The questions table of one bank: filters, debounced search, paging and the selected rows. */
export function useQuestionList(bankId: () => string) {
  const filters = reactive(emptyFilters())
  const paging = reactive({ page: 1, pageSize: 20 })
  const items = ref<QuestionDto[]>([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref<unknown>(null)
  const selectedIds = ref<string[]>([])

  const isFiltered = computed(() => Object.values(filters).some((value) => value !== '' && value !== false))

  function toQuery(): QuestionQuery {
    return {
      page: paging.page,
      pageSize: paging.pageSize,
      ...(filters.q.trim() && { q: filters.q.trim() }),
      ...(filters.categoryId && { categoryId: filters.categoryId }),
      ...(filters.type && { type: filters.type }),
      ...(isDimension(filters.dimension) && { dimension: filters.dimension }),
      ...(filters.difficulty !== '' && { difficulty: filters.difficulty }),
      ...(filters.tag.trim() && { tag: filters.tag.trim() }),
      ...(filters.status && { status: filters.status }),
      ...(filters.needsReview && { needsReview: 'true' as const }),
      ...(filters.ids && { ids: filters.ids }),
    }
  }

  // Only the newest response may fill the table: typing fast must not show an older search's rows.
  let latest = 0
  async function load(): Promise<void> {
    const ticket = ++latest
    loading.value = true
    error.value = null
    try {
      const page = await listQuestions(bankId(), toQuery())
      if (ticket !== latest) return
      items.value = page.items
      total.value = page.total
      const shown = new Set(page.items.map((q) => q.id))
      selectedIds.value = selectedIds.value.filter((id) => shown.has(id))
    } catch (failure) {
      if (ticket === latest) error.value = failure
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  function reloadFromFirstPage(): void {
    paging.page = 1
    void load()
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    () => [filters.q, filters.tag],
    () => {
      clearTimeout(timer)
      timer = setTimeout(reloadFromFirstPage, SEARCH_DEBOUNCE_MS)
    },
  )
  onScopeDispose(() => clearTimeout(timer))
  watch(
    () => [filters.categoryId, filters.type, filters.dimension, filters.difficulty, filters.status, filters.needsReview, filters.ids],
    reloadFromFirstPage,
  )

  function setPage(page: number): Promise<void> {
    paging.page = page
    return load()
  }

  function setPageSize(size: number): Promise<void> {
    paging.pageSize = size
    paging.page = 1
    return load()
  }

  function clearFilters(): void {
    Object.assign(filters, emptyFilters())
  }

  /** Puts a changed question into the current page without reloading it. */
  function replace(question: QuestionDto): void {
    const index = items.value.findIndex((item) => item.id === question.id)
    if (index >= 0) items.value.splice(index, 1, question)
  }

  return { filters, paging, items, total, loading, error, selectedIds, isFiltered, load, setPage, setPageSize, clearFilters, replace }
}
