import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ImportIssueDto, QuestionImportReportDto } from '@/api/schema'
import { ApiError } from '@/api/http'
import { useErrorMessage } from '@/composables/use-error-message'
import { saveBlob } from '@/composables/save-blob'
import { downloadImportTemplate, importQuestions, type DuplicatePolicy } from '../api'
import { formatFromFileName, MAX_IMPORT_BYTES, type ImportFormat } from '../import-format'

/**
 * choose → (upload, dry run) → checked → (confirm) → importing → done. A file with errors stays in
 * `checked` with its error list; the trainer fixes it and chooses again. Nothing is written before
 * the confirmation.
 */
export type ImportPhase = 'choose' | 'checking' | 'checked' | 'importing' | 'done'

export const TEMPLATE_FILE_NAME = '题目导入模板.xlsx'
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / 1024 / 1024

function isReport(value: unknown): value is QuestionImportReportDto {
  return typeof value === 'object' && value !== null && 'errors' in value && Array.isArray(value.errors) && 'byType' in value
}

export function useQuestionImport(bankId: () => string, onImported: (report: QuestionImportReportDto) => void) {
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()

  const phase = ref<ImportPhase>('choose')
  const file = ref<File | null>(null)
  const format = ref<ImportFormat | null>(null)
  const duplicates = ref<DuplicatePolicy>('skip')
  const progress = ref(0)
  const report = ref<QuestionImportReportDto | null>(null)
  const errors = ref<ImportIssueDto[]>([])
  const failure = ref('')

  const busy = computed(() => phase.value === 'checking' || phase.value === 'importing')
  const step = computed(() => ({ choose: 0, checking: 0, checked: 1, importing: 2, done: 3 })[phase.value])
  const toWrite = computed(() => (report.value ? report.value.created + report.value.updated : 0))
  const canCheck = computed(() => !!file.value && !!format.value && !busy.value)
  const canConfirm = computed(() => phase.value === 'checked' && errors.value.length === 0 && toWrite.value > 0)

  function reset(): void {
    phase.value = 'choose'
    file.value = null
    format.value = null
    duplicates.value = 'skip'
    progress.value = 0
    report.value = null
    errors.value = []
    failure.value = ''
  }

  /** Back to the first step with the same settings, for a corrected file. */
  function chooseAgain(): void {
    phase.value = 'choose'
    file.value = null
    report.value = null
    errors.value = []
    failure.value = ''
  }

  function selectFile(selected: File | null): boolean {
    chooseAgain()
    if (!selected) return false
    if (selected.size > MAX_IMPORT_BYTES) {
      failure.value = t('questionImport.tooLarge', { mb: MAX_IMPORT_MB })
      return false
    }
    file.value = selected
    format.value = formatFromFileName(selected.name) ?? format.value
    return true
  }

  async function send(dryRun: boolean): Promise<QuestionImportReportDto | null> {
    if (!file.value) return null
    progress.value = 0
    failure.value = ''
    try {
      const result = await importQuestions(bankId(), file.value, { dryRun, duplicates: duplicates.value, format: format.value }, (p) => (progress.value = p))
      report.value = result
      errors.value = result.errors
      return result
    } catch (error) {
      // 422: the file has errors; the full report, every error located, comes in `details`.
      if (error instanceof ApiError && error.status === 422 && isReport(error.details)) {
        report.value = error.details
        errors.value = error.details.errors
      } else {
        failure.value = errorMessage(error)
      }
      return null
    }
  }

  async function check(): Promise<void> {
    if (!file.value || !format.value || busy.value) return
    phase.value = 'checking'
    report.value = null
    errors.value = []
    await send(true)
    phase.value = report.value ? 'checked' : 'choose'
  }

  /** Skip or re-version duplicates: the preview is recomputed by the server. */
  async function setDuplicates(policy: DuplicatePolicy): Promise<void> {
    duplicates.value = policy
    if (phase.value === 'checked' && errors.value.length === 0) await check()
  }

  async function confirm(): Promise<void> {
    if (!canConfirm.value) return
    phase.value = 'importing'
    const result = await send(false)
    if (result) {
      phase.value = 'done'
      onImported(result)
    } else {
      // The bank changed since the check, or the connection failed: show why on the preview.
      phase.value = 'checked'
    }
  }

  async function downloadTemplate(): Promise<void> {
    failure.value = ''
    try {
      saveBlob(await downloadImportTemplate(), TEMPLATE_FILE_NAME)
    } catch (error) {
      failure.value = errorMessage(error)
    }
  }

  return {
    phase, step, file, format, duplicates, progress, report, errors, failure, busy, toWrite, canCheck, canConfirm,
    reset, chooseAgain, selectFile, check, setDuplicates, confirm, downloadTemplate,
  }
}
