import { computed, onMounted, ref, watch } from 'vue'
import type { ScorecardDto, WeightInputDto, WeightsDto } from '@/api/schema'
import { saveBlob } from '@/composables/save-blob'
import { useErrorMessage } from '@/composables/use-error-message'
import { useSessionStore } from '@/modules/identity/stores/session'
import { useUnitTree } from '@/modules/identity/composables/use-unit-tree'
import { downloadMonthlyAssessment, getScorecard, getWeights, replaceWeights, type ReportFormat } from '../api'

/** 'YYYY-MM' of the month before the current one: the last complete month, the one a report is usually for. */
export function lastMonth(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}

/** Sum of the weights as edited; the server refuses anything but 100. */
export function weightSum(weights: ReadonlyArray<{ weight: number | null | undefined }>): number {
  return weights.reduce((sum, w) => sum + (Number.isFinite(w.weight) ? Number(w.weight) : 0), 0)
}

/** A download's progress for the button: null while the server builds it (no size known yet), else 0–100. */
export function downloadPercent(received: number, total: number | null): number | null {
  if (!total) return null
  return Math.min(100, Math.round((received / total) * 100))
}

/** The 考核 page: a unit and month's scorecard, the department's weights (editable by its head), the monthly report. */
export function useAssessment() {
  const session = useSessionStore()
  const units = useUnitTree()
  const { errorMessage } = useErrorMessage()

  const unitId = ref<string | null>(session.me?.unitId ?? null)
  const month = ref(lastMonth())
  const card = ref<ScorecardDto | null>(null)
  const weights = ref<WeightsDto | null>(null)
  const draft = ref<Array<{ item: WeightInputDto['item']; name: string; weight: number; planWeight: number }>>([])
  const loading = ref(false)
  const loadError = ref<unknown>(null)
  const saving = ref(false)
  const saveFailure = ref('')
  const downloading = ref<ReportFormat | null>(null)
  const progress = ref<number | null>(null)
  const downloadFailure = ref('')

  const sum = computed(() => weightSum(draft.value))
  const dirty = computed(
    () => JSON.stringify(draft.value.map((w) => w.weight)) !== JSON.stringify(weights.value?.items.map((w) => w.weight) ?? []),
  )
  const anyScore = computed(() => card.value?.people.some((p) => p.score !== null) ?? false)

  function showWeights(view: WeightsDto): void {
    weights.value = view
    draft.value = view.items.map(({ item, name, weight, planWeight }) => ({ item, name, weight, planWeight }))
  }

  let ticket = 0
  async function load(): Promise<void> {
    const id = unitId.value
    if (!id) return
    const mine = ++ticket
    loading.value = true
    loadError.value = null
    try {
      const [scorecard, view] = await Promise.all([getScorecard(id, month.value), getWeights(id)])
      if (mine !== ticket) return
      card.value = scorecard
      showWeights(view)
    } catch (error) {
      if (mine !== ticket) return
      card.value = null
      loadError.value = error
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  async function saveWeights(): Promise<boolean> {
    const id = unitId.value
    if (!id || saving.value) return false
    saving.value = true
    saveFailure.value = ''
    try {
      showWeights(await replaceWeights(draft.value.map(({ item, weight }) => ({ item, weight }))))
      card.value = await getScorecard(id, month.value)
      return true
    } catch (error) {
      saveFailure.value = errorMessage(error)
      return false
    } finally {
      saving.value = false
    }
  }

  function setWeight(item: string, weight: number): void {
    draft.value = draft.value.map((w) => (w.item === item ? { ...w, weight } : w))
  }

  function resetToPlan(): void {
    draft.value = draft.value.map((w) => ({ ...w, weight: w.planWeight }))
  }

  async function download(format: ReportFormat): Promise<void> {
    const id = unitId.value
    if (!id || downloading.value) return
    downloading.value = format
    progress.value = null
    downloadFailure.value = ''
    try {
      const blob = await downloadMonthlyAssessment(
        id,
        month.value,
        format,
        (received, total) => (progress.value = downloadPercent(received, total)),
      )
      saveBlob(blob, `月度考核报告_${card.value?.unitName || 'unit'}_${month.value}.${format}`)
    } catch (error) {
      downloadFailure.value = errorMessage(error)
    } finally {
      downloading.value = null
      progress.value = null
    }
  }

  watch([unitId, month], () => void load())
  onMounted(async () => {
    void units.load()
    if (session.me) return load()
    try {
      await session.loadMe()
    } catch {
      // without the profile there is no default unit; the reader picks one
    }
    // setting the unit loads it (the watch above)
    const me = session.me as { unitId: string } | null
    unitId.value ??= me?.unitId ?? null
  })

  return {
    tree: units.tree,
    unitId,
    month,
    card,
    weights,
    draft,
    sum,
    dirty,
    anyScore,
    loading,
    loadError,
    saving,
    saveFailure,
    downloading,
    progress,
    downloadFailure,
    load,
    saveWeights,
    resetToPlan,
    setWeight,
    download,
  }
}
