import { computed, ref } from 'vue'
import type { QuestionSearchHitDto } from '@/api/schema'
import { searchQuestions } from '../api'

export const SEARCH_PAGE_SIZE = 20

/** Search across every bank the trainer may see; the server decides which banks those are. */
export function useQuestionSearch() {
  const query = ref('')
  const hits = ref<QuestionSearchHitDto[]>([])
  const terms = ref<string[]>([])
  const total = ref(0)
  const page = ref(1)
  const loading = ref(false)
  const error = ref<unknown>(null)
  /** The words of the last search run, so the empty state names what found nothing. */
  const searched = ref<string | null>(null)
  let latest = 0

  async function run(toPage = 1): Promise<void> {
    const q = query.value.trim()
    if (!q) return clear()
    const ticket = ++latest
    loading.value = true
    error.value = null
    try {
      const result = await searchQuestions(q, toPage, SEARCH_PAGE_SIZE)
      if (ticket !== latest) return // a newer search answered first
      hits.value = result.items
      terms.value = result.terms
      total.value = result.total
      page.value = toPage
      searched.value = q
    } catch (failure) {
      if (ticket === latest) error.value = failure
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  function clear(): void {
    latest++
    query.value = ''
    hits.value = []
    terms.value = []
    total.value = 0
    page.value = 1
    searched.value = null
    error.value = null
    loading.value = false
  }

  const empty = computed(() => searched.value !== null && !loading.value && !error.value && total.value === 0)

  return { query, hits, terms, total, page, loading, error, searched, empty, run, clear }
}
