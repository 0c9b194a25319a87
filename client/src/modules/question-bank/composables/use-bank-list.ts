import { computed, onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatDate } from '@/composables/format'
import { useSessionStore } from '@/modules/identity/stores/session'
import { useQuestionBanksStore } from '../stores/question-banks'

/** The banks page: every bank the user may see, newest change first. */
export function useBankList() {
  const { t } = useI18n()
  const session = useSessionStore()
  const store = useQuestionBanksStore()

  const canCreate = computed(() => session.hasRole('trainer', 'admin'))
  const emptyText = computed(() => (canCreate.value ? t('questionBank.empty') : t('questionBank.emptyReadOnly')))
  const sorted = computed(() => [...store.banks].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)))
  const createOpen = ref(false)

  onMounted(() => {
    void store.load()
  })

  return { store, sorted, canCreate, emptyText, formatDate, createOpen }
}
