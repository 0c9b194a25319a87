import { computed, onMounted, ref } from 'vue'
import type { CompetencyTargetDto, CompetencyTargetInputDto } from '@/api/schema'
import { ApiError } from '@/api/http'
import { useErrorMessage } from '@/composables/use-error-message'
import { percentToRate, rateToPercent } from '@/modules/kpi/kpi-values'
import { listCompetencyTargets, updateCompetencyTargets, type CompetencyDimension } from '../api'

export interface CompetencyTargetRow {
  dimension: CompetencyDimension
  /** The form edits percentages (75), the server keeps shares (0.75). */
  input: number | null
  saved: number
  isDefault: boolean
}

export function competencyTargetRows(targets: readonly CompetencyTargetDto[]): CompetencyTargetRow[] {
  return targets.map((t) => ({ dimension: t.dimension, input: rateToPercent(t.target), saved: rateToPercent(t.target) ?? 0, isDefault: t.isDefault }))
}

/** Only changed dimensions are sent; an emptied field keeps its level (every dimension has a target). */
export function changedCompetencyTargets(rows: readonly CompetencyTargetRow[]): CompetencyTargetInputDto[] {
  return rows
    .filter((r) => r.input !== null && r.input !== r.saved)
    .map((r) => ({ dimension: r.dimension, target: Math.round((percentToRate(r.input) ?? 0) * 1000) / 1000 }))
}

/** The level expected per dimension; gaps in every record are measured against it. */
export function useCompetencyTargets() {
  const { errorMessage } = useErrorMessage()
  const rows = ref<CompetencyTargetRow[]>([])
  const loading = ref(true)
  const loadError = ref<unknown>(null)
  const saving = ref(false)
  const failure = ref('')
  const forbidden = ref(false)

  const changes = computed(() => changedCompetencyTargets(rows.value))
  const dirty = computed(() => changes.value.length > 0)

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    try {
      rows.value = competencyTargetRows(await listCompetencyTargets())
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
      rows.value = competencyTargetRows(await updateCompetencyTargets(changes.value))
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
