import { computed, ref } from 'vue'
import type { ImportErrorDto, KpiImportReportDto } from '@/api/schema'
import { ApiError } from '@/api/http'
import { saveBlob } from '@/composables/save-blob'
import { useErrorMessage } from '@/composables/use-error-message'
import { downloadKpiTemplate, importKpis, type KpiImportKind } from '../api'
import { importRowErrors } from '../import-errors'
import { useKpiI18n } from '../i18n'

/**
 * idle → (check) → checking → checked → (confirm) → importing → done.
 * A check that finds wrong rows also ends in `checked`, with the rows listed and no way on but a new file.
 */
export type KpiImportPhase = 'idle' | 'checking' | 'checked' | 'importing' | 'done'

/** The server refuses larger uploads (413): server/src/platform/files/upload-limits.ts. */
export const MAX_KPI_IMPORT_MB = 5
export const KPI_IMPORT_ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'

export const TEMPLATE_FILE_NAMES: Record<KpiImportKind, string> = {
  ratios: '指标数据导入模板.xlsx',
  forecasts: '预测数据导入模板.xlsx',
}

const isSpreadsheet = (name: string) => /\.(xlsx|csv)$/i.test(name)

/** Upload the month's figures from the department's systems: a dry run first, then the import. */
export function useKpiImport() {
  const { t } = useKpiI18n()
  const { errorMessage } = useErrorMessage()

  const kind = ref<KpiImportKind>('ratios')
  const file = ref<File | null>(null)
  const phase = ref<KpiImportPhase>('idle')
  const progress = ref(0)
  /** The dry run's report, then the import's. */
  const report = ref<KpiImportReportDto | null>(null)
  const rowErrors = ref<ImportErrorDto[]>([])
  const failure = ref('')

  const busy = computed(() => phase.value === 'checking' || phase.value === 'importing')
  const canCheck = computed(() => file.value !== null && !busy.value && phase.value !== 'done')
  const canConfirm = computed(() => phase.value === 'checked' && rowErrors.value.length === 0 && (report.value?.rows ?? 0) > 0)
  /** The newest month of the file: where the team page should open afterwards. */
  const latestMonth = computed(() => [...(report.value?.months ?? [])].sort().at(-1) ?? null)

  function clearOutcome(): void {
    phase.value = 'idle'
    progress.value = 0
    report.value = null
    rowErrors.value = []
    failure.value = ''
  }

  function reset(): void {
    file.value = null
    clearOutcome()
  }

  /** Another kind reads the file differently: what was checked no longer holds. */
  function setKind(next: KpiImportKind): void {
    if (busy.value || next === kind.value) return
    kind.value = next
    clearOutcome()
  }

  /** Returns false (and says why) when the file is not one the server reads. */
  function selectFile(selected: File | null): boolean {
    reset()
    if (!selected) return false
    if (!isSpreadsheet(selected.name)) {
      failure.value = t('kpi.import.onlySpreadsheets')
      return false
    }
    if (selected.size > MAX_KPI_IMPORT_MB * 1024 * 1024) {
      failure.value = t('kpi.import.tooLarge', { mb: MAX_KPI_IMPORT_MB })
      return false
    }
    file.value = selected
    return true
  }

  /** A 422 lists the wrong rows (nothing was written); anything else is a plain failure. */
  function refused(error: unknown): boolean {
    if (!(error instanceof ApiError) || error.status !== 422) return false
    rowErrors.value = importRowErrors(error.details) ?? [{ row: 0, field: 'file', message: errorMessage(error) }]
    report.value = null
    phase.value = 'checked'
    return true
  }

  async function send(dryRun: boolean): Promise<KpiImportReportDto> {
    progress.value = 0
    failure.value = ''
    return importKpis(kind.value, file.value as File, dryRun, (percent) => (progress.value = percent))
  }

  async function check(): Promise<void> {
    if (!canCheck.value) return
    phase.value = 'checking'
    rowErrors.value = []
    report.value = null
    try {
      report.value = await send(true)
      phase.value = 'checked'
    } catch (error) {
      if (!refused(error)) {
        failure.value = errorMessage(error)
        phase.value = 'idle'
      }
    }
  }

  async function confirm(): Promise<void> {
    if (!canConfirm.value) return
    phase.value = 'importing'
    try {
      report.value = await send(false)
      phase.value = 'done'
    } catch (error) {
      // A 422 now means the data changed since the check (a user disabled meanwhile): show the rows.
      if (!refused(error)) {
        failure.value = errorMessage(error)
        phase.value = 'checked'
      }
    }
  }

  async function downloadTemplate(): Promise<void> {
    failure.value = ''
    try {
      saveBlob(await downloadKpiTemplate(kind.value), TEMPLATE_FILE_NAMES[kind.value])
    } catch (error) {
      failure.value = errorMessage(error)
    }
  }

  return {
    kind,
    file,
    phase,
    progress,
    report,
    rowErrors,
    failure,
    busy,
    canCheck,
    canConfirm,
    latestMonth,
    setKind,
    selectFile,
    reset,
    check,
    confirm,
    downloadTemplate,
  }
}
