import { computed, onMounted, ref, type Ref } from 'vue'
import { ApiError } from '@/api/http'
import { useErrorMessage } from '@/composables/use-error-message'

/** What TargetsForm shows of a useTargetsForm, once made reactive (refs unwrapped). */
export interface TargetsFormState {
  rows: object[]
  loading: boolean
  loadError: unknown
  failure: string
  forbidden: boolean
  dirty: boolean
  saving: boolean
  load: () => Promise<void>
}

export interface TargetsSource<Row, Change> {
  /** The rows as the server has them now. */
  fetch: () => Promise<Row[]>
  /** Sends the changes; resolves to the rows as saved. */
  store: (changes: Change[]) => Promise<Row[]>
  /** What differs from what is saved; only that is sent, so the audit log records what someone meant to change. */
  changesOf: (rows: readonly Row[]) => Change[]
}

/**
 * A department's targets edited in a table (competency levels, KPI targets): loading, what
 * changed, saving, and the server's refusal in its own words (403 for a manager below the top unit).
 */
export function useTargetsForm<Row, Change>(source: TargetsSource<Row, Change>) {
  const { errorMessage } = useErrorMessage()
  const rows = ref([]) as Ref<Row[]>
  const loading = ref(true)
  const loadError = ref<unknown>(null)
  const saving = ref(false)
  const failure = ref('')
  const forbidden = ref(false)

  const changes = computed(() => source.changesOf(rows.value))
  const dirty = computed(() => changes.value.length > 0)

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    try {
      rows.value = await source.fetch()
    } catch (error) {
      loadError.value = error
    } finally {
      loading.value = false
    }
  }

  /** Resolves true when saved. */
  async function save(): Promise<boolean> {
    if (!dirty.value || saving.value) return false
    saving.value = true
    failure.value = ''
    forbidden.value = false
    try {
      rows.value = await source.store(changes.value)
      return true
    } catch (error) {
      forbidden.value = error instanceof ApiError && error.status === 403
      failure.value = errorMessage(error)
      return false
    } finally {
      saving.value = false
    }
  }

  onMounted(() => void load())

  return { rows, loading, loadError, saving, failure, forbidden, dirty, load, save }
}
