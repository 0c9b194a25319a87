import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ImportErrorDto, UserImportReportDto } from '@/api/schema'
import { ApiError } from '@/api/http'
import { useErrorMessage } from '@/composables/use-error-message'
import { downloadUserImportTemplate, importUsers } from '../api'

/** idle → (check) → checked → (confirm) → done; `checking` and `importing` while a request runs. */
export type ImportPhase = 'idle' | 'checking' | 'checked' | 'importing' | 'done'

export const TEMPLATE_FILE_NAME = '用户导入模板.xlsx'
/** The server refuses larger uploads (413). */
export const MAX_IMPORT_MB = 5

function isImportReport(value: unknown): value is UserImportReportDto {
  return typeof value === 'object' && value !== null && 'errors' in value && Array.isArray(value.errors)
}

/** Upload a spreadsheet, preview it with a dry run, then import it for real. */
export function useUserImport(onImported: (created: number) => void) {
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()

  const file = ref<File | null>(null)
  const phase = ref<ImportPhase>('idle')
  const progress = ref(0)
  const ready = ref(0)
  const rowErrors = ref<ImportErrorDto[]>([])
  const created = ref(0)
  const failure = ref('')

  const busy = computed(() => phase.value === 'checking' || phase.value === 'importing')
  const canConfirm = computed(() => phase.value === 'checked' && rowErrors.value.length === 0 && ready.value > 0)

  function reset(): void {
    file.value = null
    phase.value = 'idle'
    progress.value = 0
    ready.value = 0
    rowErrors.value = []
    created.value = 0
    failure.value = ''
  }

  /** Returns false (and says why) when the file is not a spreadsheet the server accepts. */
  function selectFile(selected: File | null): boolean {
    reset()
    if (!selected) return false
    if (!selected.name.toLowerCase().endsWith('.xlsx')) {
      failure.value = t('userImport.onlyXlsx')
      return false
    }
    if (selected.size > MAX_IMPORT_MB * 1024 * 1024) {
      failure.value = t('userImport.tooLarge', { mb: MAX_IMPORT_MB })
      return false
    }
    file.value = selected
    return true
  }

  async function check(): Promise<void> {
    if (!file.value || busy.value) return
    phase.value = 'checking'
    progress.value = 0
    failure.value = ''
    try {
      const report = await importUsers(file.value, true, (percent) => (progress.value = percent))
      ready.value = report.created
      rowErrors.value = report.errors
      phase.value = 'checked'
    } catch (error) {
      // 422: some rows are wrong; the report comes in `details` and nothing was written.
      if (error instanceof ApiError && error.status === 422 && isImportReport(error.details)) {
        ready.value = error.details.created
        rowErrors.value = error.details.errors
        phase.value = 'checked'
      } else {
        failure.value = errorMessage(error)
        phase.value = 'idle'
      }
    }
  }

  async function confirm(): Promise<void> {
    if (!file.value || !canConfirm.value) return
    phase.value = 'importing'
    progress.value = 0
    failure.value = ''
    try {
      const report = await importUsers(file.value, false, (percent) => (progress.value = percent))
      created.value = report.created
      phase.value = 'done'
      onImported(report.created)
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && isImportReport(error.details)) {
        // The data changed between the check and the import (e.g. a username was taken meanwhile).
        ready.value = error.details.created
        rowErrors.value = error.details.errors
        phase.value = 'checked'
      } else {
        failure.value = errorMessage(error)
        phase.value = 'checked'
      }
    }
  }

  async function downloadTemplate(): Promise<void> {
    failure.value = ''
    try {
      const blob = await downloadUserImportTemplate()
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = TEMPLATE_FILE_NAME
      document.body.appendChild(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 0)
    } catch (error) {
      failure.value = errorMessage(error)
    }
  }

  return {
    file,
    phase,
    progress,
    ready,
    rowErrors,
    created,
    failure,
    busy,
    canConfirm,
    reset,
    selectFile,
    check,
    confirm,
    downloadTemplate,
  }
}
