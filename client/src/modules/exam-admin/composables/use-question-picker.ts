import { computed, reactive, ref, watch } from 'vue'
import type { QuestionBankDto, QuestionDto } from '@/api/schema'
import { listBanks, listQuestions, type QuestionQuery } from '@/modules/question-bank/api'
import type { Dimension, QuestionType } from '@/modules/question-bank/question-content'

export const PICKER_SEARCH_DEBOUNCE_MS = 300

export interface PickerFilters {
  bankId: string
  q: string
  type: QuestionType | ''
  dimension: Dimension | ''
  difficulty: number | ''
}

/**
 * Choosing questions for a fixed paper. Only active, reviewed questions are listed: the server
 * refuses retired ones and those whose source was superseded.
 */
export function useQuestionPicker() {
  const banks = ref<QuestionBankDto[]>([])
  const filters = reactive<PickerFilters>({ bankId: '', q: '', type: '', dimension: '', difficulty: '' })
  const paging = reactive({ page: 1, pageSize: 20 })
  const items = ref<QuestionDto[]>([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref<unknown>(null)
  /** Chosen across pages and banks, in the order they were ticked. */
  const chosen = ref<QuestionDto[]>([])
  const chosenIds = computed(() => new Set(chosen.value.map((q) => q.id)))

  async function loadBanks(): Promise<void> {
    try {
      banks.value = (await listBanks()).filter((b) => b.activeCount > 0)
      if (!filters.bankId && banks.value[0]) filters.bankId = banks.value[0].id
    } catch (failure) {
      error.value = failure
    }
  }

  let latest = 0
  async function load(): Promise<void> {
    if (!filters.bankId) return
    const ticket = ++latest
    loading.value = true
    error.value = null
    const query: QuestionQuery = {
      page: paging.page,
      pageSize: paging.pageSize,
      status: 'active',
      needsReview: 'false',
      ...(filters.q.trim() && { q: filters.q.trim() }),
      ...(filters.type && { type: filters.type }),
      ...(filters.dimension && { dimension: filters.dimension }),
      ...(filters.difficulty !== '' && { difficulty: filters.difficulty }),
    }
    try {
      const page = await listQuestions(filters.bankId, query)
      if (ticket !== latest) return
      items.value = page.items
      total.value = page.total
    } catch (failure) {
      if (ticket === latest) error.value = failure
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    () => filters.q,
    () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        paging.page = 1
        void load()
      }, PICKER_SEARCH_DEBOUNCE_MS)
    },
  )
  watch(
    () => [filters.bankId, filters.type, filters.dimension, filters.difficulty],
    () => {
      paging.page = 1
      void load()
    },
  )

  function toggle(question: QuestionDto, on: boolean): void {
    chosen.value = on ? [...chosen.value.filter((q) => q.id !== question.id), question] : chosen.value.filter((q) => q.id !== question.id)
  }

  function setPage(page: number): Promise<void> {
    paging.page = page
    return load()
  }

  function reset(): void {
    chosen.value = []
  }

  return { banks, filters, paging, items, total, loading, error, chosen, chosenIds, loadBanks, load, toggle, setPage, reset }
}
