import { computed, onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { WrongBookEntryDto } from '@/api/schema'
import * as api from '../api'
import { usePracticeMessages } from '../i18n'
import { formatInterval, intervalUntil } from '../review-interval'
import { groupWrongBook } from '../wrong-book-groups'

/** The 错题本 page: the questions answered wrong, grouped by when they come back, and starting a review. */
export function useWrongBook() {
  usePracticeMessages()
  const { t, locale } = useI18n()
  const entries = ref<WrongBookEntryDto[]>([])
  const loading = ref(true)
  const error = ref<unknown>(null)
  /** The moment the list was loaded: "due now" means due then (the server draws by the same rule). */
  const now = ref(Date.now())

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      entries.value = await api.listWrongAnswers()
      now.value = Date.now()
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  const groups = computed(() => groupWrongBook(entries.value, now.value))
  const isEmpty = computed(() => !loading.value && !error.value && entries.value.length === 0)
  const countsText = computed(() =>
    t('practice.wrongBook.counts', {
      due: groups.value.due.length,
      later: groups.value.later.length,
      mastered: groups.value.mastered.length,
    }),
  )

  const inWords = (dueAt: string) => formatInterval(intervalUntil(dueAt, now.value), locale.value)

  /** "该复习了", "3天后复习" or "已掌握", beside each question. */
  function whenText(entry: WrongBookEntryDto): string {
    if (entry.mastered) return t('practice.wrongBook.mastered')
    if (Date.parse(entry.dueAt) <= now.value) return t('practice.wrongBook.dueNow')
    return t('practice.wrongBook.dueIn', { when: inWords(entry.dueAt) })
  }

  /** When nothing is due: when the next one will be. */
  const nextDueText = computed(() => {
    const next = groups.value.later[0]
    return next ? t('practice.wrongBook.nothingDue', { when: inWords(next.dueAt) }) : null
  })

  onMounted(() => void load())

  return { entries, loading, error, load, groups, isEmpty, countsText, whenText, nextDueText }
}
