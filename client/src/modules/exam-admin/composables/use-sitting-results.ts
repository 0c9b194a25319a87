import { computed, reactive, ref } from 'vue'
import type { CandidateResultDto, SittingDto } from '@/api/schema'
import { schemaValues } from '@/composables/schema-values'
import { saveBlob } from '@/composables/save-blob'
import { exportResults, getSitting, listResults } from '../api'

export type CandidateStatus = CandidateResultDto['status']
export const CANDIDATE_STATUSES = schemaValues<CandidateStatus>({
  upcoming: true,
  open: true,
  in_progress: true,
  scoring: true,
  submitted: true,
  graded: true,
  missed: true,
})

export type PassFilter = '' | 'passed' | 'failed' | 'none'

export interface ResultFilters {
  q: string
  unit: string
  status: CandidateStatus | ''
  pass: PassFilter
}

export const emptyResultFilters = (): ResultFilters => ({ q: '', unit: '', status: '', pass: '' })

function passOf(row: CandidateResultDto): Exclude<PassFilter, ''> {
  return row.passed === null ? 'none' : row.passed ? 'passed' : 'failed'
}

/** The rows a trainer asked for: by unit, status and pass/fail, and a search on name or username. */
export function filterResults(rows: readonly CandidateResultDto[], filters: ResultFilters): CandidateResultDto[] {
  const q = filters.q.trim().toLowerCase()
  return rows.filter(
    (row) =>
      (!filters.unit || row.unitName === filters.unit) &&
      (!filters.status || row.status === filters.status) &&
      (!filters.pass || passOf(row) === filters.pass) &&
      (!q || row.displayName.toLowerCase().includes(q) || row.username.toLowerCase().includes(q)),
  )
}

export function resultSummary(rows: readonly CandidateResultDto[]) {
  return {
    total: rows.length,
    submitted: rows.filter((r) => r.status === 'scoring' || r.status === 'submitted' || r.status === 'graded').length,
    passed: rows.filter((r) => r.passed === true).length,
    missed: rows.filter((r) => r.status === 'missed').length,
  }
}

/** A sitting's page: its settings, one result row per assigned person, filters and the XLSX export. */
export function useSittingResults(sittingId: () => string) {
  const sitting = ref<SittingDto | null>(null)
  const rows = ref<CandidateResultDto[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)
  const filters = reactive(emptyResultFilters())
  const exporting = ref(false)

  // In the server's order (by unit path), so 城中一组 comes before 城中二组 as on the organisation chart.
  const units = computed(() => [...new Set(rows.value.map((r) => r.unitName))])
  const shown = computed(() => filterResults(rows.value, filters))
  const summary = computed(() => resultSummary(rows.value))
  const isFiltered = computed(() => Object.values(filters).some((v) => v !== ''))
  const nameOf = computed(() => new Map(rows.value.map((r) => [r.userId, r.displayName])))

  /** quiet: a background re-read (live updates) that neither shows the spinner nor replaces the page with an error. */
  async function load({ quiet = false } = {}): Promise<void> {
    if (!quiet) {
      loading.value = true
      error.value = null
    }
    try {
      const [s, r] = await Promise.all([getSitting(sittingId()), listResults(sittingId())])
      sitting.value = s
      rows.value = r
    } catch (failure) {
      if (!quiet) error.value = failure
    } finally {
      if (!quiet) loading.value = false
    }
  }

  function clearFilters(): void {
    Object.assign(filters, emptyResultFilters())
  }

  /** Downloads the server's XLSX (the whole table, whatever the filters show). */
  async function exportXlsx(): Promise<void> {
    exporting.value = true
    try {
      const blob = await exportResults(sittingId())
      saveBlob(blob, `${sitting.value?.title ?? 'results'}-成绩.xlsx`)
    } finally {
      exporting.value = false
    }
  }

  return { sitting, rows, loading, error, filters, units, shown, summary, isFiltered, nameOf, exporting, load, clearFilters, exportXlsx }
}
